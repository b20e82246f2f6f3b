package dev.channels.internal;

/**
 * The timer behind a timer channel, told about its receivers. A receive from the channel first
 * lets the timer fire if it is due, as Go 1.23's runtime does ({@code maybeRunChan}): an expired
 * timer's value is there for the receiver at once. A receiver enqueued on the channel says so
 * before it parks, so that the timer is scheduled to wake it (Go's {@code blockTimerChan} and
 * {@code t.blocked}); a timer nobody waits on is never scheduled. Each method is called without
 * the channel's lock: the timer's lock comes first.
 */
public interface TimerSource {
    /** Fires the timer now if it is active and its time has come; else does nothing. */
    void fireIfDue();

    /** A receiver is enqueued on the channel and about to park: fire now if due, else be scheduled. */
    void receiverBlocking();

    /** A receiver that called {@link #receiverBlocking} has stopped waiting. */
    void receiverDone();
}
