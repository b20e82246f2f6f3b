package dev.channels.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README's example is the compiled Hello.java, and it prints what the README promises. */
class ReadmeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The README's Java block is the region "readme" of Hello.java, to the character. */
    @Test
    void readmeExampleIsHelloJava() throws IOException {
        String source = Files.readString(ROOT.resolve("channels-examples/src/main/java/dev/channels/examples/Hello.java"));
        String region = source.substring(source.indexOf("// region readme\n") + "// region readme\n".length(), source.indexOf("// endregion readme"));
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertTrue(readme.contains("```java\n" + region + "```\n"), "README.md must contain Hello.java's readme region verbatim:\n" + region);
    }

    /** The README's fake-clock test is the region "readme" of FakeClockExampleTest, to the character. */
    @Test
    void readmeFakeClockTestIsCompiled() throws IOException {
        String source = Files.readString(ROOT.resolve("channels-examples/src/test/java/dev/channels/examples/FakeClockExampleTest.java"));
        String region = source.substring(source.indexOf("    // region readme\n") + "    // region readme\n".length(), source.indexOf("    // endregion readme"));
        String unindented = region.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l).reduce("", (a, b) -> a + b + "\n");
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertTrue(readme.contains("```java\n" + unindented + "```\n"), "README.md must contain FakeClockExampleTest's readme region:\n" + unindented);
    }

    /** Hello prints one line per server, in any order. */
    @Test
    @Timeout(10)
    void helloPrintsEveryServer() {
        PrintStream original = System.out;
        var bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Hello.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        assertEquals("[cache ok, db ok, queue ok]", Arrays.toString(lines));
    }
}
