package dev.channels;

import dev.channels.internal.ChannelCore;
import dev.channels.internal.Clock;
import dev.channels.internal.Durations;
import dev.channels.internal.NilChannel;
import dev.channels.internal.Waiter;
import java.util.random.RandomGenerator;

/** One execution of a select statement. */
final class SelectRun {
    /*
     * Implementation overview (Go's runtime/select.go, selectgo)
     *
     * 0. A select of one channel case and a default (Go's selectnbsend and
     *    selectnbrecv) is decided first, by nonBlocking, before anything is
     *    allocated: if the case surely cannot proceed, the default runs; a
     *    receive from a closed, drained channel fires with "closed"; both
     *    without a lock or a write. Otherwise the general path decides.
     * 1. Let every due timer behind a timer channel fire (Go 1.23), then
     *    lock every channel of the select, once each, in lockId order.
     * 2. Poll the channel cases in poll order (a random permutation, or the
     *    listed order for selectInOrder); the first that can complete now,
     *    completes, under the locks. Else take the default case, or an
     *    already-expired timeout.
     * 3. Else enqueue one node per channel case, all sharing one Waiter, and
     *    unlock. Counterparts on different channels race to complete the
     *    Waiter by CAS; exactly one wins, so exactly one case fires and no
     *    value is taken from a channel whose case did not run.
     * 4. Tell the timers behind timer channels that we are enqueued (they
     *    fire now if due, else get scheduled: Go's blockTimerChan), then
     *    park (with the timeout's deadline, if any; no timer thread). On
     *    wake, lock all channels again and unlink every node still queued:
     *    a finished select leaves nothing behind in any channel.
     * 5. Unlock, then run the handler of the case that fired, outside every
     *    lock.
     *
     * Because all locks are held while polling and enqueueing, no counterpart
     * can slip between "not ready" and "waiting". Nil-channel cases are never
     * polled nor enqueued. With no channel case and no timeout, the select
     * blocks until interrupted, as Go's select {} blocks forever.
     *
     * Guarded by: SelectTest, SelectFairnessProperties, SelectNoLeakTest,
     * ChannelLincheckTest (two-case selects), FaultInjectionStressTest.
     */

    private SelectRun() {}

