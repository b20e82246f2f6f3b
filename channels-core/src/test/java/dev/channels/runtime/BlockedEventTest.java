package dev.channels.runtime;

import static dev.channels.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Blocking;
import dev.channels.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A blocked operation is recorded as a dev.channels.Blocked JFR event with its channel and duration. */
@Timeout(30)
class BlockedEventTest {

    @TempDir
    Path dir;

    /** A receive that blocked is recorded with its operation, channel, outcome and duration. */
    @Test
    void blockedReceiveIsRecorded() throws Exception {
        Path file = dir.resolve("blocked.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("dev.channels.Blocked").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
            Channel<String> jobs = Channel.<String>make().named("jobs");
            Thread receiver = go(jobs::receive);
            Blocking.awaitBlocked(receiver);
            jobs.send("job");
            receiver.join();
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals("dev.channels.Blocked"))
                .filter(e -> "chan receive".equals(e.getString("operation")))
                .toList();
        assertEquals(1, events.size(), events.toString());
        RecordedEvent event = events.get(0);
        assertEquals("chan \"jobs\" (len 0, cap 0)", event.getString("waitingOn"));
        assertEquals("completed", event.getString("outcome"));
        assertEquals(-1, event.getInt("selectCase"));
        assertTrue(event.getDuration().toNanos() > 0);
        assertTrue(Files.size(file) > 0);
    }
}
