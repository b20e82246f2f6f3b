package dev.channels.rate;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Case;
import dev.channels.OperationInterruptedException;
import dev.channels.context.Canceled;
import dev.channels.context.Context;
import dev.channels.context.ContextError;
import dev.channels.context.DeadlineExceeded;
import dev.channels.internal.Clock;
import dev.channels.time.Time;
import dev.channels.time.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A token bucket with the semantics of {@code golang.org/x/time/rate}: a bucket of {@link #burst()}
 * tokens, initially full, refilled at {@link #limit()} tokens per second. Each event takes a token.
 *
 * <p>Three ways to take tokens: {@link #allow()} reports whether one is there now (drop the event
 * if not); {@link #reserve()} takes one now or in the future and says how long to wait;
 * {@link #wait(Context)} blocks until one is available, unless the context ends first. Time comes
 * from the library's clock, so a fake clock tests a limiter without sleeping.
 *
 * {@snippet :
 * var limiter = new Limiter(Limit.every(Duration.ofMillis(100)), 5); // 10/s, bursts of 5
 * for (String item : items) {
 *     limiter.wait(ctx);   // throws if ctx ends first, or if its deadline would pass
 *     process(item);
 * }
 * }
 *
 * <p>Differs from Go: a negative burst, a negative or NaN limit are rejected with
 * {@link IllegalArgumentException} instead of silently allowing nothing; {@code wait} throws
 * where Go returns an error.
 *
 * @go {@code *rate.Limiter}
 */
public final class Limiter {
    /*
     * A port of golang.org/x/time/rate's Limiter (mutex-guarded token
     * bucket). Times are nanoseconds since the Unix epoch on the clock's
     * wall time; ZERO_TIME stands for Go's zero time.Time, from which the
     * first advance() fills the bucket (elapsed time saturates, as Go's
     * Time.Sub does).
     *
     * State, all guarded by lock:
     *   tokens     tokens in the bucket as of lastNanos (negative after
     *              reservations for the future)
     *   lastNanos  when tokens was last brought up to date
     *   lastEvent  the latest time of a rate-limited event, past or future
     *
     * Guarded by: LimiterTest, LimiterProperties (burst + rate * t bound).
     */

    private static final long ZERO_TIME = Long.MIN_VALUE;

    private final ReentrantLock lock = new ReentrantLock();
    private Limit limit;          // guarded by lock
    private int burst;            // guarded by lock
    private double tokens;        // guarded by lock
    private long lastNanos = ZERO_TIME;
    private long lastEventNanos = ZERO_TIME;

    /**
     * A limiter that allows events at rate {@code r} with bursts of at most {@code b}.
     *
     * @throws IllegalArgumentException if {@code b} is negative
     * @go {@code rate.NewLimiter(r, b)}
     */
    public Limiter(Limit r, int b) {
        this.limit = Objects.requireNonNull(r, "r");
        this.burst = checkBurst(b);
    }

    /**
     * A limiter that allows events at rate {@code r} with bursts of at most {@code b}.
     *
     * @go {@code rate.NewLimiter(r, b)}
     */
    public static Limiter newLimiter(Limit r, int b) {
        return new Limiter(r, b);
    }

    private static int checkBurst(int b) {
        if (b < 0) {
            throw new IllegalArgumentException("rate: burst must not be negative, not " + b);
        }
        return b;
    }

    long nanosOf(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    private static Instant instantOf(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private long now() {
        return nanosOf(Clock.current().now());
    }

    /**
     * The maximum overall event rate.
     *
     * @go {@code lim.Limit()}
     */
    public Limit limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The maximum number of tokens one call may take, and the bucket's size.
     *
     * @go {@code lim.Burst()}
     */
    public int burst() {
        lock.lock();
        try {
            return burst;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The tokens available now (negative while reservations for the future are outstanding).
     *
     * @go {@code lim.Tokens()}
     */
    public double tokens() {
        return tokensAt(Clock.current().now());
    }

    /**
     * The tokens available at {@code t}.
     *
     * @go {@code lim.TokensAt(t)}
     */
    public double tokensAt(Instant t) {
        long tNanos = nanosOf(t);
        lock.lock();
        try {
            return advancedTokens(tNanos);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether one event may happen now; takes a token if so.
     *
     * @go {@code lim.Allow()}
     */
    public boolean allow() {
        return reserveN(now(), 1, 0).ok();
    }

    /**
     * Whether {@code n} events may happen at {@code t}; takes {@code n} tokens if so.
     *
     * @go {@code lim.AllowN(t, n)}
     */
    public boolean allowN(Instant t, int n) {
        return reserveN(nanosOf(t), n, 0).ok();
    }

    /**
     * Reserves one token, now or in the future.
     *
     * @go {@code lim.Reserve()}
     */
    public Reservation reserve() {
        return reserveN(now(), 1, Reservation.INF_DURATION_NANOS);
    }

    /**
     * Reserves {@code n} tokens at {@code t}; the reservation is not {@link Reservation#ok()} if
     * {@code n} exceeds the burst.
     *
     * @go {@code lim.ReserveN(t, n)}
     */
    public Reservation reserveN(Instant t, int n) {
        return reserveN(nanosOf(t), n, Reservation.INF_DURATION_NANOS);
    }

    /**
     * Blocks until one event may happen.
     *
     * @throws Canceled if {@code ctx} is cancelled first (no token is consumed)
     * @throws DeadlineExceeded if {@code ctx}'s deadline passes first, or would pass before the
     *         token is available ("rate: Wait(n=1) would exceed context deadline"); the call then
     *         fails at once and consumes nothing
     * @throws OperationInterruptedException if the thread is interrupted; the reservation is
     *         given back
     * @go {@code err := lim.Wait(ctx)}
     */
    public void wait(Context ctx) {
        waitN(ctx, 1);
    }

    /**
     * Blocks until {@code n} events may happen; see {@link #wait(Context)}.
     *
     * @throws IllegalArgumentException if {@code n} exceeds the burst and the limit is not
     *         {@link Limit#INF} ("rate: Wait(n=2) exceeds limiter's burst 1")
     * @go {@code err := lim.WaitN(ctx, n)}
     */
    public void waitN(Context ctx, int n) {
        Objects.requireNonNull(ctx, "ctx");
        int currentBurst;
        Limit currentLimit;
        lock.lock();
        try {
            currentBurst = burst;
            currentLimit = limit;
        } finally {
            lock.unlock();
        }
        if (n > currentBurst && !currentLimit.isInf()) {
            throw new IllegalArgumentException("rate: Wait(n=" + n + ") exceeds limiter's burst " + currentBurst);
        }
        if (ctx.done().tryReceive().isPresent()) {
            throw thrown(ctx.err());
        }
        Clock clock = Clock.current();
        long t = nanosOf(clock.now());
        long waitLimit = Reservation.INF_DURATION_NANOS;
        if (ctx.deadline().isPresent()) {
            waitLimit = nanosOf(ctx.deadline().get()) - t;
        }
        Reservation r = reserveN(t, n, waitLimit);
        if (!r.ok()) {
            throw new DeadlineExceeded("rate: Wait(n=" + n + ") would exceed context deadline");
        }
        long delay = r.delayFromNanos(t);
        if (delay == 0) {
            return;
        }
        Timer timer = Time.newTimer(Duration.ofNanos(delay));
        try {
            Case done = onReceive(ctx.done());
            if (select(onReceive(timer.c()), done) == done) {
                r.cancel(); // may let other events proceed sooner
                throw thrown(ctx.err());
            }
        } catch (OperationInterruptedException e) {
            r.cancel();
            throw e;
        } finally {
            timer.stop();
        }
    }

    /** A fresh exception, with a stack trace, of the same kind as the context's error. */
    private static ContextError thrown(ContextError err) {
        return err instanceof DeadlineExceeded ? new DeadlineExceeded() : new Canceled();
    }

    /**
     * Sets a new limit now. Reservations already made keep the limit they were made with.
     *
     * @go {@code lim.SetLimit(newLimit)}
     */
    public void setLimit(Limit newLimit) {
        setLimitAt(Clock.current().now(), newLimit);
    }

    /**
     * Sets a new limit as of {@code t}.
     *
     * @go {@code lim.SetLimitAt(t, newLimit)}
     */
    public void setLimitAt(Instant t, Limit newLimit) {
        Objects.requireNonNull(newLimit, "newLimit");
        long tNanos = nanosOf(t);
        lock.lock();
        try {
            advanceLocked(tNanos);
            limit = newLimit;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sets a new burst now.
     *
     * @throws IllegalArgumentException if {@code newBurst} is negative
     * @go {@code lim.SetBurst(newBurst)}
     */
    public void setBurst(int newBurst) {
        setBurstAt(Clock.current().now(), newBurst);
    }

    /**
     * Sets a new burst as of {@code t}.
     *
     * @throws IllegalArgumentException if {@code newBurst} is negative
     * @go {@code lim.SetBurstAt(t, newBurst)}
     */
    public void setBurstAt(Instant t, int newBurst) {
        checkBurst(newBurst);
        long tNanos = nanosOf(t);
        lock.lock();
        try {
            advanceLocked(tNanos);
            burst = newBurst;
        } finally {
            lock.unlock();
        }
    }

    /** Go's reserveN: the heart of allow, reserve and wait. */
    private Reservation reserveN(long t, int n, long maxFutureReserveNanos) {
        lock.lock();
        try {
            if (limit.isInf()) {
                return new Reservation(true, this, n, t, limit);
            }
            if (limit.perSecond() == 0) {
                // A zero limit adds no tokens: the burst is all there ever is (golang/go#39984).
                boolean ok = burst >= n;
                if (ok) {
                    burst -= n;
                }
                return new Reservation(ok, this, burst, t, limit);
            }
            double remaining = advancedTokens(t) - n;
            long waitNanos = remaining < 0 ? limit.nanosFromTokens(-remaining) : 0;
            boolean ok = n <= burst && waitNanos <= maxFutureReserveNanos;
            if (!ok) {
                return new Reservation(false, this, 0, 0, limit);
            }
            long timeToAct = saturatedAdd(t, waitNanos);
            lastNanos = t;
            tokens = remaining;
            lastEventNanos = timeToAct;
            return new Reservation(true, this, n, timeToAct, limit);
        } finally {
            lock.unlock();
        }
    }

    /** Go's CancelAt. */
    void cancelReservation(Reservation r, long t) {
        lock.lock();
        try {
            if (limit.isInf() || r.tokens() == 0 || r.timeToActNanos() < t) {
                return;
            }
            // Tokens reserved after r (between r's time and the last event) are not given back.
            double restore = r.tokens() - r.limit().tokensFromNanos(saturatedSub(lastEventNanos, r.timeToActNanos()));
            if (restore <= 0) {
                return;
            }
            double advanced = advancedTokens(t) + restore;
            if (advanced > burst) {
                advanced = burst;
            }
            lastNanos = t;
            tokens = advanced;
            if (r.timeToActNanos() == lastEventNanos) {
                long previousEvent = saturatedAdd(r.timeToActNanos(), r.limit().nanosFromTokens(-r.tokens()));
                if (previousEvent >= t) {
                    lastEventNanos = previousEvent;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Brings the bucket up to {@code t}, before a change of limit or burst. Caller holds the lock. */
    private void advanceLocked(long t) {
        tokens = advancedTokens(t);
        lastNanos = t;
    }

    /** Go's advance: the tokens at {@code t}, without changing state. Caller holds the lock. */
    private double advancedTokens(long t) {
        long last = Math.min(lastNanos, t);
        double advanced = tokens + limit.tokensFromNanos(saturatedSub(t, last));
        return Math.min(advanced, burst);
    }

    private static long saturatedSub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            return "Limiter[limit=" + limit + ", burst=" + burst + ", tokens=" + tokens + " at " + (lastNanos == ZERO_TIME ? "zero time" : instantOf(lastNanos)) + "]";
        } finally {
            lock.unlock();
        }
    }
}