    /**
     * Runs a select over {@code cases}; {@code random} orders the polling, or {@code null} polls
     * in the listed order.
     */
    static Case run(Case[] cases, RandomGenerator random) {
        int n = cases.length;
        ChannelCore<?>[] channels = new ChannelCore<?>[n]; // null where the case has no live channel
        int defaultIndex = -1;
        int timeoutIndex = -1;
        long deadline = 0;
        Clock clock = null;
        int channelCases = 0;

        for (int i = 0; i < n; i++) {
            Case c = cases[i];
            switch (c) {
                case null -> throw new NullPointerException("select case " + i + " is null");
                case Case.Receive<?> r -> channels[i] = core(r.channel());
                case Case.ReceiveOk<?> r -> channels[i] = core(r.channel());
                case Case.Send<?> s -> channels[i] = core(s.channel());
                case Case.Default d -> {
                    if (defaultIndex >= 0) {
                        throw new IllegalArgumentException("multiple defaults in select (cases " + defaultIndex + " and " + i + ")");
                    }
                    defaultIndex = i;
                }
                case Case.Timeout t -> {
                    if (clock == null) {
                        clock = Clock.current();
                    }
                    long candidate = clock.nanoTime() + Math.max(0, Durations.toNanosSaturated(t.after()));
                    if (timeoutIndex < 0 || candidate - deadline < 0) {
                        timeoutIndex = i;
                        deadline = candidate;
                    }
                }
            }
            if (channels[i] != null) {
                channelCases++;
            }
        }

        int[] pollOrder = pollOrder(channels, channelCases, random);
        ChannelCore<?>[] lockOrder = lockOrder(channels, pollOrder);

        for (ChannelCore<?> channel : lockOrder) {
            channel.fireTimerIfDue(); // Go 1.23: a due timer fires now; before any channel lock
        }

        int fired = -1;
        Object received = null;
        Waiter waiter = null;
        Object[] nodes = null;

        lockAll(lockOrder);
        try {
            for (int i : pollOrder) {
                if (cases[i] instanceof Case.Send<?> send) {
                    if (sendNow(channels[i], send.value())) {
                        fired = i;
                        break;
                    }
                } else {
                    Object result = channels[i].receiveNowLocked();
                    if (result != ChannelCore.NOT_READY) {
                        fired = i;
                        received = result;
                        break;
                    }
                }
            }
            if (fired < 0) {
                if (defaultIndex >= 0) {
                    fired = defaultIndex;
                } else if (timeoutIndex >= 0 && clock.nanoTime() - deadline >= 0) {
                    fired = timeoutIndex;
                } else if (channelCases > 0 || timeoutIndex >= 0) {
                    waiter = new Waiter(Waiter.Operation.SELECT, lockOrder);
                    nodes = new Object[n];
                    for (int i : pollOrder) {
                        nodes[i] = enqueue(channels[i], waiter, i, cases[i]);
                    }
                }
            }
        } finally {
            unlockAll(lockOrder);
        }

        if (fired < 0 && waiter == null) {
            throw blockForever(); // select {} or only nil channels: Go blocks forever
        }
        if (waiter != null) {
            for (ChannelCore<?> channel : lockOrder) {
                channel.timerReceiverBlocking(); // enqueued first: a firing from here on completes the select
            }
            int state;
            try {
                state = timeoutIndex >= 0 ? waiter.awaitUntil(clock, deadline) : waiter.await();
            } finally {
                for (ChannelCore<?> channel : lockOrder) {
                    channel.timerReceiverDone();
                }
            }
            if (channelCases > 1 || state < 0) {
                lockAll(lockOrder);
                try {
                    for (int i : pollOrder) {
                        channels[i].dequeueLocked(nodes[i]);
                    }
                } finally {
                    unlockAll(lockOrder);
                }
            }
            switch (state) {
                case Waiter.INTERRUPTED -> throw new OperationInterruptedException(Waiter.Operation.SELECT.goName());
                case Waiter.TIMED_OUT -> fired = timeoutIndex;
                default -> {
                    fired = state;
                    boolean byClose = ChannelCore.completedByClose(nodes[fired]);
                    if (cases[fired] instanceof Case.Send<?>) {
                        if (byClose) {
                            throw new SendOnClosedChannelException();
                        }
                    } else {
                        received = byClose ? ChannelCore.CLOSED : ChannelCore.itemOf(nodes[fired]);
                    }
                }
            }
        }

        runHandler(cases[fired], received);
        return cases[fired];
    }

    /**
     * Step 0: decides a select of one channel case and a default without a lock, as Go's
     * selectnbsend and selectnbrecv do. Returns the case that fired, or null when the general path
     * must decide (any other shape, or a case that may proceed). Allocates nothing, so a failing
     * non-blocking operation only reads shared state.
     */
    static Case nonBlocking(Case[] cases) {
        if (cases.length != 2) {
            return null;
        }
        Case operation;
        Case otherwise;
        if (cases[1] instanceof Case.Default) {
            operation = cases[0];
            otherwise = cases[1];
        } else if (cases[0] instanceof Case.Default) {
            operation = cases[1];
            otherwise = cases[0];
        } else {
            return null;
        }
        // instanceof, not a pattern switch: the switch's type dispatch (SwitchBootstraps) cost
        // 60 ns a select where one call site saw both receives and sends (SelectNonblock)
        if (operation instanceof Case.Send<?> send) {
            if (send.channel() instanceof ChannelCore<?> channel && channel.sendCannotProceed()) {
                runDefault(otherwise);
                return otherwise;
            }
            return null;
        }
        ChannelCore<?> channel;
        if (operation instanceof Case.Receive<?> receive && receive.channel() instanceof ChannelCore<?> c) {
            channel = c;
        } else if (operation instanceof Case.ReceiveOk<?> receiveOk && receiveOk.channel() instanceof ChannelCore<?> c) {
            channel = c;
        } else {
            return null;
        }
        channel.fireTimerIfDue();
        if (channel.receiveCannotProceed()) {
            runDefault(otherwise);
            return otherwise;
        }
        if (channel.closedAndDrained()) {
            runHandler(operation, ChannelCore.CLOSED);
            return operation;
        }
        return null;
    }

