package dev.channels;

/**
 * The element type of a channel used only to signal, as Go uses {@code chan struct{}}: its one
 * value, {@link #VALUE}, carries no information.
 *
 * {@snippet :
 * Channel<Empty> tokens = Channel.make(5);   // tokens := make(chan struct{}, 5)
 * tokens.send(Empty.VALUE);                  // tokens <- struct{}{}
 * }
 *
 * @go {@code struct{}}; the value is {@code struct{}{}}
 */
public enum Empty {
    /**
     * The empty value.
     *
     * @go {@code struct{}{}}
     */
    VALUE
}
