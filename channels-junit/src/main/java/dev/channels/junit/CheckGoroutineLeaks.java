package dev.channels.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails a test that leaves goroutines behind, naming them with a goroutine dump, as Go's goleak
 * does. Only goroutines started by the test (directly or by its goroutines) count, so tests may run
 * in parallel.
 *
 * {@snippet :
 * @CheckGoroutineLeaks
 * class WorkerPoolTest {
 *     @Test
 *     void poolStopsItsWorkers() { ... }
 * }
 * }
 *
 * @go {@code defer goleak.VerifyNone(t)}
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(GoroutineLeakExtension.class)
public @interface CheckGoroutineLeaks {
    /** How long, in milliseconds, goroutines may take to finish after the test returns. */
    long graceMillis() default 1_000;
}
