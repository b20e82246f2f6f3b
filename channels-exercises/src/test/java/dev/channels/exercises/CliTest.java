package dev.channels.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A learner's loop through the command: list, start, check (failing, with hints), fix, check again; and its errors. */
@Timeout(120)
class CliTest {
    @TempDir
    Path workspace;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
        return new Cli(workspace, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsEveryExercise() throws Exception {
        assertEquals(0, run("list"));
        for (Exercise e : Catalog.all()) {
            assertTrue(out().contains(e.name()), e.name());
        }
    }

    @Test
    void startEditCheck() throws Exception {
        assertEquals(0, run("start", "add-default"));
        Path file = workspace.resolve("add-default/Offer.java");
        assertTrue(Files.exists(file));

        assertEquals(1, run("check", "add-default"), out());
        assertTrue(out().contains("✓ an item is sent when the queue has room"), out());
        assertTrue(out().contains("✗ a full queue drops the item at once and says so"), out());
        assertTrue(out().contains("hint: add onDefault(...)"), out());

        Files.writeString(file, "this is not Java");
        assertEquals(1, run("check", "add-default"));
        assertTrue(out().contains("does not compile"), out());

        assertEquals(0, run("solution", "add-default"));
        Files.writeString(file, out());
        assertEquals(0, run("check", "add-default"), out());
        assertTrue(out().contains("All 2 requirements pass."), out());
    }

    @Test
    void aChallengeIsCheckedAgainstTheVariantStarted() throws Exception {
        assertEquals(0, run("start", "validate-configs", "--variant", "3"));
        assertTrue(out().startsWith("validate-configs (variant 3): Read every file's port"), out());
        assertEquals("3", Files.readString(workspace.resolve("validate-configs/variant")).strip());

        assertEquals(1, run("check", "validate-configs"), out());
        assertTrue(out().startsWith("validate-configs, variant 3:"), out());
        assertTrue(out().contains("✗ two files on one port"), out());
        assertTrue(out().contains("1 of 3 requirements fail."), out());

        assertEquals(0, run("solution", "validate-configs"));
        assertTrue(out().contains("implements ValidatePortsApi"), out());
        Files.writeString(workspace.resolve("validate-configs/Validate.java"), out());
        assertEquals(0, run("check", "validate-configs"), out());

        assertEquals(2, run("start", "download", "--variant", "4"));
        assertTrue(err().contains("download has 3 variants (1..3); no variant 4"), err());
    }

    @Test
    void runShowsTheProgressBarOfTheLearnersDownload() throws Exception {
        assertEquals(0, run("start", "download", "--variant", "3"));
        assertEquals(0, run("solution", "download"));
        Files.writeString(workspace.resolve("download/Download.java"), out());
        assertEquals(0, run("run", "download"), err());
        assertTrue(out().startsWith("40 artifacts from http://127.0.0.1:"), out());
        assertTrue(out().contains("\r[                    ] 0/40\r[                    ] 1/40"), out());
        assertTrue(out().contains("stopped: context canceled after "), out());

        assertEquals(0, run("start", "add-default"));
        assertEquals(2, run("run", "add-default"));
        assertEquals("add-default has nothing to watch; `exercises check add-default` tests it\n", err());
    }

    @Test
    void wrongNamesAndMissingWorkspacesSayWhatToDo() throws Exception {
        assertEquals(2, run("check", "no-such-exercise"));
        assertEquals("no exercise named \"no-such-exercise\"; `exercises list` shows them\n", err());
        assertEquals(2, run("check", "close-fan-in"));
        assertTrue(err().startsWith("no workspace for close-fan-in"), err());
        assertTrue(err().contains("run `exercises start close-fan-in` first"), err());
        assertEquals(2, run("start", "close-fan-in", "--variant", "2"));
        assertTrue(err().contains("close-fan-in has 1 variant (1); no variant 2"), err());
        assertEquals(2, run("frobnicate"));
        assertTrue(err().startsWith("usage: exercises list"), err());
        assertEquals(0, run("start", "close-fan-in", "--shuffle"));
        assertEquals(2, run("start", "close-fan-in"));
        assertTrue(err().contains("exists already"), err());
    }
}
