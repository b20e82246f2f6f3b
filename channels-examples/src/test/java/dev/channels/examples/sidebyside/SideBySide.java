package dev.channels.examples.sidebyside;

import dev.channels.examples.sidebyside.LessonSources.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates docs/lesson-side-by-side.md: the lesson's prose in its order, and in place of each of
 * its Go snippets the lesson programs that reproduce it, each marked region as a two-column table
 * (Go line beside Java line, a blank cell where one side has fewer lines) followed by the
 * program's recorded output. Nothing is pasted: every line comes from {@link LessonSources}.
 *
 * <p>Run {@code main} (or the test with {@code -Dsidebyside.write=true}) to rewrite the page;
 * {@code SideBySideTest} fails when the committed page differs from what this generates.
 */
public final class SideBySide {
    /** Which lesson programs reproduce the lesson's n-th Go snippet (0-based). */
    static final List<List<String>> PROGRAMS_BY_SNIPPET = List.of(
            List.of("01-fan-out"),
            List.of("02-worker-pool", "03-why-not-one-goroutine-per-job"),
            List.of("04-basic-select"),
            List.of("05-timeout"),
            List.of("06-non-blocking-send", "07-non-blocking-receive"),
            List.of("08-select-loop"),
            List.of("09-creating-contexts"),
            List.of("10-passing-context"),
            List.of("11-graceful-shutdown"),
            List.of("12-rate-limit-ticker"),
            List.of("13-token-bucket"),
            List.of("14-putting-it-together"));
    /** Lesson 03 reproduces the prose paragraph after snippet 2, so it follows that paragraph. */
    private static final Map<String, String> AFTER_PARAGRAPH = Map.of(
            "03-why-not-one-goroutine-per-job", "**Why not one goroutine per job?**");

    private SideBySide() {}

    /** Writes the page under the repository root given as the only argument (default: the parent of this module). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        Files.writeString(root.resolve("docs/lesson-side-by-side.md"), markdown(new LessonSources(root)));
    }

    /** A part of the page: the lesson's own text, or one program side by side. */
    sealed interface Block permits Prose, Program {}

    /** Lines of the lesson's Markdown, as written. */
    record Prose(List<String> lines) implements Block {}

    /** One program: its name, its two sources (paths from the root), its regions paired, its output. */
    record Program(String name, String goPath, String javaPath, List<Pair> regions, List<String> output) implements Block {}

    /** A region: the Go lines and the Java lines, in order, without their shared indentation. */
    record Pair(List<String> go, List<String> java) {}

    /** The page's parts, in the lesson's order. */
    static List<Block> blocks(LessonSources sources) {
        List<String> lesson = LessonSources.read(sources.lessonMarkdown());
        List<Block> blocks = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        int snippet = 0;
        List<String> pendingAfterParagraph = new ArrayList<>();
        boolean inGo = false;
        for (String line : lesson) {
            if (!inGo && line.startsWith("```go")) {
                inGo = true;
                for (String program : PROGRAMS_BY_SNIPPET.get(snippet)) {
                    if (AFTER_PARAGRAPH.containsKey(program)) {
                        pendingAfterParagraph.add(program);
                    } else {
                        flush(prose, blocks);
                        blocks.add(program(sources, program));
                    }
                }
                snippet++;
                continue;
            }
            if (inGo) {
                inGo = !line.startsWith("```");
                continue;
            }
            prose.add(line);
            for (String program : List.copyOf(pendingAfterParagraph)) {
                if (line.startsWith(AFTER_PARAGRAPH.get(program))) {
                    prose.add("");
                    flush(prose, blocks);
                    blocks.add(program(sources, program));
                    pendingAfterParagraph.remove(program);
                }
            }
        }
        flush(prose, blocks);
        if (snippet != PROGRAMS_BY_SNIPPET.size() || !pendingAfterParagraph.isEmpty()) {
            throw new IllegalStateException("the lesson has " + snippet + " Go snippets, the page expects "
                    + PROGRAMS_BY_SNIPPET.size() + "; not placed: " + pendingAfterParagraph);
        }
        return blocks;
    }

    private static void flush(List<String> prose, List<Block> blocks) {
        if (!prose.isEmpty()) {
            blocks.add(new Prose(List.copyOf(prose)));
            prose.clear();
        }
    }

