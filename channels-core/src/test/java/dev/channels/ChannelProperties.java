package dev.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Properties of concurrent send and receive, over random shapes of producers, consumers and close. */
@Timeout(120)
class ChannelProperties {

    /** A value sent: which producer, and its sequence number there. */
    record Sent(int producer, int seq) {}

    /**
     * Every value whose send returned is received exactly once, no value whose send failed is
     * received, and values from one sender arrive in order at each receiver; over random
     * capacities, producer and consumer counts, and close points (including closes that fail
     * senders blocked at the time).
     */
    @Test
    void everySentValueIsReceivedExactlyOnceAndInSenderOrder() {
        qt().withExamples(80)
                .forAll(integers().between(0, 16), integers().between(1, 4), integers().between(1, 4), integers().between(0, 799))
                .checkAssert((capacity, producers, consumers, closeAndStart) -> {
                    // closeAndStart packs two choices: the close point, and whether consumers start
                    // only once every producer is blocked (so that the close finds senders parked).
                    int closeAfter = closeAndStart / 2;
                    boolean consumersStartLate = closeAndStart % 2 == 1;
                    try {
                        runProducersAndConsumers(capacity, producers, consumers, closeAfter, 60, consumersStartLate);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    private static void runProducersAndConsumers(int capacity, int producers, int consumers, int closeAfter, int perProducer,
            boolean consumersStartLate) throws InterruptedException {
        Channel<Sent> ch = Channel.make(capacity);
        AtomicInteger completedSends = new AtomicInteger();
        int[] delivered = new int[producers]; // sends that returned, per producer; each written by its own producer
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        List<List<Sent>> receivedBy = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();

        if (closeAfter == 0) {
            ch.close();
        }
        List<Thread> producerThreads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            producerThreads.add(Thread.ofVirtual().start(() -> {
                try {
                    for (int seq = 0; seq < perProducer; seq++) {
                        ch.send(new Sent(producer, seq));
                        delivered[producer] = seq + 1;
                        if (completedSends.incrementAndGet() == closeAfter) {
                            ch.close();
                        }
                    }
                } catch (SendOnClosedChannelException expected) {
                    // the close point passed while this producer was sending
                } catch (Throwable t) {
                    unexpected.add(t);
                }
            }));
        }
        Runnable startConsumers = () -> {
            for (int c = 0; c < consumers; c++) {
                List<Sent> mine = new ArrayList<>();
                receivedBy.add(mine);
                threads.add(Thread.ofVirtual().start(() -> {
                    for (Sent v : ch) {
                        mine.add(v);
                    }
                }));
            }
        };
        if (consumersStartLate) {
            for (Thread t : producerThreads) {
                Blocking.awaitBlockedOrDone(t);
            }
        }
        startConsumers.run();
        for (Thread t : producerThreads) {
            t.join();
        }
        if (closeAfter > producers * perProducer) {
            ch.close(); // the close point was never reached: close after the last send
        }
        for (Thread t : threads) {
            t.join();
        }
        assertTrue(unexpected.isEmpty(), () -> "unexpected: " + unexpected);

        Map<Sent, Integer> counts = new HashMap<>();
        for (List<Sent> mine : receivedBy) {
            int[] lastSeq = new int[producers];
            java.util.Arrays.fill(lastSeq, -1);
            for (Sent v : mine) {
                counts.merge(v, 1, Integer::sum);
                assertTrue(v.seq() > lastSeq[v.producer()], "per-sender order at one receiver: " + v);
                lastSeq[v.producer()] = v.seq();
            }
        }
        int expected = 0;
        for (int p = 0; p < producers; p++) {
            for (int seq = 0; seq < delivered[p]; seq++) {
                assertEquals(1, counts.getOrDefault(new Sent(p, seq), 0), "received exactly once: " + new Sent(p, seq));
                expected++;
            }
        }
        assertEquals(expected, counts.size(), "no value whose send failed was received");
    }

    /**
     * Closing a channel wakes every blocked receiver (plain, comma-ok and select) with the
     * closed result and fails every blocked sender (plain and select), at every capacity; what
     * was buffered still drains.
     */
    @Test
    void closeReleasesEveryBlockedSenderAndReceiver() {
        qt().withExamples(40)
                .forAll(integers().between(0, 4), integers().between(0, 6), integers().between(0, 6), integers().between(0, 2))
                .checkAssert((capacity, blockedReceivers, blockedSenders, style) -> {
                    try {
                        closeWhileBlocked(capacity, blockedReceivers, blockedSenders, style);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    private static void closeWhileBlocked(int capacity, int receivers, int senders, int style) throws Exception {
        // Receivers block on an empty channel; senders on a full one (a second channel).
        Channel<Integer> empty = Channel.make(capacity);
        Channel<Integer> full = Channel.make(capacity);
        for (int i = 0; i < capacity; i++) {
            full.send(i);
        }
        List<Blocking.Outcome> receiving = new ArrayList<>();
        ConcurrentLinkedQueue<Received<Integer>> results = new ConcurrentLinkedQueue<>();
        for (int r = 0; r < receivers; r++) {
            receiving.add(Blocking.start(() -> {
                switch (style) {
                    case 0 -> results.add(empty.receiveOk());
                    case 1 -> results.add(empty.receive() == null ? Received.closed() : Received.of(-99));
                    default -> Select.select(Select.onReceiveOk(empty, (v, ok) -> results.add(new Received<>(v, ok))));
                }
            }));
        }
        List<Blocking.Outcome> sending = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int value = 100 + s;
            sending.add(Blocking.start(() -> {
                if (style == 2) {
                    Select.select(Select.onSend(full, value));
                } else {
                    full.send(value);
                }
            }));
        }
        for (var o : receiving) {
            Blocking.awaitBlocked(o.thread);
        }
        for (var o : sending) {
            Blocking.awaitBlocked(o.thread);
        }
        empty.close();
        full.close();
        for (var o : receiving) {
            o.joinOrFail();
        }
        for (var o : sending) {
            Throwable failure = o.join();
            assertInstanceOf(SendOnClosedChannelException.class, failure);
        }
        assertEquals(receivers, results.size());
        assertTrue(results.stream().allMatch(r -> r.equals(Received.closed())), results::toString);
        List<Integer> drained = full.stream().toList();
        assertEquals(java.util.stream.IntStream.range(0, capacity).boxed().toList(), drained);
    }
}
