package dev.channels.sync;

import dev.channels.Channel;
import dev.channels.Go;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A group of goroutines working on subtasks of a common task, in the manner of
 * {@code golang.org/x/sync/errgroup}: the first exception wins, cancels the group's context, and
 * is what {@link #await()} returns.
 *
 * {@snippet :
 * var g = Group.withContext(ctx);
 * for (String url : urls) {
 *     g.go(() -> fetch(g.context(), url));   // a task may throw
 * }
 * Throwable err = g.await();                 // the first exception, or null
 * }
 *
 * <p>Exceptions are never lost: the first one thrown by any task is returned by {@code await()},
 * and every later one is attached to it as {@linkplain Throwable#getSuppressed() suppressed}.
 * Tasks' exceptions are not logged, since {@code await()} hands them to the caller.
 *
 * @go {@code errgroup.Group}
 */
public final class Group {
    /*
     * A WaitGroup for completion, an optional semaphore channel for the
     * limit (errgroup's sem chan), and the first error under a lock. The
     * context, if any, is cancelled with the first error as its cause, and
     * again (with no error) when await() returns, as errgroup does.
     *
     * Guarded by: GroupTest.
     */

    /**
     * A task of a group: may throw anything; a throw is the task's error.
     *
     * @go {@code func() error}, the function {@code g.Go} takes
     */
    @FunctionalInterface
    public interface Task {
        /**
         * Runs the task.
         *
         * @throws Exception the task's error
         * @go the body of {@code func() error}
         */
        void run() throws Exception;
    }

    private enum Token { TOKEN }

    private final WaitGroup wg = new WaitGroup();
    private final CancelContext ctx;                // null for a group made without a context
    private final ReentrantLock lock = new ReentrantLock();
    private Throwable err;                          // the first error; guarded by lock
    private volatile Channel<Token> semaphore;      // null: no limit

    /**
     * A group with no limit and no context.
     *
     * @go {@code var g errgroup.Group}
     */
    public Group() {
        this(null);
    }

    private Group(CancelContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A group with a derived context, cancelled the first time a task throws or when
     * {@link #await()} returns, whichever comes first. The context is {@link #context()}.
     *
     * @go {@code g, ctx := errgroup.WithContext(ctx)}
     */
    public static Group withContext(Context parent) {
        return new Group(Context.withCancelCause(Objects.requireNonNull(parent, "parent")));
    }

    /**
     * The group's derived context.
     *
     * @throws IllegalStateException if the group was made without one
     * @go the {@code ctx} returned by {@code errgroup.WithContext}
     */
    public Context context() {
        if (ctx == null) {
            throw new IllegalStateException("errgroup: this Group was made without a context; use Group.withContext");
        }
        return ctx;
    }

    /**
     * Limits the number of active goroutines to {@code n}; a negative {@code n} means no limit.
     * Zero makes every later {@code go} block and every {@code tryGo} fail.
     *
     * @throws IllegalStateException if goroutines of the group are active (Go panics alike)
     * @go {@code g.SetLimit(n)}
     */
    public void setLimit(int n) {
        Channel<Token> sem = semaphore;
        if (sem != null && sem.length() != 0) {
            throw new IllegalStateException("errgroup: modify limit while " + sem.length() + " goroutines in the group are still active");
        }
        semaphore = n < 0 ? null : Channel.make(n);
    }

    /**
     * Calls {@code task} in a new goroutine, blocking first until the limit admits it.
     *
     * @go {@code g.Go(f)}
     */
    public void go(Task task) {
        Objects.requireNonNull(task, "task");
        Channel<Token> sem = semaphore;
        if (sem != null) {
            sem.send(Token.TOKEN);
        }
        start(task, sem);
    }

    /**
     * Calls {@code task} in a new goroutine only if the limit admits it now.
     *
     * @return whether the task was started
     * @go {@code g.TryGo(f)}
     */
    public boolean tryGo(Task task) {
        Objects.requireNonNull(task, "task");
        Channel<Token> sem = semaphore;
        if (sem != null && !sem.trySend(Token.TOKEN)) {
            return false;
        }
        start(task, sem);
        return true;
    }

    private void start(Task task, Channel<Token> sem) {
        wg.add(1);
        Go.go(() -> {
            try {
                task.run();
            } catch (Throwable t) {
                record(t);
            } finally {
                if (sem != null) {
                    sem.receive();
                }
                wg.done();
            }
        });
    }

    private void record(Throwable t) {
        boolean first;
        lock.lock();
        try {
            first = err == null;
            if (first) {
                err = t;
            } else if (err != t) {
                err.addSuppressed(t);
            }
        } finally {
            lock.unlock();
        }
        if (first && ctx != null) {
            ctx.cancel(t);
        }
    }

    /**
     * Blocks until every task started by {@code go} or {@code tryGo} has finished, then returns
     * the first exception any of them threw (later ones attached as suppressed), or null.
     *
     * @go {@code err := g.Wait()}
     */
    public Throwable await() {
        wg.await();
        if (ctx != null) {
            ctx.cancel(firstError());
        }
        return firstError();
    }

    private Throwable firstError() {
        lock.lock();
        try {
            return err;
        } finally {
            lock.unlock();
        }
    }
}