    /** The Markdown page. */
    static String markdown(LessonSources sources) {
        List<String> out = new ArrayList<>(List.of(
                "# The lesson, side by side: Go and Java",
                "",
                "Generated by `SideBySide` from the lesson's text (`docs/lesson/concurrency-patterns.md`), the Go",
                "programs (`channels-examples/src/main/go`) and their Java ports (`channels-examples/src/main/java`),",
                "by marked regions; `SideBySideTest` fails when this page is stale. Each Go line sits beside the Java",
                "line that does the same; the output under each program is the one Go printed, which the Java",
                "port reproduces (`LessonOutputTest`). Run them: `./mvnj -q compile exec:java -Dexec.args=NAME`.",
                ""));
        for (Block block : blocks(sources)) {
            switch (block) {
                case Prose prose -> out.addAll(prose.lines());
                case Program program -> out.addAll(markdown(program));
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static List<String> markdown(Program program) {
        List<String> out = new ArrayList<>();
        out.add("**Program `" + program.name() + "`** ([Go](../" + program.goPath() + "), [Java](../" + program.javaPath() + "))");
        out.add("");
        for (Pair pair : program.regions()) {
            out.addAll(table(pair.go(), pair.java()));
            out.add("");
        }
        out.add("Output:");
        out.add("");
        out.add("```text");
        out.addAll(program.output());
        out.add("```");
        out.add("");
        return out;
    }

    /** The page's parts as JSON, for docs/tools/render-side-by-side.mjs, which writes the HTML page. */
    static String json(LessonSources sources) {
        List<String> items = new ArrayList<>();
        for (Block block : blocks(sources)) {
            items.add(switch (block) {
                case Prose prose -> "{\"prose\": " + json(String.join("\n", prose.lines())) + "}";
                case Program p -> "{\"program\": " + json(p.name()) + ", \"go\": " + json(p.goPath())
                        + ", \"java\": " + json(p.javaPath()) + ", \"regions\": ["
                        + String.join(", ", p.regions().stream()
                                .map(pair -> "{\"go\": " + json(pair.go()) + ", \"java\": " + json(pair.java()) + "}").toList())
                        + "], \"output\": " + json(p.output()) + "}";
            });
        }
        return "[\n" + String.join(",\n", items) + "\n]\n";
    }

    private static String json(List<String> lines) {
        return "[" + String.join(", ", lines.stream().map(SideBySide::json).toList()) + "]";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** One program, read from its sources. */
    private static Program program(LessonSources sources, String name) {
        List<Region> go = LessonSources.regions(sources.goProgram(name));
        List<Region> java = LessonSources.regions(sources.javaProgram(name));
        if (go.isEmpty()) {
            throw new IllegalStateException(name + ": main.go marks no region");
        }
        List<Pair> pairs = new ArrayList<>();
        for (Region goRegion : go) {
            Region javaRegion = java.stream().filter(r -> r.name().equals(goRegion.name())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(name + ": region " + goRegion.name() + " is missing from the Java port"));
            pairs.add(new Pair(dedent(goRegion.lines()), dedent(javaRegion.lines())));
        }
        return new Program(name, "channels-examples/src/main/go/" + name + "/main.go",
                sources.root().relativize(sources.javaProgram(name)).toString().replace('\\', '/'),
                pairs, LessonSources.read(sources.expectedOutput(name)));
    }

    /** Tabs as four spaces, and the indentation all lines share removed. */
    private static List<String> dedent(List<String> lines) {
        List<String> expanded = lines.stream().map(l -> l.replace("\t", "    ")).toList();
        int indent = expanded.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return expanded.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    /** An HTML table (which Markdown renders) of the two columns, line beside line. */
    private static List<String> table(List<String> go, List<String> java) {
        List<String> rows = new ArrayList<>();
        rows.add("<table>");
        rows.add("<tr><th>Go</th><th>Java</th></tr>");
        for (int i = 0; i < Math.max(go.size(), java.size()); i++) {
            rows.add("<tr><td>" + cell(go, i) + "</td><td>" + cell(java, i) + "</td></tr>");
        }
        rows.add("</table>");
        return rows;
    }

    private static String cell(List<String> lines, int i) {
        if (i >= lines.size() || lines.get(i).isBlank()) {
            return "";
        }
        String line = lines.get(i);
        int lead = line.length() - line.stripLeading().length();
        String escaped = line.stripLeading().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "&#124;");
        return "<code>" + "&nbsp;".repeat(lead) + escaped + "</code>";
    }
}
