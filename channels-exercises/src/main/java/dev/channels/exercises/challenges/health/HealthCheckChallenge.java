package dev.channels.exercises.challenges.health;

import static dev.channels.exercises.Requirement.require;
import static dev.channels.exercises.challenges.LoopbackServer.Answers.always;
import static dev.channels.exercises.challenges.LoopbackServer.Answers.failFirst;
import static dev.channels.exercises.challenges.LoopbackServer.Answers.failureRate;
import static dev.channels.exercises.challenges.LoopbackServer.FOREVER;

import dev.channels.exercises.Exercise;
import dev.channels.exercises.Requirement;
import dev.channels.exercises.Variant;
import dev.channels.exercises.challenges.LoopbackServer;
import dev.channels.exercises.challenges.Servers;
import dev.channels.exercises.challenges.Stopwatch;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Challenge health-check: probe N servers in parallel under one deadline. The servers are real
 * HTTP servers on loopback with chosen latencies and failures; the deadlines are real time, with
 * a margin of most of a second for a slow machine, which a serial or deadline-less solution
 * overshoots by seconds.
 */
public final class HealthCheckChallenge {
    private static final Duration FAST = Duration.ZERO;
    /** What a correct solution may take past its deadline: scheduling and a loaded machine. */
    private static final Duration SLACK = Duration.ofMillis(900);

    private HealthCheckChallenge() {}

    /** health-check, three variants. */
    public static Exercise healthCheck() {
        return new Exercise("health-check", "challenge",
                "Health-check N servers in parallel under one deadline.", "HealthCheck",
                List.of(report(), quorum(), retries()));
    }

    private static Variant<ReportApi> report() {
        return new Variant<>("Report every server as up, down or timeout, all checked at once, by one deadline.", ReportApi.class, List.of(
                new Requirement<>("a 2xx answer is up; another status, or a refused connection, is down",
                        "Http.get(ctx, uri).ok() means up; a non-2xx status or an IOException means down",
                        api -> {
                            try (Servers servers = new Servers()) {
                                URI up = servers.health(1, FAST, always(200)).get(0);
                                URI failing = servers.health(1, FAST, always(503)).get(0);
                                URI refusing = LoopbackServer.refusing(Servers.HEALTH);
                                Map<URI, String> report = api.check(List.of(up, failing, refusing), Duration.ofSeconds(3));
                                require(report.equals(Map.of(up, "up", failing, "down", refusing, "down")),
                                        "expected {up, down (503), down (refused)}, got " + statuses(report, up, failing, refusing));
                            }
                        }),
                new Requirement<>("all servers are checked at once: 8 servers taking 400 ms each are all up within a 2 s deadline",
                        "start a goroutine per server, each sending its result on a channel; then receive one result per server",
                        api -> {
                            try (Servers servers = new Servers()) {
                                List<URI> slow = servers.health(8, Duration.ofMillis(400), always(200));
                                Duration deadline = Duration.ofSeconds(2);
                                Stopwatch clock = Stopwatch.start();
                                Map<URI, String> report = api.check(slow, deadline);
                                withinDeadline(clock, deadline);
                                require(slow.stream().allMatch(s -> "up".equals(report.get(s))),
                                        "all 8 were up and answered in 400 ms; got " + statuses(report, slow.toArray(URI[]::new)));
                            }
                        }),
                new Requirement<>("servers that hang are timeout, and the report comes at the deadline, not after",
                        "one Context.withTimeout(background, deadline) shared by every probe: Http.get throws its error when it expires",
                        api -> {
                            try (Servers servers = new Servers()) {
                                URI up = servers.health(1, FAST, always(200)).get(0);
                                List<URI> hanging = servers.health(4, FOREVER, always(200));
                                List<URI> all = new ArrayList<>(hanging);
                                all.add(0, up);
                                Duration deadline = Duration.ofMillis(500);
                                Stopwatch clock = Stopwatch.start();
                                Map<URI, String> report = api.check(all, deadline);
                                withinDeadline(clock, deadline);
                                require("up".equals(report.get(up)), "the healthy server should be up, was " + report.get(up));
                                require(hanging.stream().allMatch(s -> "timeout".equals(report.get(s))),
                                        "the 4 hanging servers should be timeout; got " + statuses(report, hanging.toArray(URI[]::new)));
                            }
                        })));
    }

