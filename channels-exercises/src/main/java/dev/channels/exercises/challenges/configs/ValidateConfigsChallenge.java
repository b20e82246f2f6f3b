package dev.channels.exercises.challenges.configs;

import static dev.channels.exercises.Requirement.require;

import dev.channels.context.CancelContext;
import dev.channels.context.Canceled;
import dev.channels.context.Context;
import dev.channels.context.DeadlineExceeded;
import dev.channels.exercises.Exercise;
import dev.channels.exercises.Requirement;
import dev.channels.exercises.Variant;
import dev.channels.testing.SyncTest;
import dev.channels.time.Time;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Challenge validate-configs: validate N config files with a bounded pool of workers, and let the
 * first error cancel the rest. The files are real; the validations run in a SyncTest bubble, each
 * taking a chosen time on its fake clock, so "at most 3 at once", "returns at 2 s" and "the rest
 * were never started" are exact.
 */
public final class ValidateConfigsChallenge {
    private ValidateConfigsChallenge() {}

    /** validate-configs, three variants. */
    public static Exercise validateConfigs() {
        return new Exercise("validate-configs", "challenge",
                "Validate N config files with a bounded worker pool; the first error cancels the rest.", "Validate",
                List.of(pool(), perFileTimeout(), distinctPorts()));
    }

    private static Variant<ValidatePoolApi> pool() {
        return new Variant<>("A pool of workers validates the files; the first error, or the caller's cancel, stops them all.",
                ValidatePoolApi.class, List.of(
                new Requirement<>("all valid: null, each file validated once, by `workers` at a time",
                        "send the files into a jobs channel and start exactly `workers` goroutines ranging over it",
                        api -> SyncTest.run(() -> {
                            try (ConfigFiles configs = new ConfigFiles(12, Map.of())) {
                                SlowValidator validator = new SlowValidator();
                                Instant start = Time.now();
                                Throwable err = api.validateAll(Context.background(), configs.files, 3, validator);
                                require(err == null, "every file was valid, but got " + err);
                                require(validator.started.size() == 12, validator.started.size() + " of 12 files were validated");
                                require(validator.peak.get() == 3, "3 workers should validate 3 files at once, the most at once was "
                                        + validator.peak.get());
                                tookExactly(start, 4, "12 one-second validations on 3 workers");
                            }
                        })),
                new Requirement<>("the first error is returned at once, cancels the validations running, and stops the rest",
                        "derive a CancelContext from ctx; the first worker to fail records its error and cancels it; workers stop taking jobs once it is done",
                        api -> SyncTest.run(() -> {
                            try (ConfigFiles configs = new ConfigFiles(12, Map.of(5, "banana"))) {
                                SlowValidator validator = new SlowValidator();
                                Instant start = Time.now();
                                Throwable err = api.validateAll(Context.background(), configs.files, 3, validator);
                                require(err != null && String.valueOf(err.getMessage()).contains("service-05.conf"),
                                        "service-05.conf's port is not a number: expected its error, got " + err);
                                tookExactly(start, 2, "service-05.conf fails in the second round of validations, so the answer");
                                require(validator.started.size() < 12, "all 12 files were validated after service-05.conf failed at 2 s");
                            }
                        })),
                new Requirement<>("cancelling the caller's context stops the work and returns the context's error",
                        "the pool's context is derived from ctx, so ctx's cancel reaches every validation; return ctx.err() when it is done",
                        api -> SyncTest.run(() -> {
                            try (ConfigFiles configs = new ConfigFiles(12, Map.of())) {
                                SlowValidator validator = new SlowValidator();
                                CancelContext ctx = Context.withCancel(Context.background());
                                Time.afterFunc(Duration.ofMillis(1500), ctx::cancel);
                                Instant start = Time.now();
                                Throwable err = api.validateAll(ctx, configs.files, 3, validator);
                                require(err instanceof Canceled, "the caller cancelled at 1.5 s: expected the context's error, got " + err);
                                require(Time.now().equals(start.plusMillis(1500)), "the caller cancelled at 1.5 s, the answer came after "
                                        + Duration.between(start, Time.now()));
                                require(validator.started.size() <= 6, validator.started.size()
                                        + " files were started; by 1.5 s only two rounds of 3 could have been");
                            }
                        }))));
    }

