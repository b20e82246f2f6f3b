package dev.channels.internal;

import dev.channels.Channel;
import dev.channels.CloseOfClosedChannelException;
import dev.channels.OperationInterruptedException;
import dev.channels.Received;
import dev.channels.SendOnClosedChannelException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The one channel implementation, unbuffered and buffered.
 *
 * <p>Not part of the public API: use {@link Channel#make()}.
 *
 * @param <T> the element type
 */
public final class ChannelCore<T> implements Channel<T> {
    /*
     * Implementation overview
     *
     * A ring buffer guarded by one ReentrantLock, plus two FIFO queues of
     * parked waiters: receivers waiting on an empty buffer and senders waiting
     * on a full one (for capacity 0, "full" always). A lock rather than a
     * lock-free algorithm because select must act on several channels
     * atomically, and locks taken in lockId order make that simple and
     * deadlock-free. This is the design of Go's runtime/chan.go.
     *
     * Invariants, whenever the lock is free (I1-I3 are chan.go's):
     *   I1. count > 0 implies receivers holds no live waiter.
     *   I2. count < capacity implies senders holds no live waiter.
     *   I3. For capacity 0, count == 0.
     *   I4. closed never returns from true to false; once closed, both queues
     *       are empty and nothing is enqueued again.
     * "Live" because a select waiter sits in several queues: once it is
     * completed through one, its nodes elsewhere are stale until its owner
     * unlinks them. Whoever polls a stale node skips it.
     *
     * Handoff. A sender that finds a live receiver writes the value into the
     * receiver's node, completes the receiver's Waiter by CAS, and unparks it;
     * the buffer is not touched. A receiver that finds a live sender on a full
     * buffer takes the head and moves the sender's value to the tail in one
     * step, so count never dips (chan.go does the same), and a lock-free
     * reader of count never sees a state that the lock holder passes through.
     *
     * Non-blocking failure reads only volatile fields and takes no lock:
     * trySend reads closed, then "full"; tryReceive reads "empty", then
     * closed. Go's argument holds: a closed channel is never again open, so
     * the two reads imply an instant at which the channel was both open and
     * full (or empty), and "not ready" was the true answer then. Likewise a
     * receive from a closed, drained channel (closed, then count == 0) is
     * answered without the lock: that state is final.
     *
     * Blocking. Waiters park, never spin: on a virtual thread, spinning holds
     * the carrier that the counterpart needs.
     *
     * Interruption. An interrupted waiter gives up by CAS on its Waiter; if a
     * counterpart's CAS came first, the operation stands and only the
     * interrupt status remains. Then it unlinks its node under the lock.
     *
     * Nulls. Elements are never null, so poll results use two sentinels
     * (NOT_READY, CLOSED) instead of allocating a result.
     *
     * Guarded by: ChannelContractTest, ChannelModelProperties (I1-I4 through
     * a sequential model), ChannelLincheckTest (the same model, concurrently),
     * ChannelProperties (exactly-once, per-sender order, close releasing every
     * waiter), FaultInjectionStressTest, NonBlockingFailureTest, SelectTest.
     */

    /** Poll result: nothing can be received without blocking. */
    public static final Object NOT_READY = new Object();
    /** Poll result: the channel is closed and drained. */
    public static final Object CLOSED = new Object();

    private static final AtomicLong LOCK_IDS = new AtomicLong();
    private static final Object[] NO_ITEMS = {}; // every unbuffered channel's buffer: 16 bytes less each
    /** The message for a null element, wherever one is offered. */
    public static final String NULL_ELEMENT = "channels do not carry null; receive() returns null only for a closed, drained channel";

    private final long lockId = LOCK_IDS.incrementAndGet(); // total order for select's locking
    private final ReentrantLock lock = new ReentrantLock();
    private final int capacity;
    private final Object[] items;            // ring buffer; guarded by lock
    private int head;                        // index of the oldest item; guarded by lock
    private volatile int count;              // items buffered; written under lock
    private volatile boolean closed;         // I4; written under lock
    private final WaitQueue senders = new WaitQueue();
    private final WaitQueue receivers = new WaitQueue();
    private final TimerSource owner;         // a timer channel's timer (kept alive by it); or null
    private final boolean reportsZeroCapacity; // a Go 1.23 timer channel reports len 0 and cap 0
    private volatile String name;            // for goroutine dumps; null if unnamed

    /** Creates a channel with {@code capacity} buffer slots (0 for unbuffered). */
    public ChannelCore(int capacity) {
        this(capacity, null, false);
    }

    private ChannelCore(int capacity, TimerSource owner, boolean reportsZeroCapacity) {
        this.capacity = capacity;
        this.items = capacity == 0 ? NO_ITEMS : new Object[capacity];
        this.owner = owner;
        this.reportsZeroCapacity = reportsZeroCapacity;
    }

    /**
     * Creates the channel of a Go 1.23 timer or ticker: one slot that the timer drains on stop and
     * reset, reported as {@code len 0, cap 0}, keeping {@code owner} reachable while the channel is.
     * Every receive first lets {@code owner} fire if it is due ({@link TimerSource}).
     */
    public static <T> ChannelCore<T> forTimer(TimerSource owner) {
        return new ChannelCore<>(1, Objects.requireNonNull(owner), true);
    }

    @Override
    public Channel<T> named(String name) {
        this.name = name;
        return this;
    }

    /** The name given with {@link #named}, or null. */
    public String name() {
        return name;
    }

    /** Whether the channel is closed, as of one instant; for diagnostics only. */
    public boolean isClosed() {
        return closed;
    }

    // ---- locking, for select -------------------------------------------------------------

    /** A unique id giving all channels one lock order. */
    public long lockId() {
        return lockId;
    }

    /** Takes this channel's lock. */
    public void lock() {
        lock.lock();
    }

    /** Releases this channel's lock. */
    public void unlock() {
        lock.unlock();
    }

    // ---- operations under the lock --------------------------------------------------------

    /**
     * Completes a send now if it can: hands the value to a live receiver or buffers it.
     * Caller holds the lock.
     *
     * @return whether the send happened
     * @throws SendOnClosedChannelException if the channel is closed
     */
    public boolean sendNowLocked(T value) {
        if (closed) {
            throw new SendOnClosedChannelException();
        }
        for (WaitNode receiver; (receiver = receivers.poll()) != null; ) {
            receiver.item = value;
            if (receiver.waiter.tryComplete(receiver.caseIndex)) {
                receiver.waiter.wake();
                return true;
            }
            receiver.item = null; // stale: its select already completed elsewhere, or gave up
        }
        if (count < capacity) {
            items[(head + count) % capacity] = value;
            count = count + 1;
            return true;
        }
        return false;
    }

    /**
     * Completes a receive now if it can. Caller holds the lock.
     *
     * @return the value, {@link #CLOSED} if closed and drained, or {@link #NOT_READY}
     */
    public Object receiveNowLocked() {
        if (count > 0) {
            Object value = items[head];
            WaitNode sender = pollLiveSender();
            if (sender != null) {
                // Full buffer and a waiting sender: the sender's value takes the freed slot.
                items[head] = sender.item;
                head = (head + 1) % capacity;
                sender.item = null;
                sender.waiter.wake();
            } else {
                items[head] = null;
                head = (head + 1) % capacity;
                count = count - 1;
            }
            return value;
        }
        WaitNode sender = pollLiveSender();
        if (sender != null) {
            Object value = sender.item;
            sender.item = null;
            sender.waiter.wake();
            return value;
        }
        return closed ? CLOSED : NOT_READY;
    }

    private WaitNode pollLiveSender() {
        for (WaitNode sender; (sender = senders.poll()) != null; ) {
            if (sender.waiter.tryComplete(sender.caseIndex)) {
                return sender;
            }
        }
        return null;
    }

    /** Queues a sender's node offering {@code value}. Caller holds the lock and found no partner. */
    public Object enqueueSenderLocked(Waiter waiter, int caseIndex, T value) {
        WaitNode node = new WaitNode(waiter, caseIndex, value);
        senders.add(node);
        return node;
    }

    /** Queues a receiver's node. Caller holds the lock and found nothing to receive. */
    public Object enqueueReceiverLocked(Waiter waiter, int caseIndex) {
        WaitNode node = new WaitNode(waiter, caseIndex, null);
        receivers.add(node);
        return node;
    }

    /** Unlinks a node returned by an enqueue method, if still queued. Caller holds the lock. */
    public void dequeueLocked(Object node) {
        WaitNode waitNode = (WaitNode) node;
        if (waitNode.queue != null) {
            waitNode.queue.remove(waitNode);
        }
    }

    /** Whether the node was completed by close (and not by a value). */
    public static boolean completedByClose(Object node) {
        return ((WaitNode) node).closed;
    }

    /** The value a receiver's node was completed with. */
    public static Object itemOf(Object node) {
        return ((WaitNode) node).item;
    }

    // ---- Channel --------------------------------------------------------------------------

    @Override
    public void send(T value) {
        Objects.requireNonNull(value, NULL_ELEMENT);
        Waiter waiter;
        WaitNode node;
        lock.lock();
        try {
            if (sendNowLocked(value)) {
                return;
            }
            waiter = new Waiter(Waiter.Operation.SEND, this);
            node = new WaitNode(waiter, 0, value);
            senders.add(node);
        } finally {
            lock.unlock();
        }
        if (waiter.await() == Waiter.INTERRUPTED) {
            abandon(node);
            throw new OperationInterruptedException(Waiter.Operation.SEND.goName());
        }
        if (node.closed) {
            throw new SendOnClosedChannelException();
        }
    }

    @Override
    public boolean trySend(T value) {
        Objects.requireNonNull(value, NULL_ELEMENT);
        if (sendCannotProceed()) {
            return false;
        }
        lock.lock();
        try {
            return sendNowLocked(value);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether a send could not proceed now, decided without the lock: true means that at some
     * instant during this call the channel was open and full (see the design comment); false
     * means "take the lock and see".
     */
    public boolean sendCannotProceed() {
        return !closed && isFull(); // open, then full: the order matters
    }

    /**
     * Whether a receive could not proceed now, decided without the lock: true means that at some
     * instant during this call the channel was open and empty; false means "take the lock and see".
     */
    public boolean receiveCannotProceed() {
        return isEmpty() && !closed; // empty, then open: the order matters
    }

    /**
     * Whether a receive would now report "closed", decided without the lock: true means that at
     * some instant during this call the channel was closed and drained, and it stays so (nothing is
     * buffered or enqueued after close, I4); false means "take the lock and see".
     */
    public boolean closedAndDrained() {
        return closed && count == 0; // closed, then empty: after close, count only falls
    }

    /**
     * For a timer channel, lets its timer fire now if it is due (Go 1.23's maybeRunChan); called
     * before every receive and before a select locks its channels. Does nothing for other channels.
     */
    public void fireTimerIfDue() {
        if (owner != null) {
            owner.fireIfDue();
        }
    }

    /**
     * For a timer channel, tells its timer that a receiver is enqueued on it and about to park
     * (Go's blockTimerChan): a due timer fires now, completing that receiver; an active one is
     * scheduled to wake it. Call after enqueueing, without the channel's lock; pair with
     * {@link #timerReceiverDone}. Does nothing for other channels.
     */
    public void timerReceiverBlocking() {
        if (owner != null) {
            owner.receiverBlocking();
        }
    }

    /** Undoes {@link #timerReceiverBlocking} once the receiver stops waiting. */
    public void timerReceiverDone() {
        if (owner != null) {
            owner.receiverDone();
        }
    }

    private boolean isFull() {
        return capacity == 0 ? receivers.isEmpty() : count == capacity;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T receive() {
        Object result = receiveOrClosed();
        return result == CLOSED ? null : (T) result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Received<T> receiveOk() {
        Object result = receiveOrClosed();
        return result == CLOSED ? Received.closed() : Received.of((T) result);
    }

    private Object receiveOrClosed() {
        fireTimerIfDue();
        Waiter waiter;
        WaitNode node;
        lock.lock();
        try {
            Object result = receiveNowLocked();
            if (result != NOT_READY) {
                return result;
            }
            waiter = new Waiter(Waiter.Operation.RECEIVE, this);
            node = new WaitNode(waiter, 0, null);
            receivers.add(node);
        } finally {
            lock.unlock();
        }
        timerReceiverBlocking(); // enqueued first: a firing from here on completes this receive
        int state;
        try {
            state = waiter.await();
        } finally {
            timerReceiverDone();
        }
        if (state == Waiter.INTERRUPTED) {
            abandon(node);
            throw new OperationInterruptedException(Waiter.Operation.RECEIVE.goName());
        }
        return node.closed ? CLOSED : node.item;
    }

    private void abandon(WaitNode node) {
        lock.lock();
        try {
            dequeueLocked(node);
        } finally {
            lock.unlock();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Received<T>> tryReceive() {
        fireTimerIfDue();
        if (receiveCannotProceed()) {
            return Optional.empty();
        }
        if (closedAndDrained()) {
            return Optional.of(Received.closed());
        }
        Object result;
        lock.lock();
        try {
            result = receiveNowLocked();
        } finally {
            lock.unlock();
        }
        if (result == NOT_READY) {
            return Optional.empty();
        }
        return Optional.of(result == CLOSED ? Received.closed() : Received.of((T) result));
    }

    private boolean isEmpty() {
        return capacity == 0 ? senders.isEmpty() : count == 0;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                throw new CloseOfClosedChannelException();
            }
            closed = true;
            for (WaitNode receiver; (receiver = receivers.poll()) != null; ) {
                receiver.item = null;
                receiver.closed = true;
                if (receiver.waiter.tryComplete(receiver.caseIndex)) {
                    receiver.waiter.wake();
                }
            }
            for (WaitNode sender; (sender = senders.poll()) != null; ) {
                sender.closed = true;
                if (sender.waiter.tryComplete(sender.caseIndex)) {
                    sender.waiter.wake();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Empties the buffer; for a timer's stop and reset. Returns how many values it dropped. */
    public int drain() {
        if (count == 0) {
            return 0; // the timer's lock excludes its firing, the only sender; receivers only lower count
        }
        lock.lock();
        try {
            int dropped = count;
            for (int i = 0; i < dropped; i++) {
                items[(head + i) % capacity] = null;
            }
            head = 0;
            count = 0;
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int length() {
        return reportsZeroCapacity ? 0 : count;
    }

    @Override
    public int capacity() {
        return reportsZeroCapacity ? 0 : capacity;
    }

    /** Blocked receivers, including stale select nodes; for tests and diagnostics. */
    public int queuedReceivers() {
        return receivers.size();
    }

    /** Blocked senders, including stale select nodes; for tests and diagnostics. */
    public int queuedSenders() {
        return senders.size();
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private T next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = receive();
                }
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("channel closed and drained");
                }
                T value = next;
                next = null;
                return value;
            }
        };
    }

    @Override
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public String toString() {
        return "chan" + (name == null ? "" : " \"" + name + "\"") + "[len=" + count + ", cap=" + capacity + (closed ? ", closed" : "") + "]";
    }
}
