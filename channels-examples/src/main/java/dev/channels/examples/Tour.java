package dev.channels.examples;

import static dev.channels.Go.go;
import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onSend;
import static dev.channels.Select.select;

import dev.channels.Channel;
import dev.channels.Received;
import dev.channels.context.Context;
import dev.channels.rate.Limit;
import dev.channels.rate.Limiter;
import dev.channels.sync.Group;
import dev.channels.sync.WaitGroup;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import dev.channels.time.Timer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A tour of the core: each stop is a few lines of Go and their Java twin, run for real.
 *
 * <p>Run it with {@code ./mvnj -q compile exec:java -Dexec.args=tour} from the repository root.
 */
public final class Tour {
    private final PrintStream out;

    Tour(PrintStream out) {
        this.out = out;
    }

    /**
     * The examples' entry point: with no argument, every lesson in order; {@code list}; a lesson's
     * name; or {@code tour} for this tour of the core.
     */
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("tour")) {
            new Tour(System.out).run();
            return;
        }
        Lessons.main(args);
    }

    void run() {
        stop("1. Unbuffered channel: a send waits for its receiver", this::unbuffered);
        stop("2. Buffered channel, close, and range", this::bufferedCloseRange);
        stop("3. Comma-ok receive on a closed channel", this::commaOk);
        stop("4. Select with a timeout", this::selectTimeout);
        stop("5. Non-blocking send and receive (select with default)", this::nonBlocking);
        stop("6. Fan-in: many goroutines, one channel", this::fanIn);
        stop("7. Ticker and timer", this::tickerAndTimer);
        stop("8. Context with a timeout", this::contextTimeout);
        stop("9. WaitGroup and errgroup", this::waitGroups);
        stop("10. Token-bucket rate limiter", this::rateLimiter);
    }

    private void stop(String title, Runnable body) {
        out.println("== " + title);
        body.run();
        out.println();
    }

    private void unbuffered() {
        // messages := make(chan string)
        // go func() { messages <- "ping" }()
        // fmt.Println(<-messages)
        Channel<String> messages = Channel.make();
        go(() -> messages.send("ping"));
        out.println(messages.receive());
    }

    private void bufferedCloseRange() {
        // queue := make(chan string, 2)
        // queue <- "one"; queue <- "two"; close(queue)
        // for elem := range queue { fmt.Println(elem) }
        Channel<String> queue = Channel.make(2);
        queue.send("one");
        queue.send("two");
        queue.close();
        for (String elem : queue) {
            out.println(elem);
        }
    }

    private void commaOk() {
        // v, ok := <-jobs  (after close, once drained)
        Channel<Integer> jobs = Channel.make(1);
        jobs.send(7);
        jobs.close();
        Received<Integer> first = jobs.receiveOk();
        Received<Integer> second = jobs.receiveOk();
        out.println("received " + first.value() + " " + first.ok());
        out.println("received " + second.value() + " " + second.ok());
    }

    private void selectTimeout() {
        // select {
        // case res := <-c1: fmt.Println(res)
        // case <-time.After(50 * time.Millisecond): fmt.Println("timeout 1")
        // }
        Channel<String> c1 = Channel.make(1);
        go(() -> {
            Time.sleep(Duration.ofSeconds(2));
            c1.send("result 1");
        });
        select(
                onReceive(c1, res -> out.println(res)),
                onReceive(Time.after(Duration.ofMillis(50)), t -> out.println("timeout 1")));
    }

    private void nonBlocking() {
        // select { case msg := <-messages: ...; default: fmt.Println("no message received") }
        Channel<String> messages = Channel.make();
        select(
                onReceive(messages, msg -> out.println("received message " + msg)),
                onDefault(() -> out.println("no message received")));
        select(
                onSend(messages, "hi", () -> out.println("sent message hi")),
                onDefault(() -> out.println("no message sent")));
    }

    private void fanIn() {
        // for i := 1; i <= 3; i++ { go func(id int) { results <- id * id }(i) }
        Channel<Integer> results = Channel.make();
        for (int i = 1; i <= 3; i++) {
            int id = i;
            go(() -> results.send(id * id));
        }
        List<Integer> squares = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            squares.add(results.receive());
        }
        squares.sort(null); // arrival order varies from run to run, as in Go
        out.println("squares " + squares);
    }

    private void tickerAndTimer() {
        // ticker := time.NewTicker(10 * time.Millisecond)
        // for i := 0; i < 3; i++ { <-ticker.C; fmt.Println("tick") }
        // ticker.Stop()
        Ticker ticker = Time.newTicker(Duration.ofMillis(10));
        for (int i = 0; i < 3; i++) {
            ticker.c().receive();
            out.println("tick");
        }
        ticker.stop();
        // timer := time.NewTimer(time.Hour); stopped := timer.Stop()
        Timer timer = Time.newTimer(Duration.ofHours(1));
        out.println("timer stopped: " + timer.stop());
    }

    private void contextTimeout() {
        // ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
        // defer cancel()
        // select {
        // case n := <-squares: fmt.Println("square:", n)
        // case <-ctx.Done(): fmt.Println("gave up:", ctx.Err())
        // }
        try (var ctx = Context.withTimeout(Context.background(), Duration.ofMillis(50))) {
            Channel<Integer> squares = Channel.make();
            go(() -> {
                Time.sleep(Duration.ofSeconds(2)); // take longer than the deadline
                squares.send(9);
            });
            select(
                    onReceive(squares, n -> out.println("square: " + n)),
                    onReceive(ctx.done(), closed -> out.println("gave up: " + ctx.err())));
        }
    }

    private void waitGroups() {
        // var wg sync.WaitGroup
        // for i := 1; i <= 3; i++ { wg.Go(func() { results <- i * 10 }) }
        // wg.Wait(); close(results)
        Channel<Integer> results = Channel.make(3);
        var wg = new WaitGroup();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            wg.go(() -> results.send(n * 10));
        }
        wg.await();
        results.close();
        out.println("sum " + results.stream().mapToInt(Integer::intValue).sum());
        // g, ctx := errgroup.WithContext(ctx); g.Go(...); err := g.Wait()
        var g = Group.withContext(Context.background());
        g.go(() -> {
            throw new IllegalStateException("config 2 is invalid");
        });
        g.go(() -> g.context().done().receive()); // stops when the first error cancels the group
        out.println("errgroup: " + g.await().getMessage());
    }

    private void rateLimiter() {
        // lim := rate.NewLimiter(rate.Every(time.Second), 3)
        // for i := 0; i < 5; i++ { fmt.Println(i, lim.Allow()) }
        var lim = new Limiter(Limit.every(Duration.ofSeconds(1)), 3);
        for (int i = 0; i < 5; i++) {
            out.println(i + " " + lim.allow());
        }
    }
}
