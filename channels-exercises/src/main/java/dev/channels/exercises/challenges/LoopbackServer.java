package dev.channels.exercises.challenges;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.channels.Channel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An HTTP server on 127.0.0.1 for the challenges' tests: it answers after a chosen latency (which
 * may depend on the path) with a chosen status (which may depend on how many times that path was
 * asked before: a failure rate, or a server that fails its first requests), and it records what it
 * was asked: requests per path, when each arrived, and the most it served at once.
 *
 * <p>Its latency is the only waiting it does, and it ends early when the server is closed, so a
 * server that "hangs" ({@link #FOREVER}) lets go of its handlers when the test closes it.
 */
public final class LoopbackServer implements AutoCloseable {
    /** A latency that lasts until the server is closed: a server that hangs. */
    public static final Duration FOREVER = Duration.ofDays(1);

    /** The status a request gets, from its path and how many requests for that path came before it. */
    @FunctionalInterface
    public interface Answers {
        /** The status for request number {@code n} (from 0) of {@code path}. */
        int status(String path, int n);

        /** Always {@code status}. */
        static Answers always(int status) {
            return (path, n) -> status;
        }

        /** 503 for the first {@code failures} requests of each path, then 200: a server coming up. */
        static Answers failFirst(int failures) {
            return (path, n) -> n < failures ? 503 : 200;
        }

        /**
         * 503 for a share {@code rate} of each path's requests, spread evenly, the first one
         * failing, and the same on every run (rate 0.5: fail, pass, fail, pass; 0.25: one fail in
         * four), else 200.
         */
        static Answers failureRate(double rate) {
            return (path, n) -> Math.ceil((n + 1) * rate) > Math.ceil(n * rate) ? 503 : 200;
        }
    }

    private final HttpServer server;
    private final Function<String, Duration> latency;
    private final Answers answers;
    private final Function<String, byte[]> bodies;
    private final Channel<Void> closed = Channel.make();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Semaphore arrived = new Semaphore(0);

    private LoopbackServer(Function<String, Duration> latency, Answers answers, Function<String, byte[]> bodies) throws IOException {
        this.latency = latency;
        this.answers = answers;
        this.bodies = bodies;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server answering every path with an empty body, after {@code latency}. */
    public static LoopbackServer start(Duration latency, Answers answers) throws IOException {
        return new LoopbackServer(path -> latency, answers, path -> new byte[0]);
    }

    /**
     * A server answering a request for {@code path} after {@code latency.apply(path)}, with
     * {@code bodies.apply(path)} as the body of its 2xx answers.
     */
    public static LoopbackServer start(Function<String, Duration> latency, Answers answers, Function<String, byte[]> bodies)
            throws IOException {
        return new LoopbackServer(latency, answers, bodies);
    }

    /** An address on 127.0.0.1 where nothing listens: connecting is refused. */
    public static URI refusing(String path) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URI of {@code path} on this server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** How many requests for {@code path} arrived. */
    public int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    /** How many requests arrived, for any path. */
    public int requests() {
        return arrivals.size();
    }

    /** When each request arrived ({@link System#nanoTime()}), in order. */
    public List<Long> arrivals() {
        return arrivals.stream().sorted().toList();
    }

    /** Waits until {@code n} requests have arrived. */
    public void awaitRequests(int n) throws InterruptedException {
        arrived.acquire(n);
        arrived.release(n);
    }

    /** The most requests this server was serving at the same time. */
    public int peakInFlight() {
        return peak.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        arrivals.add(System.nanoTime());
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            int n = requests.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
            arrived.release();
            Duration wait = latency.apply(path);
            if (!wait.isZero()) {
                boolean[] shutDown = {false};
                select(onReceive(closed, c -> shutDown[0] = true), onTimeout(wait, () -> { }));
                if (shutDown[0]) {
                    return;
                }
            }
            int status = answers.status(path, n);
            byte[] body = status / 100 == 2 ? bodies.apply(path) : new byte[0];
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Stops the server; handlers still waiting out their latency return without answering. */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        closed.close();
        server.stop(0);
    }
}
