package dev.channels.stress;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.onReceiveOk;
import static dev.channels.Select.onSend;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;

import dev.channels.Case;
import dev.channels.Channel;
import dev.channels.CloseOfClosedChannelException;
import dev.channels.OperationInterruptedException;
import dev.channels.Received;
import dev.channels.SendOnClosedChannelException;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import dev.channels.time.Time;
import dev.channels.time.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fault-injection stress run: producers and consumers on virtual threads send, receive and
 * select over a few channels while a chaos thread interrupts them, cancels their contexts, stops
 * and resets the timers their selects wait on, and closes channels under them.
 *
 * <p>Invariants, checked per round and summed in the {@link Report}:
 * <ul>
 *   <li>every value whose send returned normally (or whose send case fired) is received exactly
 *       once: channels are closed at the end and drained, so "still buffered" ends as received;
 *   <li>no value whose send failed (closed, interrupted, cancelled, timed out) is ever received;
 *   <li>no goroutine is left stuck once its channels are closed;
 *   <li>the only exceptions are the documented ones: {@link SendOnClosedChannelException} for a
 *       send on a closed channel, {@link OperationInterruptedException} for an interrupted wait.
 * </ul>
 */
public final class FaultInjectionRun {
    private FaultInjectionRun() {}

    /** What a run did and what it found; the last four are zero in a correct library. */
    public record Report(long ops, long faults, long lost, long duplicated, long stuck, long receivedAfterFailedSend,
            List<Throwable> unexpected) {

        /** The one-line summary: {@code stress: <ops> ops, <faults> faults, lost=0, duplicated=0, stuck=0}. */
        public String summary() {
            return "stress: %d ops, %d faults, lost=%d, duplicated=%d, stuck=%d".formatted(ops, faults, lost, duplicated, stuck);
        }

        Report plus(Report other) {
            List<Throwable> all = new ArrayList<>(unexpected);
            all.addAll(other.unexpected);
            return new Report(ops + other.ops, faults + other.faults, lost + other.lost, duplicated + other.duplicated,
                    stuck + other.stuck, receivedAfterFailedSend + other.receivedAfterFailedSend, all);
        }
    }

    /** A deliberate bug in the run's own bookkeeping, to show that the report catches it. */
    enum Sabotage {
        NONE,
        /** The draining consumers forget every 97th value they receive. */
        FORGET_RECEIVED_VALUES,
        /** The draining consumers count every 97th value they receive twice. */
        COUNT_RECEIVED_VALUES_TWICE
    }

    /** Runs {@code rounds} rounds, each drawn from {@code seed} and its round number. */
    public static Report run(int rounds, long seed) throws InterruptedException {
        return run(rounds, seed, Sabotage.NONE);
    }

    static Report run(int rounds, long seed, Sabotage sabotage) throws InterruptedException {
        Report total = new Report(0, 0, 0, 0, 0, 0, List.of());
        for (int round = 0; round < rounds; round++) {
            total = total.plus(new Round(new SplittableRandom(seed + round), sabotage).run());
        }
        return total;
    }

    /** One round: its own channels, contexts, timers and goroutines. */
    private static final class Round {
        private static final int CHAOS_ACTIONS = 300;

        private final SplittableRandom random;
        private final Sabotage sabotage;
        private final List<Channel<Long>> channels = new ArrayList<>();
        private final List<Timer> timers = new ArrayList<>();
        private final CancelContext root = Context.withCancel(Context.background());
        private final List<AtomicReference<CancelContext>> workerContexts = new ArrayList<>();
        private final Set<Long> sentOk = ConcurrentHashMap.newKeySet();
        private final Set<Long> sentFailed = ConcurrentHashMap.newKeySet();
        private final Map<Long, Integer> received = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        private final AtomicLong nextValue = new AtomicLong();
        private final AtomicLong ops = new AtomicLong();
        private final AtomicBoolean stop = new AtomicBoolean();
        private long faults;

        Round(SplittableRandom random, Sabotage sabotage) {
            this.random = random;
            this.sabotage = sabotage;
        }

