package dev.channels.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No virtual thread is pinned in channels-core: JFR records {@code jdk.VirtualThreadPinned} (every
 * one, threshold zero, with stack traces) during a fault-injection run, and no event may have a
 * channels-core frame on its stack. A second test pins a receive on purpose, to show that the
 * recording and the frame check see one.
 *
 * <p>The recorded run follows a warm-up run. The first goroutines to reach a class that is not yet
 * loaded wait for one another inside the JVM (class loading and initialization still pin on JDK 25;
 * JEP 491 lifted only monitors), once per class per JVM; the warm-up's count of those is printed,
 * not asserted. What must be zero is pinning in the steady state.
 */
@Timeout(300)
class PinningTest {
    private static final Set<String> CORE_CLASSES = new HashSet<>(CoreClasses.names());
    private static final Duration BLOCKED_EVENT_DEFAULT_THRESHOLD = Duration.ofMillis(20);
    /** Outside the class whose initializer receives from it, so that the test can send. */
    private static final Channel<Integer> FEED = Channel.make();

    @TempDir
    Path dir;

    @Test
    void stressRunPinsNoCarrierInChannelsCore() throws Exception {
        // The warm-up also commits every BlockedEvent, so that its rarely taken path is loaded too.
        List<RecordedEvent> warmUp = recordPinning(Duration.ZERO, () -> FaultInjectionRun.run(2, 41));
        List<RecordedEvent> pinned = recordPinning(BLOCKED_EVENT_DEFAULT_THRESHOLD, () -> FaultInjectionRun.run(5, 42));
        List<RecordedEvent> inCore = pinned.stream().filter(PinningTest::hasCoreFrame).toList();
        System.out.printf("pinning: warm-up %d events with a channels-core frame (first class loads: %s), steady state %d%n",
                warmUp.stream().filter(PinningTest::hasCoreFrame).count(),
                warmUp.stream().filter(PinningTest::hasCoreFrame).map(e -> e.getString("blockingOperation") + " / " + e.getString("pinnedReason")).distinct().toList(),
                inCore.size());
        assertTrue(inCore.isEmpty(), () -> inCore.size() + " pinned events in channels-core, the first:\n" + inCore.get(0));
    }

    @Test
    void recordingSeesAReceivePinnedByAClassInitializer() throws Exception {
        List<RecordedEvent> pinned = recordPinning(BLOCKED_EVENT_DEFAULT_THRESHOLD, () -> {
            Thread initializer = Thread.ofVirtual().start(ReceivesInItsInitializer::touch);
            // Wait until the receive is parked inside <clinit>, then release it.
            while (initializer.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            FEED.send(1);
            initializer.join();
            return null;
        });
        List<RecordedEvent> inCore = pinned.stream().filter(PinningTest::hasCoreFrame).toList();
        assertEquals(1, inCore.size(), () -> "pinned events: " + pinned);
        assertFalse(CORE_CLASSES.isEmpty());
    }

    /** Blocks in a channel receive while the JVM initializes the class: a pinned carrier. */
    private static final class ReceivesInItsInitializer {
        static final int VALUE = FEED.receive();

        static void touch() {
            assertEquals(1, VALUE);
        }
    }

    /** Records every pinned virtual thread while {@code body} runs, with the library's own event on too. */
    private List<RecordedEvent> recordPinning(Duration blockedEventThreshold, Callable<?> body) throws Exception {
        Path file = dir.resolve("pinning.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.enable("dev.channels.Blocked").withThreshold(blockedEventThreshold);
            recording.start();
            body.call();
            recording.stop();
            recording.dump(file);
        }
        try {
            return RecordingFile.readAllEvents(file).stream().filter(e -> e.getEventType().getName().equals("jdk.VirtualThreadPinned")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasCoreFrame(RecordedEvent event) {
        if (event.getStackTrace() == null) {
            return false;
        }
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            if (frame.isJavaFrame() && CORE_CLASSES.contains(frame.getMethod().getType().getName())) {
                return true;
            }
        }
        return false;
    }
}