    private static Variant<QuorumApi> quorum() {
        return new Variant<>("Answer whether a quorum of servers is up, as soon as the answer is known.", QuorumApi.class, List.of(
                new Requirement<>("true as soon as enough servers are up, without waiting for the ones that hang",
                        "count the answers as they arrive and return as soon as `needed` are up",
                        api -> {
                            try (Servers servers = new Servers()) {
                                List<URI> all = new ArrayList<>(servers.health(3, FAST, always(200)));
                                all.addAll(servers.health(2, FOREVER, always(200)));
                                Stopwatch clock = Stopwatch.start();
                                boolean quorum = api.quorum(all, 3, Duration.ofSeconds(3));
                                require(quorum, "3 of 5 servers were up, and 3 were needed: expected true");
                                require(clock.elapsed().compareTo(Duration.ofSeconds(2)) < 0,
                                        "3 servers answered at once, but the answer took " + clock.millis() + " (the deadline was 3 s)");
                            }
                        }),
                new Requirement<>("false as soon as too many are down for a quorum",
                        "count the downs too: once fewer than `needed` could still be up, return false",
                        api -> {
                            try (Servers servers = new Servers()) {
                                List<URI> all = new ArrayList<>(servers.health(1, FAST, always(200)));
                                all.addAll(servers.health(3, FAST, always(503)));
                                all.add(LoopbackServer.refusing(Servers.HEALTH));
                                all.addAll(servers.health(1, FOREVER, always(200)));
                                Stopwatch clock = Stopwatch.start();
                                boolean quorum = api.quorum(all, 3, Duration.ofSeconds(3));
                                require(!quorum, "4 of 6 servers were down, and 3 were needed: expected false");
                                require(clock.elapsed().compareTo(Duration.ofSeconds(2)) < 0,
                                        "4 of 6 were down at once, so no quorum was possible, but the answer took " + clock.millis()
                                                + " (the deadline was 3 s)");
                            }
                        }),
                new Requirement<>("false at the deadline when too few answer",
                        "select on ctx.done() beside the answers channel; the deadline's context is Context.withTimeout",
                        api -> {
                            try (Servers servers = new Servers()) {
                                List<URI> all = new ArrayList<>(servers.health(1, FAST, always(200)));
                                all.addAll(servers.health(3, FOREVER, always(200)));
                                Duration deadline = Duration.ofMillis(400);
                                Stopwatch clock = Stopwatch.start();
                                boolean quorum = api.quorum(all, 2, deadline);
                                withinDeadline(clock, deadline);
                                require(!quorum, "only 1 server answered and 2 were needed: expected false");
                            }
                        })));
    }

    private static Variant<RetryApi> retries() {
        return new Variant<>("Retry servers that are down, backing off, under one deadline; report up, down or timeout.", RetryApi.class, List.of(
                new Requirement<>("a server that fails its first two tries is up on the third; one failing half its requests, on the second",
                        "loop: probe; if down and tries are left, wait the backoff and try again",
                        api -> {
                            try (Servers servers = new Servers()) {
                                LoopbackServer flaky = servers.start(FAST, failFirst(2));
                                LoopbackServer halfFailing = servers.start(FAST, failureRate(0.5));
                                LoopbackServer healthy = servers.start(FAST, always(200));
                                URI f = flaky.uri(Servers.HEALTH);
                                URI half = halfFailing.uri(Servers.HEALTH);
                                URI h = healthy.uri(Servers.HEALTH);
                                Map<URI, String> report = api.check(List.of(f, half, h), 3, Duration.ofMillis(20), Duration.ofSeconds(3));
                                require("up".equals(report.get(f)), "the server answering 503, 503, 200 should be up with 3 tries, was " + report.get(f));
                                require(flaky.requests(Servers.HEALTH) == 3, "the flaky server should be asked 3 times, was asked "
                                        + flaky.requests(Servers.HEALTH));
                                require("up".equals(report.get(half)) && halfFailing.requests(Servers.HEALTH) == 2,
                                        "the server answering 503, 200 should be up after 2 tries; it was " + report.get(half) + " after "
                                                + halfFailing.requests(Servers.HEALTH));
                                require("up".equals(report.get(h)) && healthy.requests(Servers.HEALTH) == 1,
                                        "a healthy server is up after one try; it was " + report.get(h) + " after "
                                                + healthy.requests(Servers.HEALTH));
                            }
                        }),
                new Requirement<>("a server still down after `attempts` tries is down, and is tried exactly that often",
                        "stop after the last try: `attempts` counts every try, the first included",
                        api -> {
                            try (Servers servers = new Servers()) {
                                LoopbackServer broken = servers.start(FAST, always(503));
                                URI b = broken.uri(Servers.HEALTH);
                                Map<URI, String> report = api.check(List.of(b), 4, Duration.ofMillis(10), Duration.ofSeconds(3));
                                require("down".equals(report.get(b)), "a server always answering 503 should be down, was " + report.get(b));
                                require(broken.requests(Servers.HEALTH) == 4, "with 4 attempts it should be asked 4 times, was asked "
                                        + broken.requests(Servers.HEALTH));
                            }
                        }),
                new Requirement<>("the backoff doubles, and retrying stops at the deadline (timeout)",
                        "wait with select(onReceive(ctx.done()), onReceive(Time.after(wait))), then double the wait",
                        api -> {
                            try (Servers servers = new Servers()) {
                                LoopbackServer broken = servers.start(FAST, always(503));
                                URI b = broken.uri(Servers.HEALTH);
                                Duration deadline = Duration.ofSeconds(1);
                                Stopwatch clock = Stopwatch.start();
                                Map<URI, String> report = api.check(List.of(b), 50, Duration.ofMillis(100), deadline);
                                withinDeadline(clock, deadline);
                                require("timeout".equals(report.get(b)), "50 tries could not fit in 1 s: expected timeout, got " + report.get(b));
                                int tries = broken.requests(Servers.HEALTH);
                                require(tries >= 3 && tries <= 5, "tries at 0, 100, 300 and 700 ms fit in 1 s (4 tries); the server was asked "
                                        + tries + " times");
                            }
                        })));
    }

    private static void withinDeadline(Stopwatch clock, Duration deadline) {
        require(clock.elapsed().compareTo(deadline.plus(SLACK)) < 0,
                "the deadline was " + deadline.toMillis() + " ms, but the answer took " + clock.millis());
    }

    private static String statuses(Map<URI, String> report, URI... servers) {
        List<String> got = new ArrayList<>();
        for (URI s : servers) {
            got.add(report.get(s));
        }
        return got.toString();
    }
}
