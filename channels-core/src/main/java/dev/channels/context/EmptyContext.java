package dev.channels.context;

/** Background and TODO: never cancelled, no deadline, no values. */
final class EmptyContext extends UncancellableContext {
    static final EmptyContext BACKGROUND = new EmptyContext("context.Background");
    static final EmptyContext TODO = new EmptyContext("context.TODO");

    private final String name;

    private EmptyContext(String name) {
        this.name = name;
    }

    @Override
    public Object value(Object key) {
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
