package dev.channels.examples.sidebyside;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the side-by-side page reads from: the lesson's prose (docs/lesson), each lesson's Go
 * program and Java port by marked regions ({@code // region NAME} ... {@code // endregion NAME}),
 * and each lesson's recorded output. All paths are under one repository root, so a test can point
 * it at an edited copy. LessonAlignmentTest reads the regions with the same parser.
 */
public record LessonSources(Path root) {
    private static final Pattern REGION_START = Pattern.compile("^\\s*// region (\\S+)\\s*$");
    private static final Pattern REGION_END = Pattern.compile("^\\s*// endregion (\\S+)\\s*$");

    /** One marked region: its name and its lines, in file order. */
    public record Region(String name, List<String> lines) {}

    Path lessonMarkdown() {
        return root.resolve("docs/lesson/concurrency-patterns.md");
    }

    Path goProgram(String lesson) {
        return root.resolve("channels-examples/src/main/go").resolve(lesson).resolve("main.go");
    }

    /** The Java port of {@code lesson} ("02-worker-pool" is L02WorkerPool.java). */
    Path javaProgram(String lesson) {
        Path dir = root.resolve("channels-examples/src/main/java/dev/channels/examples");
        String prefix = "L" + lesson.substring(0, 2);
        try (Stream<Path> files = Files.list(dir)) {
            String camel = camelCase(lesson.substring(3));
            return files.filter(p -> p.getFileName().toString().equals(prefix + camel + ".java")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Java port " + prefix + camel + ".java for lesson " + lesson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path expectedOutput(String lesson) {
        return root.resolve("channels-examples/src/test/resources/expected").resolve(lesson + ".txt");
    }

    /** The regions of a file, in order; a region opened and not closed is an error. */
    public static List<Region> regions(Path file) {
        List<String> lines = read(file);
        Map<String, List<String>> open = new LinkedHashMap<>();
        List<Region> regions = new ArrayList<>();
        for (String line : lines) {
            Matcher start = REGION_START.matcher(line);
            Matcher end = REGION_END.matcher(line);
            if (start.matches()) {
                open.put(start.group(1), new ArrayList<>());
            } else if (end.matches()) {
                List<String> body = open.remove(end.group(1));
                if (body == null) {
                    throw new IllegalStateException(file + ": endregion " + end.group(1) + " without its region");
                }
                regions.add(new Region(end.group(1), body));
            } else {
                open.values().forEach(body -> body.add(line));
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException(file + ": region " + open.keySet() + " never ends");
        }
        return regions;
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String camelCase(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
