package dev.channels.examples.sidebyside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/lesson-side-by-side.md is what {@link SideBySide} generates from the sources today. The
 * build writes the generated page to target/ on every run, and with
 * {@code -Dsidebyside.write=true} over the committed one. Edited copies of the sources prove that
 * a changed line makes the page stale and a missing region fails the generation.
 */
class SideBySideTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path PAGE = ROOT.resolve("docs/lesson-side-by-side.md");

    @Test
    void theCommittedPageIsWhatTheSourcesGenerate() throws IOException {
        String generated = SideBySide.markdown(new LessonSources(ROOT));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/lesson-side-by-side.md"), generated);
        assertCommittedPageIs(generated, PAGE);
    }

    /**
     * Fails unless {@code page} holds {@code generated}; with {@code -Dsidebyside.write=true},
     * writes it first.
     */
    static void assertCommittedPageIs(String generated, Path page) throws IOException {
        String name = ROOT.relativize(page).toString();
        if (Boolean.getBoolean("sidebyside.write")) {
            Files.writeString(page, generated);
        }
        assertTrue(Files.exists(page), name + " is missing; run with -Dsidebyside.write=true");
        assertEquals(generated, Files.readString(page), name + " is stale: regenerate it with ./mvnj test -pl channels-examples -am "
                + "-Dtest='SideBySide*' -Dsurefire.failIfNoSpecifiedTests=false -Dsidebyside.write=true");
    }

    @Test
    void everyLessonProgramIsOnThePage() {
        String page = SideBySide.markdown(new LessonSources(ROOT));
        List<String> programs = SideBySide.PROGRAMS_BY_SNIPPET.stream().flatMap(List::stream).toList();
        assertEquals(14, programs.size());
        for (String program : programs) {
            assertTrue(page.contains("**Program `" + program + "`**"), program);
        }
    }

    @Test
    void anEditedJavaLineMakesThePageStale(@TempDir Path copy) throws IOException {
        copySources(copy);
        Path java = new LessonSources(copy).javaProgram("04-basic-select");
        String source = Files.readString(java);
        Files.writeString(java, source.replaceFirst("(?m)^(\\s*// region lesson\\n)", "$1        // an edited line\n"));
        assertNotEquals(SideBySide.markdown(new LessonSources(ROOT)), SideBySide.markdown(new LessonSources(copy)));
    }

    @Test
    void aMissingRegionFailsTheGeneration(@TempDir Path copy) throws IOException {
        copySources(copy);
        Path java = new LessonSources(copy).javaProgram("09-creating-contexts");
        Files.writeString(java, Files.readString(java).replace("// region timeout", "// (region removed)").replace("// endregion timeout", "// (end removed)"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SideBySide.markdown(new LessonSources(copy)));
        assertEquals("09-creating-contexts: region timeout is missing from the Java port", e.getMessage());
    }

    private static void copySources(Path copy) throws IOException {
        for (String dir : List.of("docs/lesson", "channels-examples/src/main/go", "channels-examples/src/main/java", "channels-examples/src/test/resources/expected")) {
            Path from = ROOT.resolve(dir);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                    Path to = copy.resolve(dir).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
    }
}
