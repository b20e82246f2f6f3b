package dev.channels.signal;

import dev.channels.ReceiveChannel;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import dev.channels.context.ContextError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Go's {@code os/signal}: turns operating-system signals into context cancellation, for graceful
 * shutdown.
 *
 * {@snippet :
 * try (var ctx = Signals.notifyContext(Context.background(), Signal.SIGINT, Signal.SIGTERM)) {
 *     server.start();
 *     ctx.done().receive();                 // wait for a signal
 *     try (var shutdownCtx = Context.withTimeout(Context.background(), Duration.ofSeconds(10))) {
 *         server.shutdown(shutdownCtx);     // let in-flight requests finish
 *     }
 * }
 * }
 *
 * <p><b>A second signal.</b> As in Go, once a context is registered for a signal, every later
 * arrival of that signal is caught and, after the first has cancelled the context, ignored, until
 * {@link SignalContext#stop()}. A program that wants a second Ctrl-C to kill it at once calls
 * {@code stop()} as soon as {@code ctx.done()} fires; the JVM's default handling then applies
 * (shutdown hooks, exit status 130 for SIGINT, 143 for SIGTERM).
 *
 * <p>Signals are caught through {@code sun.misc.Signal} (module {@code jdk.unsupported}), the only
 * way a JVM can handle SIGTERM without beginning to exit. A JVM started with {@code -Xrs} does not
 * deliver SIGINT or SIGTERM to it.
 *
 * @go {@code import "os/signal"}
 */
public final class Signals {
    /*
     * One process-wide registry. For each signal with at least one live
     * registration, one JVM handler is installed, and the handler it replaced
     * is kept; the handler cancels every context registered for the signal.
     * When the last registration of a signal stops, the replaced handler is
     * put back. The handler runs on the JVM's signal-dispatch thread and only
     * cancels contexts, which never blocks.
     *
     * Guarded by: SignalsTest (a child JVM receives a real SIGTERM and
     * SIGINT).
     */

    private static final Logger LOG = LoggerFactory.getLogger(Signals.class);
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Map<Signal, List<Registration>> REGISTERED = new EnumMap<>(Signal.class); // guarded by LOCK
    private static final Map<Signal, sun.misc.SignalHandler> REPLACED = new EnumMap<>(Signal.class);  // guarded by LOCK

    private Signals() {}

    /**
     * A child of {@code parent} that is cancelled when one of {@code signals} arrives (SIGINT and
     * SIGTERM if none are named), or when {@code parent} is done, or when it is stopped.
     *
     * @go {@code ctx, stop := signal.NotifyContext(parent, signals...)}
     */
    public static SignalContext notifyContext(Context parent, Signal... signals) {
        Objects.requireNonNull(parent, "parent");
        Set<Signal> set = signals.length == 0 ? EnumSet.of(Signal.SIGINT, Signal.SIGTERM) : EnumSet.noneOf(Signal.class);
        for (Signal s : signals) {
            set.add(Objects.requireNonNull(s, "signal"));
        }
        Registration registration = new Registration(Context.withCancel(parent), set);
        LOCK.lock();
        try {
            for (Signal s : set) {
                List<Registration> list = REGISTERED.computeIfAbsent(s, k -> new ArrayList<>());
                if (list.isEmpty()) {
                    REPLACED.put(s, sun.misc.Signal.handle(new sun.misc.Signal(s.jvmName()), Signals::deliver));
                }
                list.add(registration);
            }
        } finally {
            LOCK.unlock();
        }
        return registration;
    }

    private static void deliver(sun.misc.Signal jvmSignal) {
        List<Registration> targets;
        LOCK.lock();
        try {
            Signal signal = bySignalName(jvmSignal.getName());
            targets = signal == null ? List.of() : List.copyOf(REGISTERED.getOrDefault(signal, List.of()));
        } finally {
            LOCK.unlock();
        }
        LOG.info("received SIG{}; cancelling {} context(s)", jvmSignal.getName(), targets.size());
        for (Registration r : targets) {
            r.ctx.cancel();
        }
    }

    private static Signal bySignalName(String name) {
        for (Signal s : Signal.values()) {
            if (s.jvmName().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static void unregister(Registration registration) {
        LOCK.lock();
        try {
            for (Signal s : registration.signals) {
                List<Registration> list = REGISTERED.get(s);
                if (list != null && list.remove(registration) && list.isEmpty()) {
                    sun.misc.SignalHandler replaced = REPLACED.remove(s);
                    if (replaced != null) {
                        sun.misc.Signal.handle(new sun.misc.Signal(s.jvmName()), replaced);
                    }
                }
            }
        } finally {
            LOCK.unlock();
        }
    }

    /** A registered context; stopping it unregisters it. */
    private static final class Registration implements SignalContext {
        private final CancelContext ctx;
        private final Set<Signal> signals;

        Registration(CancelContext ctx, Set<Signal> signals) {
            this.ctx = ctx;
            this.signals = signals;
        }

        @Override
        public void stop() {
            ctx.cancel();
            unregister(this);
        }

        @Override
        public void cancel() {
            stop();
        }

        @Override
        public void cancel(Throwable cause) {
            ctx.cancel(cause);
            unregister(this);
        }

        @Override
        public Optional<Instant> deadline() {
            return ctx.deadline();
        }

        @Override
        public ReceiveChannel<Void> done() {
            return ctx.done();
        }

        @Override
        public ContextError err() {
            return ctx.err();
        }

        @Override
        public Object value(Object key) {
            return ctx.value(key);
        }

        @Override
        public String toString() {
            return ctx + ".NotifyContext(" + signals + ")";
        }
    }
}