    private static void runDefault(Case otherwise) {
        ((Case.Default) otherwise).handler().run();
    }

    private static RuntimeException blockForever() {
        Waiter waiter = new Waiter(Waiter.Operation.SELECT_NO_CASES, null);
        waiter.await(); // nobody can complete it: returns only on interrupt
        return new OperationInterruptedException(Waiter.Operation.SELECT_NO_CASES.goName());
    }

    private static ChannelCore<?> core(Object channel) {
        if (channel instanceof ChannelCore<?> core) {
            return core;
        }
        if (channel instanceof NilChannel<?>) {
            return null;
        }
        throw new IllegalArgumentException("select accepts only channels made by Channel.make, not " + channel.getClass().getName());
    }

    /** Indices of the channel cases, shuffled by {@code random} (Fisher-Yates) or in order. */
    private static int[] pollOrder(ChannelCore<?>[] channels, int channelCases, RandomGenerator random) {
        int[] order = new int[channelCases];
        int k = 0;
        for (int i = 0; i < channels.length; i++) {
            if (channels[i] != null) {
                order[k++] = i;
            }
        }
        if (random != null) {
            for (int i = channelCases - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        return order;
    }

    /** The distinct channels, sorted by lockId. */
    private static ChannelCore<?>[] lockOrder(ChannelCore<?>[] channels, int[] pollOrder) {
        ChannelCore<?>[] order = new ChannelCore<?>[pollOrder.length];
        int distinct = 0;
        for (int i : pollOrder) {
            ChannelCore<?> channel = channels[i];
            int at = distinct;
            boolean seen = false;
            while (at > 0 && order[at - 1].lockId() >= channel.lockId()) {
                if (order[at - 1] == channel) {
                    seen = true;
                    break;
                }
                at--;
            }
            if (seen) {
                continue;
            }
            System.arraycopy(order, at, order, at + 1, distinct - at);
            order[at] = channel;
            distinct++;
        }
        return distinct == order.length ? order : java.util.Arrays.copyOf(order, distinct);
    }

    private static void lockAll(ChannelCore<?>[] lockOrder) {
        for (ChannelCore<?> channel : lockOrder) {
            channel.lock();
        }
    }

    private static void unlockAll(ChannelCore<?>[] lockOrder) {
        for (int i = lockOrder.length - 1; i >= 0; i--) {
            lockOrder[i].unlock();
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean sendNow(ChannelCore<?> channel, Object value) {
        return ((ChannelCore<Object>) channel).sendNowLocked(value);
    }

    @SuppressWarnings("unchecked")
    private static Object enqueue(ChannelCore<?> channel, Waiter waiter, int index, Case c) {
        if (c instanceof Case.Send<?> send) {
            return ((ChannelCore<Object>) channel).enqueueSenderLocked(waiter, index, send.value());
        }
        return channel.enqueueReceiverLocked(waiter, index);
    }

    @SuppressWarnings("unchecked")
    private static void runHandler(Case c, Object received) {
        switch (c) {
            case Case.Receive<?> r -> ((Case.Receive<Object>) r).handler().accept(received == ChannelCore.CLOSED ? null : received);
            case Case.ReceiveOk<?> r -> {
                boolean ok = received != ChannelCore.CLOSED;
                ((Case.ReceiveOk<Object>) r).handler().accept(ok ? received : null, ok);
            }
            case Case.Send<?> s -> s.handler().run();
            case Case.Default d -> d.handler().run();
            case Case.Timeout t -> t.handler().run();
        }
    }
}
