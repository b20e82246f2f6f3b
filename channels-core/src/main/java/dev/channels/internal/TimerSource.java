package dev.channels.internal;

/**
 * The timer behind a timer channel. A receive from the channel first lets the timer fire if it
 * is due, as Go 1.23's runtime does ({@code maybeRunChan}): an expired timer's value is there for
 * the receiver at once, whether or not the scheduler thread has run it yet.
 */
public interface TimerSource {
    /** Fires the timer now if it is active and its time has come; else does nothing. Takes no channel lock first. */
    void fireIfDue();
}
