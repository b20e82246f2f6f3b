package dev.channels.examples;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the lessons, in real time: no argument (or {@code all}) runs them in lesson order,
 * {@code list} prints their names one a line, a name (with or without its number) runs one. From
 * the repository root: {@code ./mvnj -q compile exec:java -Dexec.args=basic-select}.
 */
public final class Lessons {
    /** A lesson's main, which may throw as Java mains do. */
    @FunctionalInterface
    interface LessonMain {
        void main(String[] args) throws Exception;

        /** Runs the lesson; a checked exception fails it as an unchecked one. */
        default void accept(String[] args) {
            try {
                main(args);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The lessons, in the order of the Go lesson. */
    static final Map<String, LessonMain> ALL = new LinkedHashMap<>();

    static {
        ALL.put("01-fan-out", L01FanOut::main);
        ALL.put("02-worker-pool", L02WorkerPool::main);
        ALL.put("03-why-not-one-goroutine-per-job", L03WhyNotOneGoroutinePerJob::main);
        ALL.put("04-basic-select", L04BasicSelect::main);
        ALL.put("05-timeout", L05Timeout::main);
        ALL.put("06-non-blocking-send", L06NonBlockingSend::main);
        ALL.put("07-non-blocking-receive", L07NonBlockingReceive::main);
        ALL.put("08-select-loop", L08SelectLoop::main);
        ALL.put("09-creating-contexts", L09CreatingContexts::main);
        ALL.put("10-passing-context", L10PassingContext::main);
        ALL.put("11-graceful-shutdown", L11GracefulShutdown::main);
        ALL.put("12-rate-limit-ticker", L12RateLimitTicker::main);
        ALL.put("13-token-bucket", L13TokenBucket::main);
        ALL.put("14-putting-it-together", L14PuttingItTogether::main);
    }

    private Lessons() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("all")) {
            if (System.getProperty("lesson.port") == null) {
                System.setProperty("lesson.port", "0"); // the graceful-shutdown lesson takes any free port
            }
            ALL.forEach((name, lesson) -> {
                System.out.println("== " + name);
                lesson.accept(new String[0]);
                System.out.println();
            });
            return;
        }
        if (args[0].equals("list")) {
            ALL.keySet().forEach(System.out::println);
            return;
        }
        String wanted = args[0];
        for (var e : ALL.entrySet()) {
            if (e.getKey().equals(wanted) || e.getKey().substring(3).equals(wanted)) {
                e.getValue().accept(new String[0]);
                return;
            }
        }
        if (wanted.equals("tour")) {
            Tour.main(new String[0]);
            return;
        }
        System.err.println("no lesson named \"" + wanted + "\"; the lessons are:");
        ALL.keySet().forEach(name -> System.err.println("  " + name.substring(3)));
        System.exit(2);
    }
}
