package dev.channels.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/**
 * A JFR event for an operation of the library that stayed blocked longer than the threshold
 * (20 ms by default; set {@code dev.channels.Blocked#threshold} in a JFR configuration).
 *
 * <p>Costs nothing while no recording runs: {@link #beginIfRecording()} reads one static flag and
 * allocates nothing until Flight Recorder has been started.
 */
@Name("dev.channels.Blocked")
@Label("Blocked Channel Operation")
@Category({"Java Application", "Channels"})
@Description("A send, receive, select, sleep or WaitGroup wait that blocked longer than the threshold")
@Threshold("20 ms")
@StackTrace(true)
final class BlockedEvent extends Event {
    @Label("Operation")
    @Description("What the goroutine was blocked in, as Go names it: chan receive, chan send, select, sleep, ...")
    String operation;

    @Label("Waiting On")
    @Description("The channel (or a select's channels) with name, len and cap; a sleep's duration; a WaitGroup")
    String waitingOn;

    @Label("Outcome")
    @Description("completed, interrupted or timed out")
    String outcome;

    @Label("Select Case")
    @Description("The index of the select case that fired, or -1")
    int selectCase;

    /** A begun event if Flight Recorder is recording this event type; else null, allocating nothing. */
    static BlockedEvent beginIfRecording() {
        if (!FlightRecorder.isInitialized()) {
            return null;
        }
        BlockedEvent event = new BlockedEvent();
        if (!event.isEnabled()) {
            return null;
        }
        event.begin();
        return event;
    }

    /** Ends the event and commits it if it lasted longer than the threshold. */
    void commitIfLong(Waiter waiter, int outcome) {
        end();
        if (!shouldCommit()) {
            return;
        }
        operation = waiter.operation().goName();
        waitingOn = Diagnostics.describeSubject(waiter.subject());
        this.outcome = switch (outcome) {
            case Waiter.INTERRUPTED -> "interrupted";
            case Waiter.TIMED_OUT -> "timed out";
            default -> "completed";
        };
        selectCase = waiter.operation() == Waiter.Operation.SELECT && outcome >= 0 ? outcome : -1;
        commit();
    }
}
