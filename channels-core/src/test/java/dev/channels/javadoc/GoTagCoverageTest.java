package dev.channels.javadoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every public type, constructor and method of channels-core's exported packages names its Go
 * equivalent with a {@code @go} tag, which the Javadoc build renders as "Go equivalent:". Runs
 * the JDK's javadoc tool in-process with {@link GoTagDoclet}.
 */
@Timeout(120)
class GoTagCoverageTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyPublicTypeAndMethodHasAGoTag() throws IOException {
        assertEquals(List.of(), missingGoTags(exportedPackageSources()));
    }

    @Test
    void theCheckFindsAMethodWithoutOne() throws IOException {
        Path sample = Path.of("src/test/resources/javadoc-sample/sample/Sample.java");
        assertEquals(List.of("sample.Sample#withoutGoTag()", "sample.Sample.Inner"), missingGoTags(List.of(sample)));
    }

    /** The source files of the packages module-info exports. */
    private static List<Path> exportedPackageSources() throws IOException {
        List<String> exported = Files.readAllLines(SOURCES.resolve("module-info.java")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("exports "))
                .map(line -> line.substring("exports ".length()).replace(";", "").strip())
                .toList();
        assertTrue(exported.size() >= 8, "module-info exports " + exported);
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java"))
                    .filter(p -> exported.contains(SOURCES.relativize(p.getParent()).toString().replace(File.separatorChar, '.')))
                    .toList();
        }
    }

    private static List<String> missingGoTags(List<Path> files) throws IOException {
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager fileManager = javadoc.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            List<String> options = List.of("-quiet",
                    "-classpath", System.getProperty("java.class.path"));
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            boolean ok = javadoc.getTask(messages, fileManager, diagnostics, GoTagDoclet.class, options, units).call();
            assertTrue(ok, "javadoc failed:\n" + messages + diagnostics.getDiagnostics());
        }
        return List.copyOf(GoTagDoclet.MISSING);
    }
}
