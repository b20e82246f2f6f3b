package dev.channels.examples;

import static dev.channels.Go.go;
import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onSend;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Channel;
import dev.channels.Empty;
import dev.channels.ReceiveChannel;
import dev.channels.Received;
import dev.channels.SendChannel;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import dev.channels.context.StopFunc;
import dev.channels.rate.Limit;
import dev.channels.rate.Limiter;
import dev.channels.sync.Group;
import dev.channels.sync.WaitGroup;
import dev.channels.testing.SyncTest;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import dev.channels.time.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Java side of every example in docs/go-to-java.md, compiled and run: each region
 * ({@code // region name}) is copied into the page verbatim (GoToJavaPageTest checks), and the
 * assertions after it show that it does what the Go beside it does. Time-based examples run in a
 * {@link SyncTest} bubble, so they take no real time.
 */
@Timeout(10)
class GoToJavaTest {

    @Test
    void makeAndSend() {
        // region make
        Channel<String> ch = Channel.make(1); // ch := make(chan string, 1)
        ch.send("ping");                      // ch <- "ping"
        // endregion make
        assertEquals("ping", ch.receive());
    }

    @Test
    void unbufferedHandOff() {
        // region unbuffered
        Channel<Integer> ch = Channel.make();  // ch := make(chan int)
        go(() -> ch.send(42));                 // go func() { ch <- 42 }()
        int v = ch.receive();                  // v := <-ch
        // endregion unbuffered
        assertEquals(42, v);
    }

    @Test
    void commaOk() {
        Channel<Integer> ch = Channel.make(1);
        ch.close();
        // region comma-ok
        Received<Integer> r = ch.receiveOk();  // v, ok := <-ch
        if (!r.ok()) { System.out.println("closed"); }
        // endregion comma-ok
        assertFalse(r.ok());
        assertNull(r.value());
    }

    @Test
    void closeAndRange() {
        Channel<Integer> ch = Channel.make(3);
        List<Integer> got = new ArrayList<>();
        // region range
        go(() -> { for (int i = 0; i < 3; i++) ch.send(i); ch.close(); });
        for (int v : ch) { got.add(v); }       // for v := range ch { ... }
        // endregion range
        assertEquals(List.of(0, 1, 2), got);
    }

    @Test
    void lenAndCap() {
        Channel<Integer> ch = Channel.make(4);
        ch.send(1);
        // region len-cap
        int n = ch.length();                   // n := len(ch)
        int c = ch.capacity();                 // c := cap(ch)
        // endregion len-cap
        assertEquals(1, n);
        assertEquals(4, c);
    }

    @Test
    void directional() {
        Channel<Integer> ch = Channel.make(1);
        // region directional
        SendChannel<Integer> out = ch;         // var out chan<- int = ch
        ReceiveChannel<Integer> in = ch;       // var in <-chan int = ch
        // endregion directional
        out.send(7);
        assertEquals(7, in.receive());
    }

    @Test
    void nilChannel() {
        Channel<Integer> ready = Channel.make(1);
        ready.send(1);
        // region nil
        Channel<Integer> off = Channel.nil();  // var off chan int
        select(onReceive(off), onReceive(ready)); // a nil channel's case never fires
        // endregion nil
        assertEquals(0, ready.length());
    }

    @Test
    void emptyStruct() {
        // region empty
        Channel<Empty> done = Channel.make(); // done := make(chan struct{})
        go(done::close);                      // go func() { close(done) }()
        // endregion empty
        assertNull(done.receive());
    }

    @Test
    void selectTwoChannels() {
        Channel<String> a = Channel.make(1);
        Channel<String> b = Channel.make(1);
        a.send("from a");
        AtomicReference<String> got = new AtomicReference<>();
        // region select
        select(onReceive(a, msg -> got.set(msg)),   // case msg := <-a:
               onReceive(b, msg -> got.set(msg)));  // case msg := <-b:
        // endregion select
        assertEquals("from a", got.get());
    }

    @Test
    void selectSendAndDefault() {
        Channel<Integer> ch = Channel.make(1);
        ch.send(0);
        AtomicInteger dropped = new AtomicInteger();
        // region default
        select(onSend(ch, 1),                          // case ch <- 1:
               onDefault(dropped::incrementAndGet));   // default: dropped++
        // endregion default
        assertEquals(1, dropped.get());
    }

    @Test
    void selectTimeout() {
        SyncTest.run(() -> {
            Channel<String> slow = Channel.make();
            AtomicReference<String> got = new AtomicReference<>();
            // region timeout
            select(onReceive(slow, got::set),                          // case r := <-slow:
                   onTimeout(Duration.ofSeconds(1), () -> got.set("timeout"))); // case <-time.After(time.Second):
            // endregion timeout
            assertEquals("timeout", got.get());
        });
    }

    @Test
    void selectLoopWithDone() {
        Channel<Integer> work = Channel.make(2);
        Channel<Empty> done = Channel.make();
        work.send(1);
        work.send(2);
        List<Integer> got = new ArrayList<>();
        go(() -> { while (work.length() > 0) { Thread.onSpinWait(); } done.close(); });
        // region select-loop
        var quit = onReceive(done);
        while (select(onReceive(work, got::add), quit) != quit) { } // for { select { ... case <-done: return } }
        // endregion select-loop
        assertEquals(List.of(1, 2), got);
    }

    @Test
    void nonBlocking() {
        Channel<Integer> ch = Channel.make(1);
        // region try
        boolean sent = ch.trySend(1);                  // select { case ch <- 1: sent = true; default: }
        Optional<Received<Integer>> got = ch.tryReceive(); // select { case v := <-ch: ...; default: }
        // endregion try
        assertTrue(sent);
        assertEquals(1, got.orElseThrow().value());
    }

    @Test
    void waitGroup() {
        AtomicInteger done = new AtomicInteger();
        // region waitgroup
        var wg = new WaitGroup();                                  // var wg sync.WaitGroup
        for (int i = 0; i < 3; i++) {
            wg.add(1);                                             // wg.Add(1)
            go(() -> { try { done.incrementAndGet(); } finally { wg.done(); } }); // go func() { defer wg.Done(); ... }()
        }
        wg.await();                                                // wg.Wait()
        // endregion waitgroup
        assertEquals(3, done.get());
    }

    @Test
    void errgroup() {
        // region errgroup
        var g = Group.withContext(Context.background());  // g, ctx := errgroup.WithContext(ctx)
        g.go(() -> { throw new IllegalStateException("db down"); }); // g.Go(func() error { return err })
        Throwable err = g.await();                        // err := g.Wait()
        // endregion errgroup
        assertEquals("db down", err.getMessage());
        assertTrue(g.context().err() != null, "the group's context is cancelled by the first error");
    }

    @Test
    void timers() {
        SyncTest.run(() -> {
            Instant start = Time.now();
            // region timer
            Timer t = Time.newTimer(Duration.ofSeconds(2)); // t := time.NewTimer(2 * time.Second)
            Instant fired = t.c().receive();                // fired := <-t.C
            // endregion timer
            assertEquals(start.plusSeconds(2), fired);
            // region after
            Instant at = Time.after(Duration.ofMillis(10)).receive(); // at := <-time.After(10 * time.Millisecond)
            Time.sleep(Duration.ofSeconds(1));                        // time.Sleep(time.Second)
            // endregion after
            assertEquals(start.plusSeconds(2).plusMillis(10), at);
            // region stop-reset
            boolean wasActive = t.reset(Duration.ofSeconds(5)); // wasActive := t.Reset(5 * time.Second)
            t.stop();                                          // t.Stop()
            // endregion stop-reset
            assertFalse(wasActive, "it had fired and been received");
        });
    }

    @Test
    void tickers() {
        SyncTest.run(() -> {
            List<Instant> ticks = new ArrayList<>();
            // region ticker
            try (Ticker ticker = Time.newTicker(Duration.ofMillis(100))) { // ticker := time.NewTicker(...); defer ticker.Stop()
                for (int i = 0; i < 3; i++) ticks.add(ticker.c().receive()); // for i := 0; i < 3; i++ { <-ticker.C }
            }
            // endregion ticker
            assertEquals(3, ticks.size());
            assertEquals(Duration.ofMillis(100), Duration.between(ticks.get(0), ticks.get(1)));
        });
    }

    @Test
    void afterFunc() {
        SyncTest.run(() -> {
            Channel<String> said = Channel.make(1);
            // region afterfunc
            Time.afterFunc(Duration.ofSeconds(1), () -> said.send("later")); // time.AfterFunc(time.Second, func() { said <- "later" })
            // endregion afterfunc
            assertEquals("later", said.receive());
        });
    }

    @Test
    void contextCancel() {
        // region with-cancel
        try (CancelContext ctx = Context.withCancel(Context.background())) { // ctx, cancel := context.WithCancel(ctx); defer cancel()
            go(() -> ctx.done().receive());                                 // go func() { <-ctx.Done() }()
        }
        // endregion with-cancel
    }

    @Test
    void contextTimeout() {
        SyncTest.run(() -> {
            // region with-timeout
            var ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(30)); // ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
            ctx.done().receive();                                                     // <-ctx.Done()
            // endregion with-timeout
            assertSame(Context.DEADLINE_EXCEEDED, ctx.err());
        });
    }

    @Test
    void contextErr() {
        CancelContext ctx = Context.withCancel(Context.background());
        ctx.cancel();
        // region err
        if (ctx.err() != null) {                     // if err := ctx.Err(); err != nil {
            System.out.println(ctx.err());           // fmt.Println(err) // "context canceled"
        }
        // endregion err
        assertEquals("context canceled", ctx.err().toString());
    }

    @Test
    void contextValue() {
        // region with-value
        Context ctx = Context.withValue(Context.background(), "requestID", "r-42"); // ctx := context.WithValue(ctx, "requestID", "r-42")
        Object id = ctx.value("requestID");                                       // id := ctx.Value("requestID")
        // endregion with-value
        assertEquals("r-42", id);
    }

    @Test
    void contextCause() {
        // region cause
        CancelContext ctx = Context.withCancelCause(Context.background()); // ctx, cancel := context.WithCancelCause(ctx)
        ctx.cancel(new IllegalStateException("shutting down"));           // cancel(errors.New("shutting down"))
        // endregion cause
        assertEquals("shutting down", Context.cause(ctx).getMessage());
    }

    @Test
    void contextAfterFunc() {
        CancelContext ctx = Context.withCancel(Context.background());
        Channel<String> ran = Channel.make(1);
        // region context-afterfunc
        StopFunc stop = Context.afterFunc(ctx, () -> ran.send("cleanup")); // stop := context.AfterFunc(ctx, cleanup)
        // endregion context-afterfunc
        ctx.cancel();
        assertEquals("cleanup", ran.receive());
        assertFalse(stop.stop(), "already ran");
    }

    @Test
    void rateLimit() {
        // region rate
        var lim = new Limiter(Limit.every(Duration.ofMillis(100)), 5); // lim := rate.NewLimiter(rate.Every(100*time.Millisecond), 5)
        boolean ok = lim.allow();                                     // ok := lim.Allow()
        // endregion rate
        assertTrue(ok);
    }

    @Test
    void rateWait() {
        SyncTest.run(() -> {
            var lim = new Limiter(Limit.every(Duration.ofMillis(100)), 1);
            Instant start = Time.now();
            // region rate-wait
            lim.wait(Context.background()); // if err := lim.Wait(ctx); err != nil { ... }
            lim.wait(Context.background()); // the second waits 100 ms for its token
            // endregion rate-wait
            assertEquals(start.plusMillis(100), Time.now());
        });
    }

    @Test
    void bubble() {
        // region synctest
        SyncTest.run(() -> {                          // synctest.Test(t, func(t *testing.T) {
            Time.sleep(Duration.ofHours(1));          //     time.Sleep(time.Hour) // instant: the clock is fake
        });                                           // })
        // endregion synctest
    }
}