        Report run() throws InterruptedException {
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                channels.add(Channel.make(random.nextInt(4)));
            }
            for (int i = 0; i < 2; i++) {
                timers.add(Time.newTimer(Duration.ofNanos(random.nextInt(100_000))));
            }
            List<Thread> producers = new ArrayList<>();
            for (int p = 1 + random.nextInt(3); p > 0; p--) {
                AtomicReference<CancelContext> ctx = newWorkerContext();
                SplittableRandom own = random.split();
                producers.add(Thread.ofVirtual().start(() -> produce(own, ctx)));
            }
            // Each channel has a plain consumer, so a blocked producer can always be matched and
            // every buffered value is drained after the close; selectors come and go.
            List<Thread> consumers = new ArrayList<>();
            for (Channel<Long> ch : channels) {
                consumers.add(Thread.ofVirtual().start(() -> drain(ch)));
            }
            for (int s = 1 + random.nextInt(2); s > 0; s--) {
                AtomicReference<CancelContext> ctx = newWorkerContext();
                SplittableRandom own = random.split();
                consumers.add(Thread.ofVirtual().start(() -> selectReceive(own, ctx)));
            }
            List<Thread> everyone = new ArrayList<>(producers);
            everyone.addAll(consumers);
            for (int i = 0; i < CHAOS_ACTIONS; i++) {
                injectFault(everyone);
                Thread.yield();
            }
            stop.set(true);
            long stuck = joinAll(producers);
            for (Channel<Long> ch : channels) {
                closeIfOpen(ch);
            }
            stuck += joinAll(consumers);
            root.cancel();
            timers.forEach(Timer::stop);
            return report(stuck);
        }

        private void injectFault(List<Thread> everyone) {
            int dice = random.nextInt(100);
            if (dice < 70) {
                everyone.get(random.nextInt(everyone.size())).interrupt();
            } else if (dice < 85) {
                workerContexts.get(random.nextInt(workerContexts.size())).get().cancel();
            } else if (dice < 99) {
                Timer timer = timers.get(random.nextInt(timers.size()));
                if (random.nextBoolean()) {
                    timer.stop();
                } else {
                    timer.reset(Duration.ofNanos(random.nextInt(100_000)));
                }
            } else {
                closeIfOpen(channels.get(random.nextInt(channels.size())));
            }
            faults++;
        }

        private AtomicReference<CancelContext> newWorkerContext() {
            AtomicReference<CancelContext> ctx = new AtomicReference<>(freshContext(random));
            workerContexts.add(ctx);
            return ctx;
        }

        /** A worker's context: cancellable, or with a deadline a few microseconds away. */
        private CancelContext freshContext(SplittableRandom random) {
            return random.nextBoolean()
                    ? Context.withCancel(root)
                    : Context.withTimeout(root, Duration.ofNanos(random.nextInt(200_000)));
        }

        /** A worker's context; once cancelled it is replaced, as a Go loop starts its next request. */
        private Context current(AtomicReference<CancelContext> ctx, SplittableRandom random) {
            CancelContext c = ctx.get();
            if (c.err() != null) {
                ctx.set(freshContext(random));
                c.cancel(); // release it from its parent, as defer cancel() would
            }
            return ctx.get();
        }

