package dev.channels.examples.sidebyside;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * docs/lesson-side-by-side.html is what the sources generate: {@link SideBySide} writes the page's
 * model, docs/tools/render-side-by-side.mjs (Node: markdown-it and highlight.js, pinned by
 * docs/tools/package-lock.json and installed with {@code npm ci} on first use) renders it. The page
 * is self-contained: no script, no stylesheet or image fetched, every program's table present.
 */
@Timeout(300)
class SideBySideHtmlTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path PAGE = ROOT.resolve("docs/lesson-side-by-side.html");
    private static final Path TOOLS = ROOT.resolve("docs/tools");

    @Test
    void theCommittedHtmlPageIsWhatTheSourcesGenerate() throws Exception {
        SideBySideTest.assertCommittedPageIs(render(new LessonSources(ROOT)), PAGE);
    }

    @Test
    void thePageIsSelfContainedAndShowsEveryProgram() throws Exception {
        String page = render(new LessonSources(ROOT));
        for (String fetch : List.of("<script", "<link", "src=", "@import", "url(")) {
            assertFalse(page.contains(fetch), "the page must fetch nothing, but contains " + fetch);
        }
        for (String program : SideBySide.PROGRAMS_BY_SNIPPET.stream().flatMap(List::stream).toList()) {
            assertTrue(page.contains("<section class=\"program\" id=\"program-" + program + "\">"), program);
            assertTrue(page.contains("<a href=\"#program-" + program + "\">"), program + " in the table of contents");
        }
        assertTrue(page.contains("<span class=\"hljs-keyword\">func</span>"), "Go highlighted at generation time");
        assertTrue(page.contains("<meta name=\"viewport\""), "readable at phone width");
    }

    /** Writes the model and renders it to channels-examples/target/lesson-side-by-side.html; returns the page. */
    static String render(LessonSources sources) throws IOException, InterruptedException {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        Path model = target.resolve("lesson-side-by-side.json");
        Path html = target.resolve("lesson-side-by-side.html");
        Files.writeString(model, SideBySide.json(sources));
        if (!Files.isDirectory(TOOLS.resolve("node_modules"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), TOOLS);
        }
        run(List.of("node", TOOLS.resolve("render-side-by-side.mjs").toString(), model.toString(), html.toString()), TOOLS);
        return Files.readString(html);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " is needed to render the HTML page (Debian: apt-get install nodejs npm)", e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(240, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + new String(output, StandardCharsets.UTF_8));
        }
    }
}
