package dev.channels;

/**
 * The result of a comma-ok receive: the value, and whether it came from a send.
 *
 * <p>{@code ok} is false only when the channel is closed and drained; {@code value} is then
 * {@code null}, this library's stand-in for Go's zero value.
 *
 * @param value the value received, or {@code null} when {@code ok} is false
 * @param ok    whether the value was delivered by a send
 * @param <T>   the element type
 * @go {@code v, ok := <-ch}
 */
public record Received<T>(T value, boolean ok) {
    /**
     * The result for a closed, drained channel: {@code (null, false)}.
     *
     * <p>A new instance each time (16 bytes, on a path that ends a loop): a shared one would sit in a
     * static field, and Lincheck cannot read records through static fields (it uses
     * {@code Unsafe}, which refuses record classes), so it could not check this library.
     * @go {@code v, ok := <-ch} with {@code ok == false}
     */
    public static <T> Received<T> closed() {
        return new Received<>(null, false);
    }

    /**
     * The result for a value delivered by a send.
     *
     * @go {@code v, ok := <-ch} with {@code ok == true}
     */
    public static <T> Received<T> of(T value) {
        return new Received<>(value, true);
    }
}
