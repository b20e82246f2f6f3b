package dev.channels.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/go-to-java.md shows exactly the compiled examples of {@link GoToJavaTest}: every region
 * appears as a Java block, to the character (dedented); every Java block is one of the regions;
 * and the "Differences from Go" table links every ADR in docs/adr.
 */
class GoToJavaPageTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern REGION = Pattern.compile("(?ms)^[ \\t]*// region (\\S+)\\n(.*?)^[ \\t]*// endregion \\1\\n");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");

    @Test
    void thePageShowsEveryCompiledExampleAndNothingElse() throws IOException {
        assertEquals(List.of(), problems(page(), regions()));
    }

    @Test
    void theCheckCatchesAnEditedExample() throws IOException {
        String edited = page().replace("Channel.make(1); // ch := make(chan string, 1)", "Channel.make(2); // ch := make(chan string, 2)");
        assertEquals(List.of("region make is not on the page as compiled", "a Java block on the page is no compiled region:\n"
                        + "Channel<String> ch = Channel.make(2); // ch := make(chan string, 2)\nch.send(\"ping\");                      // ch <- \"ping\"\n"),
                problems(edited, regions()));
    }

    @Test
    void theDifferencesLinkEveryAdr() throws IOException {
        List<String> unlinked = new ArrayList<>();
        try (Stream<Path> adrs = Files.list(ROOT.resolve("docs/adr"))) {
            adrs.map(p -> "(adr/" + p.getFileName() + ")").sorted().filter(link -> !pageOrEmpty().contains(link)).forEach(unlinked::add);
        }
        assertEquals(List.of(), unlinked);
    }

    /** What differs between the page and the compiled regions, one line each. */
    static List<String> problems(String page, Map<String, String> regions) {
        List<String> problems = new ArrayList<>();
        for (var region : regions.entrySet()) {
            if (!page.contains("```java\n" + region.getValue() + "```\n")) {
                problems.add("region " + region.getKey() + " is not on the page as compiled");
            }
        }
        Matcher block = JAVA_BLOCK.matcher(page);
        while (block.find()) {
            if (!regions.containsValue(block.group(1))) {
                problems.add("a Java block on the page is no compiled region:\n" + block.group(1));
            }
        }
        return problems;
    }

    private static String page() throws IOException {
        return Files.readString(ROOT.resolve("docs/go-to-java.md"));
    }

    private static String pageOrEmpty() {
        try {
            return page();
        } catch (IOException e) {
            return "";
        }
    }

    /** GoToJavaTest's regions by name, each dedented by its least indentation. */
    private static Map<String, String> regions() throws IOException {
        String source = Files.readString(ROOT.resolve("channels-examples/src/test/java/dev/channels/examples/GoToJavaTest.java"));
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher m = REGION.matcher(source);
        while (m.find()) {
            String body = m.group(2); // ends with a line break, which stripIndent would count as a line at column 0
            regions.put(m.group(1), body.substring(0, body.length() - 1).stripIndent() + "\n");
        }
        return regions;
    }
}
