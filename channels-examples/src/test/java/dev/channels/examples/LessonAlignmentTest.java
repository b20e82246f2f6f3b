package dev.channels.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.examples.sidebyside.LessonSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each lesson's marked regions align line by line with the Go original: the same number of lines,
 * and every Go comment carried over verbatim on the same line of the Java region (STYLE.md §7).
 */
class LessonAlignmentTest {
    private static final Path GO = Path.of("src/main/go");
    private static final Path JAVA = Path.of("src/main/java/dev/channels/examples");

    @TestFactory
    Stream<DynamicTest> everyLessonAlignsWithItsGoOriginal() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(GO)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String lesson = dir.getFileName().toString();
                tests.add(DynamicTest.dynamicTest(lesson, () -> checkLesson(lesson)));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    private static void checkLesson(String lesson) throws IOException {
        Path javaFile = JAVA.resolve(javaClassName(lesson) + ".java");
        assertTrue(Files.exists(javaFile), "no Java port for " + lesson + ": expected " + javaFile);
        Map<String, List<String>> goRegions = regions(GO.resolve(lesson).resolve("main.go"));
        Map<String, List<String>> javaRegions = regions(javaFile);
        assertFalse(goRegions.isEmpty(), lesson + ": main.go marks no region");
        assertEquals(goRegions.keySet(), javaRegions.keySet(), lesson + ": the same regions in both files");
        for (var region : goRegions.entrySet()) {
            List<String> go = region.getValue();
            List<String> java = javaRegions.get(region.getKey());
            assertEquals(go.size(), java.size(), lesson + " region " + region.getKey() + ": one Java line per Go line");
            for (int i = 0; i < go.size(); i++) {
                String comment = goComment(go.get(i));
                if (comment != null) {
                    assertTrue(java.get(i).contains(comment), lesson + " region " + region.getKey() + " line " + (i + 1)
                            + ": the Go comment \"" + comment + "\" must stand on the same Java line, but it reads: " + java.get(i).strip());
                }
            }
        }
    }

    /** "04-basic-select" -> "L04BasicSelect". */
    static String javaClassName(String lesson) {
        StringBuilder sb = new StringBuilder("L").append(lesson, 0, 2);
        for (String word : lesson.substring(3).split("-")) {
            sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return sb.toString();
    }

    /** The lines between "// region NAME" and "// endregion NAME", by name. */
    private static Map<String, List<String>> regions(Path file) {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        LessonSources.regions(file).forEach(region -> regions.put(region.name(), region.lines()));
        return regions;
    }

    /** The comment text of a Go line (after "// "), or null. */
    private static String goComment(String line) {
        int at = line.indexOf("//");
        return at < 0 ? null : line.substring(at + 2).strip();
    }
}
