package dev.channels.exercises.challenges.download;

import static dev.channels.exercises.Requirement.require;
import static dev.channels.exercises.challenges.LoopbackServer.Answers.always;
import static dev.channels.exercises.challenges.LoopbackServer.Answers.failFirst;
import static dev.channels.exercises.challenges.LoopbackServer.Answers.failureRate;
import static dev.channels.exercises.challenges.LoopbackServer.FOREVER;

import dev.channels.context.CancelContext;
import dev.channels.context.Canceled;
import dev.channels.context.Context;
import dev.channels.exercises.Exercise;
import dev.channels.exercises.Requirement;
import dev.channels.exercises.Variant;
import dev.channels.exercises.challenges.Stopwatch;
import dev.channels.rate.Limit;
import dev.channels.rate.Limiter;
import dev.channels.time.Time;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Challenge download: fetch N artifacts from a loopback server into a folder, with a rate limit,
 * retries, cancellation and a terminal progress bar. The server records every request, so pace,
 * retries and overlap are checked where they happen; cancels are triggered by the progress bar
 * reaching a count, not by a clock.
 */
public final class DownloadChallenge {
    private static final Duration FAST = Duration.ZERO;
    private static final Limiter UNLIMITED = new Limiter(Limit.INF, 1);

    private DownloadChallenge() {}

    /** download, three variants. */
    public static Exercise download() {
        return new Exercise("download", "challenge",
                "Download N artifacts with a rate limit, retries and cancellation, and a terminal progress bar.", "Download",
                List.of(rateLimited(), retrying(), bounded()));
    }

    private static Variant<RateLimitedApi> rateLimited() {
        return new Variant<>("Download everything at once, paced by a rate limiter, drawing a progress bar.", RateLimitedApi.class, List.of(
                new Requirement<>("every artifact is saved, whole, under its name",
                        "Http.get(ctx, base.resolve(name)), then Files.write(dir.resolve(name), response.body())",
                        api -> {
                            try (Artifacts a = new Artifacts(6, FAST, always(200))) {
                                Throwable err = api.downloadAll(Context.background(), a.base(), a.names, a.dir, UNLIMITED, new ProgressWatch().stream);
                                require(err == null, "every artifact was there, but got " + err);
                                savedWhole(a, a.names);
                            }
                        }),
                new Requirement<>("downloads overlap, and the limiter paces their start: 10 at 20 per second take 450 ms",
                        "a goroutine (or group task) per artifact, each calling limiter.wait(ctx) before its request",
                        api -> {
                            try (Artifacts a = new Artifacts(10, Duration.ofMillis(300), always(200))) {
                                Limiter limiter = new Limiter(Limit.of(20), 1);
                                Throwable err = api.downloadAll(Context.background(), a.base(), a.names, a.dir, limiter, new ProgressWatch().stream);
                                require(err == null, "every artifact was there, but got " + err);
                                require(a.server.peakInFlight() >= 3, "each download takes 300 ms and a new one may start every 50 ms, "
                                        + "so several should run at once; the most at once was " + a.server.peakInFlight());
                                // From the second request on: the first may be held up by the client's first connection.
                                List<Long> arrivals = a.server.arrivals();
                                Duration span = Duration.ofNanos(arrivals.get(arrivals.size() - 1) - arrivals.get(1));
                                require(span.compareTo(Duration.ofMillis(300)) >= 0, "at 20 per second, the 2nd to the 10th request "
                                        + "span at least 400 ms; they came within " + span.toMillis() + " ms");
                            }
                        }),
                new Requirement<>("the progress bar: frame 0, a frame after each download, then a newline",
                        "one goroutine owns the terminal: it prints frame(0, n), then a frame per name it receives on a channel, and a newline when the channel is closed",
                        api -> {
                            try (Artifacts a = new Artifacts(5, FAST, always(200))) {
                                ProgressWatch terminal = new ProgressWatch();
                                api.downloadAll(Context.background(), a.base(), a.names, a.dir, UNLIMITED, terminal.stream);
                                barShows(terminal, 5, 5);
                            }
                        }),
                new Requirement<>("cancelling ctx stops the downloads and returns its error",
                        "pass the context to limiter.wait and Http.get; both throw its error when it is cancelled",
                        api -> {
                            try (Artifacts a = new Artifacts(20, FAST, always(200))) {
                                CancelContext ctx = Context.withCancel(Context.background());
                                Limiter limiter = new Limiter(Limit.of(10), 1);
                                ProgressWatch terminal = new ProgressWatch(2, 20, ctx::cancel);
                                Throwable err = api.downloadAll(ctx, a.base(), a.names, a.dir, limiter, terminal.stream);
                                require(err instanceof Canceled, "the context was cancelled after 2 downloads: expected its error, got " + err);
                                require(a.server.requests() <= 4, "the context was cancelled after 2 downloads, at 10 per second, but "
                                        + a.server.requests() + " requests were made");
                            }
                        })),
                (api, terminal) -> {
                    try (Artifacts a = new Artifacts(30, Duration.ofMillis(300), always(200))) {
                        terminal.println("30 artifacts from " + a.base() + ", 300 ms each, at most 10 requests a second:");
                        Stopwatch clock = Stopwatch.start();
                        Throwable err = api.downloadAll(Context.background(), a.base(), a.names, a.dir, new Limiter(Limit.of(10), 1), terminal);
                        ended(terminal, clock, err, a);
                    }
                });
    }

