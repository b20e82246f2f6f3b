package dev.channels.exercises;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one learner's source file against channels on the class path and returns an instance
 * of its class, as the exercise's API. Compilation errors come back as a message, not a stack.
 */
final class SourceLoader {
    private SourceLoader() {}

    /** A compilation that failed: the compiler's messages. */
    static final class CompileError extends Exception {
        private static final long serialVersionUID = 1L;

        CompileError(String message) {
            super(message);
        }
    }

    static <A> A load(Path source, String className, Class<A> api) throws IOException, CompileError, ReflectiveOperationException {
        Path classes = Files.createTempDirectory("exercise-" + className);
        classes.toFile().deleteOnExit(); // first, so that it goes after the classes in it
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "--release", "21", "-proc:none");
            StringWriter out = new StringWriter();
            boolean ok = compiler.getTask(out, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
            if (!ok) {
                StringBuilder message = new StringBuilder();
                diagnostics.getDiagnostics().forEach(d -> message.append(source.getFileName()).append(':')
                        .append(d.getLineNumber()).append(": ").append(d.getMessage(null)).append('\n'));
                throw new CompileError(message.toString().strip());
            }
        }
        deleteOnExit(classes);
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SourceLoader.class.getClassLoader());
        Class<?> type = loader.loadClass(className);
        return api.cast(type.getDeclaredConstructor().newInstance());
    }

    /**
     * The compiled classes stay until the JVM exits (a class loader may read them any time before),
     * then go, the files before their folders.
     */
    private static void deleteOnExit(Path classes) throws IOException {
        try (Stream<Path> all = Files.walk(classes)) {
            all.forEach(p -> p.toFile().deleteOnExit());
        }
    }
}
