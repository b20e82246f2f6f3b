package dev.channels.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test method inside a fake-clock bubble ({@link dev.channels.testing.SyncTest}): time
 * moves only when every goroutine of the test is blocked, so timeouts, tickers and deadlines run
 * in milliseconds; a deadlock or a leftover goroutine fails the test with a dump.
 *
 * {@snippet :
 * @InBubble
 * class RetryTest {
 *     @Test
 *     void givesUpAfterThreeTries() { ... Time.sleep(Duration.ofMinutes(5)); ... }
 * }
 * }
 *
 * @go {@code synctest.Test(t, func(t *testing.T) { ... })}
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SyncTestExtension.class)
public @interface InBubble {
    /** The seed of the bubble's select randomness. */
    long seed() default 0;

    /** How far, in seconds, the bubble's clock may advance (default: 30 days). */
    long maxAdvanceSeconds() default 30L * 24 * 3600;
}
