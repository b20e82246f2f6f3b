package dev.channels.exercises.challenges.download;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The terminal a requirement hands to the learner's code: it keeps everything printed, and can run
 * an action (a cancel) once the bar shows a chosen count, so that "cancel after three downloads"
 * needs no clock.
 */
final class ProgressWatch {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ReentrantLock lock = new ReentrantLock();
    private final String trigger;
    private final Runnable action;
    private boolean fired;
    final PrintStream stream;

    /** A terminal that runs {@code action} once the bar shows {@code done} of {@code total}. */
    ProgressWatch(int done, int total, Runnable action) {
        this.trigger = ProgressBar.frame(done, total);
        this.action = action;
        this.stream = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                boolean fire;
                lock.lock();
                try {
                    printed.write(b, off, len);
                    fire = !fired && printed.toString(StandardCharsets.UTF_8).endsWith(trigger);
                    fired |= fire;
                } finally {
                    lock.unlock();
                }
                if (fire) {
                    action.run();
                }
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** A terminal that only records. */
    ProgressWatch() {
        this(-1, 0, () -> { });
    }

    /** Everything printed. */
    String output() {
        lock.lock();
        try {
            return printed.toString(StandardCharsets.UTF_8);
        } finally {
            lock.unlock();
        }
    }

    /** The frames {@code ProgressBar} draws for 0 to {@code done} of {@code total}, then the newline that ends the bar. */
    static String expected(int done, int total) {
        StringBuilder frames = new StringBuilder();
        for (int k = 0; k <= done; k++) {
            frames.append(ProgressBar.frame(k, total));
        }
        return frames.append(System.lineSeparator()).toString();
    }

    /** The output, one frame per line, for a failure message. */
    static String shown(String output) {
        List<String> lines = new ArrayList<>();
        for (String frame : output.split("\r", -1)) {
            if (!frame.isEmpty()) {
                lines.add("\"" + frame.replace("\n", "\\n") + "\"");
            }
        }
        return lines.isEmpty() ? "nothing" : String.join(", ", lines);
    }
}