    private static Variant<RetryingApi> retrying() {
        return new Variant<>("Retry what fails for now (5xx) with a doubling backoff; stop everything on what will not change (4xx).",
                RetryingApi.class, List.of(
                new Requirement<>("a 503 is retried, with backoff, until the artifact comes",
                        "loop: get; on 5xx with tries left, wait the backoff (select on ctx.done() and Time.after), double it, try again",
                        api -> {
                            try (Artifacts a = new Artifacts(4, FAST, failFirst(2))) {
                                Throwable err = api.downloadAll(Context.background(), a.base(), a.names, a.dir, 3, Duration.ofMillis(20),
                                        new ProgressWatch().stream);
                                require(err == null, "each artifact answers 503, 503, then 200, and 3 tries were allowed, but got " + err);
                                savedWhole(a, a.names);
                                for (String name : a.names) {
                                    require(a.requests(name) == 3, name + " should be asked for 3 times, was asked " + a.requests(name));
                                }
                            }
                        }),
                new Requirement<>("a 404 is not retried: it fails the download, naming the artifact, and the rest are cancelled",
                        "only 5xx is worth another try; throw an error naming the artifact, and let Group.withContext cancel the others",
                        api -> {
                            try (Artifacts a = new Artifacts(6, name -> name.equals("app-03.tar") ? FAST : FOREVER,
                                    (path, n) -> path.endsWith("app-03.tar") ? 404 : 200)) {
                                Stopwatch clock = Stopwatch.start();
                                Throwable err = api.downloadAll(Context.background(), a.base(), a.names, a.dir, 3, Duration.ofMillis(20),
                                        new ProgressWatch().stream);
                                require(err != null && String.valueOf(err.getMessage()).contains("app-03.tar"),
                                        "app-03.tar answers 404: expected an error naming it, got " + err);
                                require(a.requests("app-03.tar") == 1, "a 404 will not change: app-03.tar should be asked for once, was asked "
                                        + a.requests("app-03.tar") + " times");
                                require(clock.elapsed().compareTo(Duration.ofSeconds(2)) < 0, "the other downloads hang until cancelled, "
                                        + "and the answer took " + clock.millis());
                            }
                        }),
                new Requirement<>("a 5xx on the last try is an error naming the artifact, after exactly `attempts` tries",
                        "`attempts` counts every try, the first included; after the last, throw",
                        api -> {
                            try (Artifacts a = new Artifacts(3, FAST, (path, n) -> path.endsWith("app-02.tar") ? 503 : 200)) {
                                Throwable err = api.downloadAll(Context.background(), a.base(), a.names, a.dir, 4, Duration.ofMillis(10),
                                        new ProgressWatch().stream);
                                require(err != null && String.valueOf(err.getMessage()).contains("app-02.tar"),
                                        "app-02.tar always answers 503: expected an error naming it, got " + err);
                                require(a.requests("app-02.tar") == 4, "with 4 attempts app-02.tar should be asked for 4 times, was asked "
                                        + a.requests("app-02.tar") + " times");
                            }
                        }),
                new Requirement<>("the progress bar: frame 0, a frame after each download, then a newline",
                        "one goroutine owns the terminal: it prints frame(0, n), then a frame per name it receives on a channel, and a newline when the channel is closed",
                        api -> {
                            try (Artifacts a = new Artifacts(5, FAST, failFirst(1))) {
                                ProgressWatch terminal = new ProgressWatch();
                                api.downloadAll(Context.background(), a.base(), a.names, a.dir, 2, Duration.ofMillis(10), terminal.stream);
                                barShows(terminal, 5, 5);
                            }
                        })),
                (api, terminal) -> {
                    try (Artifacts a = new Artifacts(20, Duration.ofMillis(200), failureRate(0.5))) {
                        terminal.println("20 artifacts from " + a.base() + ", 200 ms each, every other request a 503; 3 tries, backoff from 100 ms:");
                        Stopwatch clock = Stopwatch.start();
                        Throwable err = api.downloadAll(Context.background(), a.base(), a.names, a.dir, 3, Duration.ofMillis(100), terminal);
                        ended(terminal, clock, err, a);
                    }
                });
    }

