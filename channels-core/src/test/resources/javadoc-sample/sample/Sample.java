package sample;

/**
 * A public type with its Go equivalent.
 *
 * @go {@code type Sample struct{}}
 */
public class Sample {
    /**
     * Documented, with the tag.
     *
     * @go {@code s.WithGoTag()}
     */
    public void withGoTag() {}

    /** Documented, without the tag: GoTagCoverageTest must list it. */
    public void withoutGoTag() {}

    /** Not public: not checked. */
    void packagePrivate() {}

    // Overrides a documented method without a comment of its own: inherits, not listed.
    @Override
    public String toString() {
        return "sample";
    }

    /** A public nested type without the tag: listed. */
    public static final class Inner {
        private Inner() {}
    }

    /**
     * A record: its accessors and canonical constructor are made by the compiler, not listed.
     *
     * @param x a component
     * @go {@code type Point struct{ x int }}
     */
    public record Point(int x) {}
}