        private void produce(SplittableRandom random, AtomicReference<CancelContext> ctxRef) {
            while (!stop.get()) {
                Thread.interrupted(); // a fault left over from the last operation; it was counted
                Context ctx = current(ctxRef, random);
                Channel<Long> ch = channels.get(random.nextInt(channels.size()));
                long a = nextValue.incrementAndGet();
                ops.incrementAndGet();
                try {
                    switch (random.nextInt(5)) {
                        case 0 -> {
                            sentFailed.add(a); // until the send returns
                            ch.send(a);
                            succeeded(a);
                        }
                        case 1 -> {
                            if (ch.trySend(a)) {
                                sentOk.add(a);
                            } else {
                                sentFailed.add(a);
                            }
                        }
                        case 2 -> {
                            // select { case ch <- a: case other <- b: case <-ctx.Done(): }
                            long b = nextValue.incrementAndGet();
                            Channel<Long> other = channels.get(random.nextInt(channels.size()));
                            Case sendA = onSend(ch, a);
                            Case sendB = onSend(other, b);
                            sentFailed.add(a);
                            sentFailed.add(b);
                            Case fired = select(sendA, sendB, onReceive(ctx.done()));
                            if (fired == sendA) {
                                succeeded(a);
                            } else if (fired == sendB) {
                                succeeded(b);
                            }
                        }
                        case 3 -> {
                            // select { case ch <- a: case <-timer.C: }
                            Case sendA = onSend(ch, a);
                            sentFailed.add(a);
                            if (select(sendA, onReceive(timers.get(random.nextInt(timers.size())).c())) == sendA) {
                                succeeded(a);
                            }
                        }
                        default -> {
                            // select { case ch <- a: case <-time.After(d): }
                            Case sendA = onSend(ch, a);
                            sentFailed.add(a);
                            if (select(sendA, onTimeout(Duration.ofNanos(random.nextInt(50_000)), () -> { })) == sendA) {
                                succeeded(a);
                            }
                        }
                    }
                } catch (SendOnClosedChannelException | OperationInterruptedException documented) {
                    // the send had no effect; its value stays in sentFailed
                } catch (Throwable t) {
                    unexpected.add(t);
                }
            }
        }

        private void succeeded(long value) {
            sentOk.add(value);
            sentFailed.remove(value);
        }

        private void drain(Channel<Long> ch) {
            for (;;) {
                Thread.interrupted();
                ops.incrementAndGet();
                try {
                    Received<Long> r = ch.receiveOk();
                    if (!r.ok()) {
                        return;
                    }
                    int times = r.value() % 97 != 0 ? 1 : switch (sabotage) {
                        case NONE -> 1;
                        case FORGET_RECEIVED_VALUES -> 0;
                        case COUNT_RECEIVED_VALUES_TWICE -> 2;
                    };
                    for (int i = 0; i < times; i++) {
                        received.merge(r.value(), 1, Integer::sum);
                    }
                } catch (OperationInterruptedException documented) {
                    // the receive had no effect
                } catch (Throwable t) {
                    unexpected.add(t);
                    return;
                }
            }
        }

        private void selectReceive(SplittableRandom random, AtomicReference<CancelContext> ctxRef) {
            Set<Channel<Long>> open = ConcurrentHashMap.newKeySet();
            open.addAll(channels);
            while (!open.isEmpty()) {
                Thread.interrupted();
                Context ctx = current(ctxRef, random);
                ops.incrementAndGet();
                try {
                    List<Case> cases = new ArrayList<>();
                    for (Channel<Long> ch : open) {
                        cases.add(onReceiveOk(ch, (v, ok) -> {
                            if (ok) {
                                received.merge(v, 1, Integer::sum);
                            } else {
                                open.remove(ch);
                            }
                        }));
                    }
                    cases.add(switch (random.nextInt(3)) {
                        case 0 -> onReceive(ctx.done());
                        case 1 -> onReceive(timers.get(random.nextInt(timers.size())).c());
                        default -> onTimeout(Duration.ofNanos(random.nextInt(50_000)), () -> { });
                    });
                    select(cases.toArray(Case[]::new));
                } catch (OperationInterruptedException documented) {
                    // the select had no effect
                } catch (Throwable t) {
                    unexpected.add(t);
                    return;
                }
            }
        }

        private static long joinAll(List<Thread> threads) throws InterruptedException {
            long stuck = 0;
            for (Thread t : threads) {
                if (!t.join(Duration.ofSeconds(30))) {
                    stuck++;
                }
            }
            return stuck;
        }

        private static void closeIfOpen(Channel<Long> ch) {
            try {
                ch.close();
            } catch (CloseOfClosedChannelException alreadyClosed) {
                // the chaos thread closed it first
            }
        }

        private Report report(long stuck) {
            long lost = 0;
            long duplicated = 0;
            for (long v : sentOk) {
                int times = received.getOrDefault(v, 0);
                if (times == 0) {
                    lost++;
                } else if (times > 1) {
                    duplicated++;
                }
            }
            long receivedAfterFailedSend = sentFailed.stream().filter(received::containsKey).count();
            return new Report(ops.get(), faults, lost, duplicated, stuck, receivedAfterFailedSend, List.copyOf(unexpected));
        }
    }
}
