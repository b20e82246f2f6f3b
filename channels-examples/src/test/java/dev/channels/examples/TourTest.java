package dev.channels.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The tour prints what its Go twins print. */
class TourTest {

    /** Every stop of the tour prints Go's output. */
    @Test
    @Timeout(30)
    void tourPrintsWhatGoPrints() {
        var bytes = new ByteArrayOutputStream();
        new Tour(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        assertEquals("""
                == 1. Unbuffered channel: a send waits for its receiver
                ping

                == 2. Buffered channel, close, and range
                one
                two

                == 3. Comma-ok receive on a closed channel
                received 7 true
                received null false

                == 4. Select with a timeout
                timeout 1

                == 5. Non-blocking send and receive (select with default)
                no message received
                no message sent

                == 6. Fan-in: many goroutines, one channel
                squares [1, 4, 9]

                == 7. Ticker and timer
                tick
                tick
                tick
                timer stopped: true

                == 8. Context with a timeout
                gave up: context deadline exceeded

                == 9. WaitGroup and errgroup
                sum 60
                errgroup: config 2 is invalid

                == 10. Token-bucket rate limiter
                0 true
                1 true
                2 true
                3 false
                4 false

                """, bytes.toString(StandardCharsets.UTF_8));
    }
}
