package dev.channels;

import static dev.channels.Select.onReceiveOk;
import static dev.channels.Select.onSend;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random sends, receives and selects over a few channels, with random interrupts and closes racing
 * them. Invariants: every value whose send returned (or whose send case fired) is received exactly
 * once; no value whose send failed is ever received; no thread is left stuck; only the documented
 * exceptions appear. Scaled by {@code -Dstress.multiplier} (CI runs the short default).
 */
@Timeout(300)
class ChannelStressTest {
    private static final int MULTIPLIER = Integer.getInteger("stress.multiplier", 1);

    @Test
    void nothingIsLostOrDuplicatedUnderInterruptsAndCloses() throws Exception {
        for (int round = 0; round < 20 * MULTIPLIER; round++) {
            runRound(new SplittableRandom(round));
        }
    }

    private static void runRound(SplittableRandom seedRandom) throws Exception {
        int channelCount = 1 + seedRandom.nextInt(3);
        List<Channel<Long>> channels = new ArrayList<>();
        for (int i = 0; i < channelCount; i++) {
            channels.add(Channel.make(seedRandom.nextInt(4)));
        }
        Set<Long> sentOk = ConcurrentHashMap.newKeySet();
        Set<Long> sentFailed = ConcurrentHashMap.newKeySet();
        Map<Long, Integer> received = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        AtomicLong nextValue = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger faults = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();

        int producers = 1 + seedRandom.nextInt(3);
        for (int p = 0; p < producers; p++) {
            long seed = seedRandom.nextLong();
            workers.add(Thread.ofVirtual().start(() -> produce(new SplittableRandom(seed), channels, nextValue, sentOk, sentFailed, unexpected, stop)));
        }
        // Every channel has a consumer of its own (plain receives), so that a blocked producer can
        // always be matched; the others select over all channels.
        List<Thread> consumerThreads = new ArrayList<>();
        for (Channel<Long> ch : channels) {
            consumerThreads.add(Thread.ofVirtual().start(() -> consumeOne(ch, received, unexpected)));
        }
        int selectors = 1 + seedRandom.nextInt(2);
        for (int c = 0; c < selectors; c++) {
            long seed = seedRandom.nextLong();
            consumerThreads.add(Thread.ofVirtual().start(() -> consume(new SplittableRandom(seed), channels, received, unexpected)));
        }
        List<Thread> everyone = new ArrayList<>(workers);
        everyone.addAll(consumerThreads);
        // The chaos: interrupt random threads, and close channels at random points.
        SplittableRandom chaos = seedRandom.split();
        for (int i = 0; i < 300; i++) {
            Thread victim = everyone.get(chaos.nextInt(everyone.size()));
            victim.interrupt();
            faults.incrementAndGet();
            if (chaos.nextInt(100) == 0) {
                closeQuietly(channels.get(chaos.nextInt(channelCount)));
            }
            Thread.yield();
        }
        stop.set(true);
        for (Thread t : workers) {
            t.join(Duration.ofSeconds(30));
            assertTrue(!t.isAlive(), "a producer is stuck");
        }
        for (Channel<Long> ch : channels) {
            closeQuietly(ch);
        }
        for (Thread t : consumerThreads) {
            t.join(Duration.ofSeconds(30));
            assertTrue(!t.isAlive(), "a consumer is stuck");
        }
        assertTrue(unexpected.isEmpty(), () -> "unexpected: " + unexpected);
        for (long v : sentOk) {
            assertEquals(1, received.getOrDefault(v, 0), "value " + v + " sent once, received " + received.get(v) + " times");
        }
        for (long v : sentFailed) {
            assertEquals(0, received.getOrDefault(v, 0), "value " + v + " whose send failed was received");
        }
        assertEquals(sentOk.size(), received.size(), "only values sent were received");
    }

    private static void produce(SplittableRandom random, List<Channel<Long>> channels, AtomicLong nextValue, Set<Long> sentOk,
            Set<Long> sentFailed, ConcurrentLinkedQueue<Throwable> unexpected, AtomicBoolean stop) {
        while (!stop.get()) {
            Thread.interrupted(); // clear a fault left over from the last round; it is counted as injected
            if (random.nextBoolean()) {
                long v = nextValue.incrementAndGet();
                Channel<Long> ch = channels.get(random.nextInt(channels.size()));
                try {
                    ch.send(v);
                    sentOk.add(v);
                } catch (SendOnClosedChannelException | OperationInterruptedException expected) {
                    sentFailed.add(v);
                } catch (Throwable t) {
                    unexpected.add(t);
                }
            } else {
                long a = nextValue.incrementAndGet();
                long b = nextValue.incrementAndGet();
                Channel<Long> first = channels.get(random.nextInt(channels.size()));
                Channel<Long> second = channels.get(random.nextInt(channels.size()));
                var sendA = onSend(first, a);
                var sendB = onSend(second, b);
                try {
                    Case fired = select(sendA, sendB, onTimeout(Duration.ofNanos(random.nextInt(50_000)), () -> { }));
                    (fired == sendA ? sentOk : sentFailed).add(a);
                    (fired == sendB ? sentOk : sentFailed).add(b);
                } catch (SendOnClosedChannelException | OperationInterruptedException expected) {
                    sentFailed.add(a);
                    sentFailed.add(b);
                } catch (Throwable t) {
                    unexpected.add(t);
                }
            }
        }
    }

    private static void consumeOne(Channel<Long> ch, Map<Long, Integer> received, ConcurrentLinkedQueue<Throwable> unexpected) {
        for (;;) {
            Thread.interrupted();
            try {
                Received<Long> r = ch.receiveOk();
                if (!r.ok()) {
                    return;
                }
                received.merge(r.value(), 1, Integer::sum);
            } catch (OperationInterruptedException expected) {
                // the receive had no effect
            } catch (Throwable t) {
                unexpected.add(t);
                return;
            }
        }
    }

    private static void consume(SplittableRandom random, List<Channel<Long>> channels, Map<Long, Integer> received,
            ConcurrentLinkedQueue<Throwable> unexpected) {
        Set<Channel<Long>> open = ConcurrentHashMap.newKeySet();
        open.addAll(channels);
        while (!open.isEmpty()) {
            Thread.interrupted();
            List<Channel<Long>> live = new ArrayList<>(open);
            try {
                List<Case> cases = new ArrayList<>();
                for (Channel<Long> ch : live) {
                    cases.add(onReceiveOk(ch, (v, ok) -> {
                        if (ok) {
                            received.merge(v, 1, Integer::sum);
                        } else {
                            open.remove(ch);
                        }
                    }));
                }
                cases.add(onTimeout(Duration.ofNanos(random.nextInt(50_000)), () -> { }));
                select(cases.toArray(Case[]::new));
            } catch (OperationInterruptedException expected) {
                // the operation had no effect
            } catch (Throwable t) {
                unexpected.add(t);
            }
        }
    }

    private static void closeQuietly(Channel<Long> ch) {
        try {
            ch.close();
        } catch (CloseOfClosedChannelException alreadyClosed) {
            // another close got there first
        }
    }
}
