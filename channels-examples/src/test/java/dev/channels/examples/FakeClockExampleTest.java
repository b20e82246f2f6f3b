package dev.channels.examples;

import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.channels.Channel;
import dev.channels.testing.SyncTest;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README's fake-clock test: five hours of timeouts in milliseconds. */
class FakeClockExampleTest {

    @Timeout(10)
    // region readme
    @Test
    void timeoutFiresAfterFiveHoursInNoTime() {
        SyncTest.run(() -> {
            Channel<String> replies = Channel.make();
            go(() -> {                                     // a server that answers after 10 hours
                Time.sleep(Duration.ofHours(10));
                replies.send("pong");
            });
            Instant start = Time.now();
            var got = new AtomicReference<>("timed out");
            select(onReceive(replies, got::set), onTimeout(Duration.ofHours(5), () -> { }));
            assertEquals("timed out", got.get());
            assertEquals(Duration.ofHours(5), Duration.between(start, Time.now()));
            assertEquals("pong", replies.receive());       // no goroutine may outlive the bubble
        });
    }
    // endregion readme
}
