package dev.channels.context;

import static dev.channels.Go.go;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/** A child of a context that runs a function, once, when the context is done. */
final class AfterFuncCtx extends CancelCtx {
    /*
     * Go's afterFuncCtx: a hidden child whose cancellation starts f in a new
     * goroutine. "once" decides between running f and stop(): whichever
     * claims it first wins, so f runs at most once and stop() reports
     * truthfully whether it prevented it.
     */

    private final Runnable f;
    private final AtomicBoolean once = new AtomicBoolean();

    private AfterFuncCtx(Context parent, Runnable f) {
        super(parent);
        this.f = f;
    }

    static StopFunc register(Context ctx, Runnable f) {
        Objects.requireNonNull(f, "f");
        AfterFuncCtx a = new AfterFuncCtx(ctx, f);
        a.propagateCancel(ctx);
        return () -> {
            boolean stopped = a.once.compareAndSet(false, true);
            if (stopped) {
                a.cancel(true, Context.CANCELED, null);
            }
            return stopped;
        };
    }

    @Override
    void onCancelled() {
        if (once.compareAndSet(false, true)) {
            go(f::run);
        }
    }

    @Override
    public String toString() {
        return parent + ".AfterFunc";
    }
}
