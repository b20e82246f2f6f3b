package dev.channels.examples;

import static dev.channels.Go.go;

import com.sun.net.httpserver.HttpServer;
import dev.channels.Channel;
import dev.channels.sync.WaitGroup;
import dev.channels.time.Time;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lesson 03: Why not one goroutine per job? Lines between the "region lesson" markers align
 * one-to-one with {@code src/main/go/03-why-not-one-goroutine-per-job/main.go}.
 *
 * <p>The target server runs in a JVM of its own (this class, started again with {@code serve}) on
 * loopback, and counts the requests it handles at once; each takes 5 ms. A process of its own,
 * because 10,000 connections at once need about 20,000 file descriptors when both ends live in
 * one process.
 */
public final class L03WhyNotOneGoroutinePerJob {
    static final int REQUESTS = 10_000;
    private static final HttpClient client = HttpClient.newHttpClient();

    /** Calls the target server once, retrying while its accept queue is full. */
    static void fetch(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        for (;;) {
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException refused) {
                Time.sleep(Duration.ofMillis(10)); // refused while the server's queue is full: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new dev.channels.OperationInterruptedException("http request");
            }
        }
    }

    // region lesson
    // One goroutine per job: 10,000 requests at once.
    static void onePerJob(List<String> urls) {
        var wg = new WaitGroup();
        for (String url : urls) {
            wg.add(1);
            go(() -> { String u = url;
                try { // defer wg.Done()
                fetch(u);
            } finally { wg.done(); } });
        }
        wg.await();
    }

    // A pool of 20 workers: at most 20 requests at once.
    static void pool(List<String> urls, int workers) {
        Channel<String> jobs = Channel.make();
        var wg = new WaitGroup();
        for (int i = 0; i < workers; i++) {
            wg.add(1);
            go(() -> {
                try { // defer wg.Done()
                for (String u : jobs) {
                    fetch(u);
                }
            } finally { wg.done(); } });
        }
        for (String url : urls) {
            jobs.send(url);
        }
        jobs.close();
        wg.await();
    }

    // endregion lesson

    /** The target server: reports its peak concurrency at /peak, and resets it. */
    static void serve() throws IOException {
        AtomicLong inFlight = new AtomicLong();
        AtomicLong peak = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4096);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/work", exchange -> {
            long n = inFlight.incrementAndGet();
            peak.accumulateAndGet(n, Math::max);
            Time.sleep(Duration.ofMillis(5));
            inFlight.decrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/peak", exchange -> Server.respond(exchange, Long.toString(peak.getAndSet(0))));
        server.start();
        System.out.println("127.0.0.1:" + server.getAddress().getPort());
    }

    static String peak(String base) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + "/peak")).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.channels.OperationInterruptedException("http request");
        }
    }

    /** This program's class path, also under exec:java, whose class loader is not the system one. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                entries.add(new File(URI.create(url.toString())).getPath());
            }
        }
        Collections.addAll(entries, System.getProperty("java.class.path").split(File.pathSeparator));
        return String.join(File.pathSeparator, entries);
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("serve")) {
            serve();
            return;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-cp", classPath(), L03WhyNotOneGoroutinePerJob.class.getName(), "serve")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String addr = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
            String base = "http://" + addr.strip();
            List<String> urls = Collections.nCopies(REQUESTS, base + "/work");

            onePerJob(urls);
            Fmt.printf("one goroutine per job: %d requests, peak %s at once on the server\n", REQUESTS, peak(base));
            pool(urls, 20);
            Fmt.printf("pool of 20 workers: %d requests, peak %s at once on the server\n", REQUESTS, peak(base));
        } finally {
            server.destroy();
        }
    }
}
