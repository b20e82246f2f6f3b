package dev.channels;

import java.util.ArrayDeque;

/**
 * Go's channel as a sequential object: the specification that the property tests and the Lincheck
 * tests both check the real channel against.
 *
 * <p>Every operation returns the text that {@link ChannelOps} produces for the real channel, so
 * results compare as strings ({@code "sent"}, {@code "(5, true)"}, {@code "not ready"},
 * {@code "panic: send on closed channel"}, ...).
 *
 * <p>Blocking, sequentially. A blocking operation takes effect at the instant it completes, so a
 * sequential history only contains it at a point where it can complete. Where it could not, the
 * model answers {@link #BLOCKED}, a result the real channel never produces: a linearizability
 * checker then rejects that order and tries another. A buffered send that waited on a full buffer
 * completes right after the receive that made room; a rendezvous (capacity 0) completes as a pair,
 * which the model spells as the send followed at once by the receive that takes its value: after a
 * send on an unbuffered channel the value is {@linkplain #handoff held} and the next operation
 * must be a receive of it (anything else is {@link #INVALID}).
 *
 * <p>{@code trySend} on an unbuffered channel succeeds only when a receiver is parked, which a
 * sequential object cannot know: the model answers "false", right for one goroutine alone, and the
 * concurrent tests leave that one operation out (the stress and property tests cover it).
 */
public final class ChannelModel {
    /** The answer for an operation that would block at this point of a sequential history. */
    public static final String BLOCKED = "blocked";
    /** The answer for any operation but a receive while a rendezvous value is held. */
    public static final String INVALID = "invalid: a rendezvous is half done";

    private final int capacity;
    private final ArrayDeque<Integer> buffer = new ArrayDeque<>();
    private boolean closed;
    /** A value sent on an unbuffered channel, to be taken by the very next operation. */
    private Integer handoff;

    public ChannelModel(int capacity) {
        this.capacity = capacity;
    }

    /** {@code ch.send(v)}: "sent", a panic, or {@link #BLOCKED}. */
    public String send(int value) {
        if (handoff != null) {
            return INVALID;
        }
        if (closed) {
            return "panic: send on closed channel";
        }
        if (capacity == 0) {
            handoff = value;
            return "sent";
        }
        if (buffer.size() == capacity) {
            return BLOCKED;
        }
        buffer.add(value);
        return "sent";
    }

    /** {@code ch.trySend(v)} with no receiver parked: "true", "false" or a panic. */
    public String trySend(int value) {
        if (handoff != null) {
            return INVALID;
        }
        if (closed) {
            return "panic: send on closed channel";
        }
        if (buffer.size() == capacity) {
            return "false";
        }
        buffer.add(value);
        return "true";
    }

    /** {@code ch.receiveOk()}: "(v, true)", "(null, false)" or {@link #BLOCKED}. */
    public String receiveOk() {
        String result = tryReceive();
        return result.equals("not ready") ? BLOCKED : result;
    }

    /** {@code ch.receive()}: the value, "null" (Go's zero value) once closed, or {@link #BLOCKED}. */
    public String receive() {
        String result = receiveOk();
        return result.startsWith("(") ? result.substring(1, result.indexOf(',')) : result;
    }

    /** {@code ch.tryReceive()}: "(v, true)", "(null, false)" or "not ready". */
    public String tryReceive() {
        if (handoff != null) {
            Integer value = handoff;
            handoff = null;
            return "(" + value + ", true)";
        }
        if (!buffer.isEmpty()) {
            return "(" + buffer.poll() + ", true)";
        }
        return closed ? "(null, false)" : "not ready";
    }

    /** {@code ch.close()}: "closed" or a panic. */
    public String close() {
        if (handoff != null) {
            return INVALID;
        }
        if (closed) {
            return "panic: close of closed channel";
        }
        closed = true;
        return "closed";
    }

    /** {@code len(ch)}. */
    public String length() {
        return handoff != null ? INVALID : "len " + buffer.size();
    }

    /** True when a receive could complete now (a value, or closed). */
    public boolean receiveReady() {
        return handoff != null || !buffer.isEmpty() || closed;
    }

    /** True when a rendezvous value is held, waiting for its receive. */
    public boolean holdsHandoff() {
        return handoff != null;
    }

    /** True when a send would block a lone goroutine (Go: full buffer, or unbuffered). */
    public boolean sendWouldBlock() {
        return !closed && buffer.size() == capacity;
    }

    /** True when a receive would block a lone goroutine. */
    public boolean receiveWouldBlock() {
        return !receiveReady();
    }
}
