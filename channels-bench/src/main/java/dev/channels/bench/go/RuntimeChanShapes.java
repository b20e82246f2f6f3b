package dev.channels.bench.go;

import static dev.channels.Go.go;
import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onSend;
import static dev.channels.Select.select;

import dev.channels.Case;
import dev.channels.Channel;
import dev.channels.Empty;
import dev.channels.sync.WaitGroup;
import dev.channels.time.Time;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The benchmarks of Go's {@code runtime/chan_test.go}, one method each, written as the Go is:
 * {@code n} is Go's {@code b.N}, and the caller divides wall time by it. The same goroutine counts
 * ({@link Parallel#GOMAXPROCS} for {@code RunParallel} and per-proc loops; ChanSync's fixed 2), the
 * same batching ({@value #CALLS_PER_SCHED} operations per claim) and the same local work.
 */
public final class RuntimeChanShapes {
    /** Go's {@code CallsPerSched}: operations done per claim of the shared counter. */
    public static final int CALLS_PER_SCHED = 1000;
    private static final Integer ZERO = 0;
    private static final Integer ONE = 1;
    private static volatile boolean alwaysFalse;
    private static volatile int workSink;
    /**
     * Where the local work's {@code foo} starts: 0, as in Go, but read from a volatile field so
     * that the JIT cannot prove {@code foo} stays 0 and delete the loop (it did: ChanSyncWork ran
     * 13 times faster than Go's).
     */
    private static volatile int fooStart;

    private RuntimeChanShapes() {}

    /** Go's {@code localWork(w)}: {@code w} dependent divisions. */
    static void localWork(int w) {
        int foo = fooStart;
        for (int i = 0; i < w; i++) {
            foo /= (foo + 1);
        }
        if (alwaysFalse) {
            workSink += foo;
        }
    }

    /** BenchmarkMakeChan/Int: {@code x = make(chan int, 8)}. */
    public static void makeChan(long n) {
        Channel<Integer> x = null;
        for (long i = 0; i < n; i++) {
            x = Channel.make(8);
        }
        if (x != null) {
            x.close();
        }
    }

    /** BenchmarkChanNonblocking: parallel {@code select { case <-myc: default: }} on an unbuffered channel. */
    public static void chanNonblocking(long n) throws InterruptedException {
        Channel<Integer> myc = Channel.make();
        Parallel.run(n, () -> pb -> {
            while (pb.next()) {
                select(onReceive(myc), onDefault());
            }
        });
    }

    /** BenchmarkSelectUncontended: each goroutine passes one value between its own two channels. */
    public static void selectUncontended(long n) throws InterruptedException {
        Parallel.run(n, () -> pb -> {
            Channel<Integer> myc1 = Channel.make(1);
            Channel<Integer> myc2 = Channel.make(1);
            myc1.send(ZERO);
            while (pb.next()) {
                select(onReceive(myc1, v -> myc2.send(ZERO)), onReceive(myc2, v -> myc1.send(ZERO)));
            }
        });
    }

    /** BenchmarkSelectSyncContended: receivers select over three unbuffered channels fed by selecting senders. */
    public static void selectSyncContended(long n) throws InterruptedException {
        Channel<Integer> myc1 = Channel.make();
        Channel<Integer> myc2 = Channel.make();
        Channel<Integer> myc3 = Channel.make();
        Channel<Integer> done = Channel.make();
        Parallel.run(n, () -> pb -> {
            go(() -> {
                for (;;) {
                    Case quit = onReceive(done);
                    if (select(onSend(myc1, ZERO), onSend(myc2, ZERO), onSend(myc3, ZERO), quit) == quit) {
                        return;
                    }
                }
            });
            while (pb.next()) {
                select(onReceive(myc1), onReceive(myc2), onReceive(myc3));
            }
        });
        done.close();
    }

    /** BenchmarkSelectAsyncContended: all goroutines pass values between two shared buffered channels. */
    public static void selectAsyncContended(long n) throws InterruptedException {
        int procs = Parallel.GOMAXPROCS;
        Channel<Integer> myc1 = Channel.make(procs);
        Channel<Integer> myc2 = Channel.make(procs);
        Parallel.run(n, () -> pb -> {
            myc1.send(ZERO);
            while (pb.next()) {
                select(onReceive(myc1, v -> myc2.send(ZERO)), onReceive(myc2, v -> myc1.send(ZERO)));
            }
        });
    }

    /** BenchmarkSelectNonblock: four non-blocking selects an iteration (receive and send, unbuffered and buffered). */
    public static void selectNonblock(long n) throws InterruptedException {
        Channel<Integer> myc1 = Channel.make();
        Channel<Integer> myc2 = Channel.make();
        Channel<Integer> myc3 = Channel.make(1);
        Channel<Integer> myc4 = Channel.make(1);
        Parallel.run(n, () -> pb -> {
            while (pb.next()) {
                select(onReceive(myc1), onDefault());
                select(onSend(myc2, ZERO), onDefault());
                select(onReceive(myc3), onDefault());
                select(onSend(myc4, ZERO), onDefault());
            }
        });
    }

    /** BenchmarkChanUncontended: each goroutine fills and drains its own 100-slot channel. */
    public static void chanUncontended(long n) throws InterruptedException {
        int c = 100;
        Parallel.run(n, () -> pb -> {
            Channel<Integer> myc = Channel.make(c);
            while (pb.next()) {
                for (int i = 0; i < c; i++) {
                    myc.send(ZERO);
                }
                for (int i = 0; i < c; i++) {
                    myc.receive();
                }
            }
        });
    }

    /** BenchmarkChanContended: the same on one shared channel of 100 × GOMAXPROCS slots. */
    public static void chanContended(long n) throws InterruptedException {
        int c = 100;
        Channel<Integer> myc = Channel.make(c * Parallel.GOMAXPROCS);
        Parallel.run(n, () -> pb -> {
            while (pb.next()) {
                for (int i = 0; i < c; i++) {
                    myc.send(ZERO);
                }
                for (int i = 0; i < c; i++) {
                    myc.receive();
                }
            }
        });
    }

    /**
     * benchmarkChanSync: two goroutines ping-pong on one unbuffered channel (or a baseline pipe),
     * {@code work} divisions between operations; BenchmarkChanSync is work 0, ChanSyncWork 1000.
     */
    public static void chanSync(long n, int work, Supplier<Pipe> make) throws InterruptedException {
        int procs = 2;
        AtomicInteger claims = new AtomicInteger((int) (n / CALLS_PER_SCHED / procs * procs));
        Pipe myc = make.get();
        Channel<Boolean> c = Channel.make(procs);
        for (int p = 0; p < procs; p++) {
            go(() -> {
                for (;;) {
                    int i = claims.decrementAndGet();
                    if (i < 0) {
                        break;
                    }
                    for (int g = 0; g < CALLS_PER_SCHED; g++) {
                        if (i % 2 == 0) {
                            myc.receive();
                            localWork(work);
                            myc.send(ZERO);
                            localWork(work);
                        } else {
                            myc.send(ZERO);
                            localWork(work);
                            myc.receive();
                            localWork(work);
                        }
                    }
                }
                c.send(true);
            });
        }
        for (int p = 0; p < procs; p++) {
            c.receive();
        }
    }

    /**
     * The floor under ChanSync: the same two goroutines and the same turns (two handoffs an
     * operation), but handing off with a volatile turn flag and {@code LockSupport.park/unpark}
     * instead of a channel: what any blocking handoff between virtual threads costs at least.
     */
    public static void chanSyncParkUnparkFloor(long n) throws InterruptedException {
        long handoffs = n / CALLS_PER_SCHED * CALLS_PER_SCHED * 2;
        Turn turn = new Turn();
        Thread[] threads = new Thread[2];
        for (int side = 0; side < 2; side++) {
            int me = side;
            threads[side] = Thread.ofVirtual().unstarted(() -> {
                for (long i = 0; i < handoffs / 2; i++) {
                    while (turn.whose != me) {
                        LockSupport.park(turn);
                    }
                    turn.whose = 1 - me;
                    LockSupport.unpark(threads[1 - me]);
                }
            });
        }
        threads[0].start();
        threads[1].start();
        threads[0].join();
        threads[1].join();
    }

    private static final class Turn {
        volatile int whose;
    }

    /**
     * benchmarkChanProdCons: GOMAXPROCS producers and GOMAXPROCS consumers on one channel of
     * {@code chanSize} (or a baseline pipe), {@code localWork} multiplications per value.
     */
    public static void chanProdCons(long n, int localWork, Supplier<Pipe> make) throws InterruptedException {
        int procs = Parallel.GOMAXPROCS;
        AtomicInteger claims = new AtomicInteger((int) (n / CALLS_PER_SCHED));
        Channel<Boolean> c = Channel.make(2 * procs);
        Pipe myc = make.get();
        for (int p = 0; p < procs; p++) {
            go(() -> {
                int foo = fooStart;
                while (claims.decrementAndGet() >= 0) {
                    for (int g = 0; g < CALLS_PER_SCHED; g++) {
                        for (int i = 0; i < localWork; i++) {
                            foo *= 2;
                            foo /= 2;
                        }
                        myc.send(ONE);
                    }
                }
                myc.send(ZERO);
                c.send(foo == 42);
            });
            go(() -> {
                int foo = fooStart;
                for (;;) {
                    int v = myc.receive();
                    if (v == 0) {
                        break;
                    }
                    for (int i = 0; i < localWork; i++) {
                        foo *= 2;
                        foo /= 2;
                    }
                }
                c.send(foo == 42);
            });
        }
        for (int p = 0; p < procs; p++) {
            c.receive();
            c.receive();
        }
    }

    /** BenchmarkSelectProdCons: producers and consumers select with a timer and a close channel that never fire. */
    public static void selectProdCons(long n) throws InterruptedException {
        int procs = Parallel.GOMAXPROCS;
        AtomicInteger claims = new AtomicInteger((int) (n / CALLS_PER_SCHED));
        Channel<Boolean> c = Channel.make(2 * procs);
        Channel<Integer> myc = Channel.make(128);
        Channel<Boolean> myclose = Channel.make();
        for (int p = 0; p < procs; p++) {
            go(() -> {
                // Producer: sends to myc.
                int foo = fooStart;
                // Intended to not fire during benchmarking.
                var mytimer = Time.after(Duration.ofHours(1));
                while (claims.decrementAndGet() >= 0) {
                    for (int g = 0; g < CALLS_PER_SCHED; g++) {
                        // Model some local work.
                        for (int i = 0; i < 100; i++) {
                            foo *= 2;
                            foo /= 2;
                        }
                        select(onSend(myc, ONE), onReceive(mytimer), onReceive(myclose));
                    }
                }
                myc.send(ZERO);
                c.send(foo == 42);
            });
            go(() -> {
                // Consumer: receives from myc.
                int foo = fooStart;
                // Intended to not fire during benchmarking.
                var mytimer = Time.after(Duration.ofHours(1));
                boolean[] stop = {false};
                while (!stop[0]) {
                    select(onReceive(myc, v -> stop[0] = v == 0), onReceive(mytimer), onReceive(myclose));
                    if (stop[0]) {
                        break;
                    }
                    // Model some local work.
                    for (int i = 0; i < 100; i++) {
                        foo *= 2;
                        foo /= 2;
                    }
                }
                c.send(foo == 42);
            });
        }
        for (int p = 0; p < procs; p++) {
            c.receive();
            c.receive();
        }
    }

    /** BenchmarkReceiveDataFromClosedChan, part one (untimed in Go): a closed channel holding {@code n} values. */
    public static Channel<Empty> filledClosedChannel(long n) {
        Channel<Empty> ch = Channel.make((int) n);
        for (long i = 0; i < n; i++) {
            ch.send(Empty.VALUE);
        }
        ch.close();
        return ch;
    }

    /** BenchmarkReceiveDataFromClosedChan, part two (timed): {@code for range ch {}}. */
    public static void receiveDataFromClosedChan(Channel<Empty> ch) {
        for (Empty ignored : ch) {
            // drain
        }
    }

    /** BenchmarkChanCreation: parallel make, send, receive on a fresh one-slot channel. */
    public static void chanCreation(long n) throws InterruptedException {
        Parallel.run(n, () -> pb -> {
            while (pb.next()) {
                Channel<Integer> myc = Channel.make(1);
                myc.send(ZERO);
                myc.receive();
            }
        });
    }

    /** BenchmarkChanSem: a channel of GOMAXPROCS slots used as a semaphore. */
    public static void chanSem(long n) throws InterruptedException {
        Channel<Empty> myc = Channel.make(Parallel.GOMAXPROCS);
        Parallel.run(n, () -> pb -> {
            while (pb.next()) {
                myc.send(Empty.VALUE);
                myc.receive();
            }
        });
    }

    /** BenchmarkChanPopular: 1,000 goroutines each select on a shared channel and their own; each op sends to all. */
    public static void chanPopular(long n) throws InterruptedException {
        int goroutines = 1000;
        Channel<Boolean> c = Channel.make();
        List<Channel<Boolean>> a = new ArrayList<>();
        var wg = new WaitGroup();
        wg.add(goroutines);
        for (int j = 0; j < goroutines; j++) {
            Channel<Boolean> d = Channel.make();
            a.add(d);
            go(() -> {
                for (long i = 0; i < n; i++) {
                    select(onReceive(c), onReceive(d));
                }
                wg.done();
            });
        }
        for (long i = 0; i < n; i++) {
            for (Channel<Boolean> d : a) {
                d.send(true);
            }
        }
        wg.await();
    }

    /** BenchmarkChanClosed: parallel {@code select { case <-c: default: unreachable }} on a closed channel. */
    public static void chanClosed(long n) throws InterruptedException {
        Channel<Empty> c = Channel.make();
        c.close();
        Parallel.run(n, () -> pb -> {
            while (pb.next()) {
                select(onReceive(c), onDefault(() -> {
                    throw new IllegalStateException("Unreachable");
                }));
            }
        });
    }
}
