package dev.channels.context;

import dev.channels.ReceiveChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries a deadline, a cancellation signal and request-scoped values across API boundaries and
 * between goroutines, with the semantics of Go's {@code context} package (Go 1.21+).
 *
 * <p>Contexts form a tree. Cancelling a node cancels its whole subtree and nothing above it; a
 * child's deadline is the earlier of its own and its parent's; a child made under a cancelled
 * parent is cancelled at once. Cancellation is cooperative: it closes {@link #done()}, and code
 * notices by selecting on it, exactly as in Go. It does not interrupt threads.
 *
 * {@snippet :
 * try (var ctx = Context.withTimeout(Context.background(), Duration.ofMillis(50))) {
 *     select(
 *         onReceive(results, r -> System.out.println("got " + r)),
 *         onReceive(ctx.done(), closed -> System.out.println("gave up: " + ctx.err())));
 * }
 * }
 *
 * <p>Implementations must be safe for use by many threads. Custom implementations are supported
 * as parents: a child of one is cancelled when the custom parent's {@code done()} closes.
 *
 * @go {@code context.Context}
 */
public interface Context {

    /** The {@link #err()} of a context that was cancelled; prints {@code context canceled}. */
    ContextError CANCELED = new Canceled(false);

    /** The {@link #err()} of a context whose deadline passed; prints {@code context deadline exceeded}. */
    ContextError DEADLINE_EXCEEDED = new DeadlineExceeded(false);

    /**
     * The time when work done for this context should be cancelled, if it has one.
     *
     * @go {@code deadline, ok := ctx.Deadline()}
     */
    Optional<Instant> deadline();

    /**
     * A channel that is closed when this context is cancelled or its deadline passes; the nil
     * channel (never ready) for a context that can never be cancelled, such as
     * {@link #background()}. Use it as a receive case in a select.
     *
     * @go {@code ctx.Done()}
     */
    ReceiveChannel<Void> done();

    /**
     * {@code null} while {@link #done()} is open; afterwards {@link #CANCELED} or
     * {@link #DEADLINE_EXCEEDED}, and the same value ever after.
     *
     * @go {@code ctx.Err()}
     */
    ContextError err();

    /**
     * The value bound to {@code key} by this context or its nearest ancestor that binds it, or
     * {@code null}. Keys are compared with {@code equals}; use a private key object of your own so
     * that packages do not collide.
     *
     * @go {@code ctx.Value(key)}
     */
    Object value(Object key);

    /**
     * The root context: never cancelled, no deadline, no values.
     *
     * @go {@code context.Background()}
     */
    static Context background() {
        return EmptyContext.BACKGROUND;
    }

    /**
     * A root context for code that does not yet know which context to use.
     *
     * @go {@code context.TODO()}
     */
    static Context todo() {
        return EmptyContext.TODO;
    }

    /**
     * A child of {@code parent} that is cancelled when its {@code cancel()} (or {@code close()})
     * runs or when {@code parent} is done, whichever happens first.
     *
     * @go {@code ctx, cancel := context.WithCancel(parent)}
     */
    static CancelContext withCancel(Context parent) {
        return CancelCtx.create(parent);
    }

    /**
     * Like {@link #withCancel}; {@link CancelContext#cancel(Throwable)} records a cause that
     * {@link #cause(Context)} reports.
     *
     * @go {@code ctx, cancel := context.WithCancelCause(parent)}
     */
    static CancelContext withCancelCause(Context parent) {
        return CancelCtx.create(parent);
    }

    /**
     * A child of {@code parent} that is also cancelled, with {@link #DEADLINE_EXCEEDED}, when the
     * clock reaches {@code deadline}. If the parent's deadline is earlier, the child's is the
     * parent's. Cancel it when done to release its timer.
     *
     * @go {@code ctx, cancel := context.WithDeadline(parent, d)}
     */
    static CancelContext withDeadline(Context parent, Instant deadline) {
        return TimerCtx.create(parent, deadline, null);
    }

    /**
     * Like {@link #withDeadline}, with {@code cause} as the cause when the deadline passes.
     *
     * @go {@code context.WithDeadlineCause(parent, d, cause)}
     */
    static CancelContext withDeadlineCause(Context parent, Instant deadline, Throwable cause) {
        return TimerCtx.create(parent, deadline, cause);
    }

    /**
     * {@code withDeadline(parent, now + timeout)}.
     *
     * @go {@code ctx, cancel := context.WithTimeout(parent, timeout)}
     */
    static CancelContext withTimeout(Context parent, Duration timeout) {
        return TimerCtx.create(parent, TimerCtx.deadlineAfter(Objects.requireNonNull(timeout, "timeout")), null);
    }

    /**
     * {@code withDeadlineCause(parent, now + timeout, cause)}.
     *
     * @go {@code context.WithTimeoutCause(parent, timeout, cause)}
     */
    static CancelContext withTimeoutCause(Context parent, Duration timeout, Throwable cause) {
        return TimerCtx.create(parent, TimerCtx.deadlineAfter(Objects.requireNonNull(timeout, "timeout")), cause);
    }

    /**
     * A child of {@code parent} that binds {@code key} to {@code value}.
     *
     * @throws NullPointerException if {@code key} is null (Go panics: "nil key")
     * @go {@code context.WithValue(parent, key, val)}
     */
    static Context withValue(Context parent, Object key, Object value) {
        return new ValueCtx(parent, key, value);
    }

    /**
     * A child of {@code parent} that keeps its values but is never cancelled and has no deadline,
     * even when {@code parent} is.
     *
     * @go {@code context.WithoutCancel(parent)}
     */
    static Context withoutCancel(Context parent) {
        return new WithoutCancelCtx(parent);
    }

    /**
     * Runs {@code f} in its own goroutine once {@code ctx} is done (at once if it already is).
     *
     * @return a function that, if called before {@code f} has started, stops it from starting
     *         and reports true
     * @go {@code stop := context.AfterFunc(ctx, f)}
     */
    static StopFunc afterFunc(Context ctx, Runnable f) {
        return AfterFuncCtx.register(ctx, f);
    }

    /**
     * Why {@code ctx} is done: the cause given to its (or an ancestor's) cancel function, or to
     * {@link #withDeadlineCause}; else {@code ctx.err()}. {@code null} while {@code ctx} is not done.
     *
     * @go {@code context.Cause(ctx)}
     */
    static Throwable cause(Context ctx) {
        Objects.requireNonNull(ctx, "ctx");
        if (CancelCtx.valueOf(ctx, CancelCtx.CANCEL_CTX_KEY) instanceof CancelCtx cancelCtx) {
            return cancelCtx.cause();
        }
        return ctx.err();
    }
}
