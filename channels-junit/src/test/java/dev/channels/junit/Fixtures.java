package dev.channels.junit;

import static dev.channels.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.channels.Channel;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Test classes that the extensions' own tests run through the JUnit engine; not run directly. */
final class Fixtures {
    private Fixtures() {}

    @CheckGoroutineLeaks(graceMillis = 300)
    static class LeakChecked {
        @Test
        void leaks() {
            Channel<Integer> forgotten = Channel.<Integer>make().named("forgotten");
            go(forgotten::receive);
        }

        @Test
        void cleansUp() {
            Channel<Integer> ch = Channel.make();
            go(() -> ch.send(1));
            assertEquals(1, ch.receive());
        }

        @RepeatedTest(8)
        void startsGoroutinesThatFinish() {
            Channel<Integer> done = Channel.make(4);
            for (int i = 0; i < 4; i++) {
                int n = i;
                go(() -> done.send(n));
            }
            for (int i = 0; i < 4; i++) {
                done.receive();
            }
        }
    }

    @InBubble
    static class Bubbled {
        @Test
        void sleepsAnHourInNoTime() {
            Instant start = Time.now();
            Time.sleep(Duration.ofHours(1));
            assertEquals(Duration.ofHours(1), Duration.between(start, Time.now()));
        }

        @Test
        void deadlocks() {
            Channel.<Integer>make().named("never").receive();
        }

        @Test
        void failsAnAssertion() {
            assertEquals(1, 2);
        }
    }
}