    private static Variant<BoundedApi> bounded() {
        return new Variant<>("At most `parallel` downloads at once; a cancel stops them all, keeps what is saved and ends the bar's line.",
                BoundedApi.class, List.of(
                new Requirement<>("at most `parallel` downloads at once, and every artifact saved whole",
                        "Group.withContext(ctx) with g.setLimit(parallel), or `parallel` workers ranging over a channel of names",
                        api -> {
                            try (Artifacts a = new Artifacts(8, Duration.ofMillis(200), always(200))) {
                                Throwable err = api.downloadAll(Context.background(), a.base(), a.names, a.dir, 3, new ProgressWatch().stream);
                                require(err == null, "every artifact was there, but got " + err);
                                int peak = a.server.peakInFlight();
                                require(peak <= 3 && peak >= 2, "3 downloads at once were allowed; the server saw " + peak + " at once");
                                savedWhole(a, a.names);
                            }
                        }),
                new Requirement<>("cancelling stops every download at once, keeps those saved, and returns the context's error",
                        "every download uses the group's context; g.await() returns once the cancelled requests have given up",
                        api -> {
                            try (Artifacts a = new Artifacts(8, name -> name.compareTo("app-03.tar") <= 0 ? FAST : FOREVER, always(200))) {
                                CancelContext ctx = Context.withCancel(Context.background());
                                Stopwatch clock = Stopwatch.start();
                                Throwable err = api.downloadAll(ctx, a.base(), a.names, a.dir, 8, new ProgressWatch(3, 8, ctx::cancel).stream);
                                require(err instanceof Canceled, "the context was cancelled after 3 downloads: expected its error, got " + err);
                                require(clock.elapsed().compareTo(Duration.ofSeconds(2)) < 0, "5 downloads hang until cancelled, and the "
                                        + "answer took " + clock.millis());
                                require(a.saved().equals(a.names.subList(0, 3)), "app-01.tar to app-03.tar were saved before the cancel, "
                                        + "and nothing else: the folder holds " + a.saved());
                            }
                        }),
                new Requirement<>("the progress bar ends its line when cancelled too",
                        "the terminal's goroutine prints the newline when the channel of finished names is closed, however the downloads ended",
                        api -> {
                            try (Artifacts a = new Artifacts(8, name -> name.compareTo("app-03.tar") <= 0 ? FAST : FOREVER, always(200))) {
                                CancelContext ctx = Context.withCancel(Context.background());
                                ProgressWatch terminal = new ProgressWatch(3, 8, ctx::cancel);
                                api.downloadAll(ctx, a.base(), a.names, a.dir, 8, terminal.stream);
                                barShows(terminal, 3, 8);
                            }
                        })),
                (api, terminal) -> {
                    try (Artifacts a = new Artifacts(40, Duration.ofMillis(250), always(200))) {
                        terminal.println("40 artifacts from " + a.base() + ", 250 ms each, 4 at a time; cancelled after 2 s:");
                        CancelContext ctx = Context.withCancel(Context.background());
                        Time.afterFunc(Duration.ofSeconds(2), ctx::cancel);
                        Stopwatch clock = Stopwatch.start();
                        Throwable err = api.downloadAll(ctx, a.base(), a.names, a.dir, 4, terminal);
                        ended(terminal, clock, err, a);
                    }
                });
    }

    private static void ended(PrintStream terminal, Stopwatch clock, Throwable err, Artifacts a) throws IOException {
        terminal.println((err == null ? "done" : "stopped: " + err) + " after " + clock.millis() + "; " + a.saved().size() + " of "
                + a.names.size() + " saved, " + a.server.requests() + " requests, at most " + a.server.peakInFlight() + " at once");
    }

    private static void savedWhole(Artifacts a, List<String> names) throws IOException {
        for (String name : names) {
            require(a.savedWhole(name), name + " was not saved with the bytes the server sent");
        }
        require(a.saved().equals(names), "the folder should hold " + names + ", it holds " + a.saved());
    }

    private static void barShows(ProgressWatch terminal, int done, int total) {
        String expected = ProgressWatch.expected(done, total);
        require(terminal.output().equals(expected), "expected the frames " + ProgressWatch.shown(expected) + "; got "
                + ProgressWatch.shown(terminal.output()));
    }
}