    private static Variant<ValidateTimeoutApi> perFileTimeout() {
        return new Variant<>("Each file gets a time limit of its own; a file that outlasts it is an error that stops the rest.",
                ValidateTimeoutApi.class, List.of(
                new Requirement<>("all valid: null, each file validated once, by `workers` at a time",
                        "Group.withContext(ctx) and g.setLimit(workers) (errgroup's SetLimit) bound the goroutines for you",
                        api -> SyncTest.run(() -> {
                            try (ConfigFiles configs = new ConfigFiles(9, Map.of())) {
                                SlowValidator validator = new SlowValidator();
                                Instant start = Time.now();
                                Throwable err = api.validateAll(Context.background(), configs.files, 3, Duration.ofSeconds(2), validator);
                                require(err == null, "every file was valid and took 1 s of its 2 s, but got " + err);
                                require(validator.started.size() == 9, validator.started.size() + " of 9 files were validated");
                                require(validator.peak.get() == 3, "the most validations at once was " + validator.peak.get() + ", not 3");
                                tookExactly(start, 3, "9 one-second validations on 3 workers");
                            }
                        })),
                new Requirement<>("a file that outlasts its limit fails, naming the file, with DeadlineExceeded as the cause, and stops the rest",
                        "in each task: Context.withTimeout(g.context(), perFile); wrap the validator's error with the file's name: new RuntimeException(name + \": \" + e, e)",
                        api -> SyncTest.run(() -> {
                            try (ConfigFiles configs = new ConfigFiles(9, Map.of())) {
                                SlowValidator validator = new SlowValidator(Map.of(configs.file(2), Duration.ofSeconds(10)));
                                Instant start = Time.now();
                                Throwable err = api.validateAll(Context.background(), configs.files, 3, Duration.ofSeconds(2), validator);
                                require(err != null && String.valueOf(err.getMessage()).contains("service-02.conf") && causedBy(err, DeadlineExceeded.class),
                                        "service-02.conf takes 10 s of its 2 s: expected an error naming it, caused by DeadlineExceeded, got " + err);
                                tookExactly(start, 2, "service-02.conf's limit ends 2 s after it starts, so the answer");
                                require(validator.started.size() < 9, "all 9 files were validated after service-02.conf failed at 2 s");
                            }
                        })),
                new Requirement<>("each file's limit starts when its own validation starts",
                        "make the file's timeout context inside the task, just before calling the validator, not when the task is queued",
                        api -> SyncTest.run(() -> {
                            try (ConfigFiles configs = new ConfigFiles(6, Map.of())) {
                                Map<Path, Duration> slow = new HashMap<>();
                                configs.files.forEach(f -> slow.put(f, Duration.ofMillis(1500)));
                                SlowValidator validator = new SlowValidator(slow);
                                Throwable err = api.validateAll(Context.background(), configs.files, 2, Duration.ofSeconds(2), validator);
                                require(err == null, "6 files of 1.5 s each on 2 workers all fit their 2 s limits (the last start at 3 s), but got " + err);
                            }
                        }))));
    }

    private static Variant<ValidatePortsApi> distinctPorts() {
        return new Variant<>("Read every file's port with a bounded pool; an invalid file, or two services on one port, stops the rest.",
                ValidatePortsApi.class, List.of(
                new Requirement<>("valid files on distinct ports: null, each file read once, by `workers` at a time",
                        "a jobs channel and `workers` goroutines, or Group.withContext with setLimit(workers)",
                        api -> SyncTest.run(() -> {
                            try (ConfigFiles configs = new ConfigFiles(12, Map.of())) {
                                SlowValidator reader = new SlowValidator();
                                Instant start = Time.now();
                                Throwable err = api.validateAll(Context.background(), configs.files, 3, reader);
                                require(err == null, "every file was valid with its own port, but got " + err);
                                require(reader.started.size() == 12, reader.started.size() + " of 12 files were read");
                                require(reader.peak.get() == 3, "the most reads at once was " + reader.peak.get() + ", not 3");
                                tookExactly(start, 4, "12 one-second reads on 3 workers");
                            }
                        })),
                new Requirement<>("two files on one port: an error naming both files and the port, at once, and the rest stop",
                        "record each port's file in a map shared by the workers (ConcurrentHashMap.putIfAbsent); a port already there is the error",
                        api -> SyncTest.run(() -> {
                            try (ConfigFiles configs = new ConfigFiles(12, Map.of(2, "8100", 5, "8100"))) {
                                SlowValidator reader = new SlowValidator();
                                Instant start = Time.now();
                                Throwable err = api.validateAll(Context.background(), configs.files, 3, reader);
                                String message = err == null ? "" : String.valueOf(err.getMessage());
                                require(message.contains("service-02.conf") && message.contains("service-05.conf") && message.contains("8100"),
                                        "service-02.conf and service-05.conf both use port 8100: expected an error naming both and the port, got " + err);
                                tookExactly(start, 2, "service-05.conf is read in the second round, so the answer");
                                require(reader.started.size() < 12, "all 12 files were read after the clash was found at 2 s");
                            }
                        })),
                new Requirement<>("an invalid file is an error too, and stops the rest",
                        "the reader's exception is the error: the first one cancels the context the other reads use",
                        api -> SyncTest.run(() -> {
                            try (ConfigFiles configs = new ConfigFiles(12, Map.of(3, "99999"))) {
                                SlowValidator reader = new SlowValidator();
                                Instant start = Time.now();
                                Throwable err = api.validateAll(Context.background(), configs.files, 3, reader);
                                require(err != null && String.valueOf(err.getMessage()).contains("service-03.conf"),
                                        "service-03.conf's port 99999 is out of range: expected its error, got " + err);
                                tookExactly(start, 1, "service-03.conf fails in the first round, so the answer");
                                require(reader.started.size() < 12, "all 12 files were read after service-03.conf failed at 1 s");
                            }
                        }))));
    }

    private static void tookExactly(Instant start, int seconds, String what) {
        Duration took = Duration.between(start, Time.now());
        require(took.equals(Duration.ofSeconds(seconds)), what + " should take " + seconds + " s; it took " + took.toMillis() + " ms");
    }

    private static boolean causedBy(Throwable err, Class<? extends Throwable> type) {
        for (Throwable t = err; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
