package dev.channels.bench;

import dev.channels.Channel;
import dev.channels.Empty;
import dev.channels.sync.WaitGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code n} goroutines, each parked receiving from its own unbuffered channel: the population of
 * the scale and memory runs. {@link #park} returns once every goroutine has started (at most one
 * per carrier may not have reached its receive yet); {@link #releaseAll} sends to each channel and
 * waits for every goroutine to end, and returns how many received their value.
 */
final class ParkedGoroutines {
    private final List<Channel<Empty>> channels;
    private final WaitGroup wg = new WaitGroup();
    private final AtomicInteger woken = new AtomicInteger();

    private ParkedGoroutines(int n) {
        channels = new ArrayList<>(n);
    }

    /** Starts {@code n} goroutines, each receiving from its own channel. */
    static ParkedGoroutines park(int n) {
        ParkedGoroutines parked = new ParkedGoroutines(n);
        AtomicInteger started = new AtomicInteger();
        for (int i = 0; i < n; i++) {
            Channel<Empty> ch = Channel.make();
            parked.channels.add(ch);
            parked.wg.go(() -> {
                started.incrementAndGet();
                if (ch.receive() == Empty.VALUE) {
                    parked.woken.incrementAndGet();
                }
            });
        }
        while (started.get() < n) {
            Thread.onSpinWait(); // the run's own wait for its goroutines to start
        }
        return parked;
    }

    /** Releases every goroutine (each send waits for its receiver) and joins them; returns how many got their value. */
    int releaseAll() {
        for (Channel<Empty> ch : channels) {
            ch.send(Empty.VALUE);
        }
        wg.await();
        return woken.get();
    }
}
