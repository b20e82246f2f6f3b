package dev.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Directional views: misuse is a compile error, as in Go, not a runtime one. */
@Timeout(60)
class DirectionalViewsTest {

    @TempDir
    Path out;

    /** A channel converts implicitly to both views, as a Go channel does. */
    @Test
    void channelConvertsToBothViews() {
        String errors = compile("""
                import dev.channels.*;
                class Use {
                    static void produce(SendChannel<Integer> out) { out.send(1); out.close(); }
                    static int consume(ReceiveChannel<Integer> in) { return in.receive(); }
                    static void both() { Channel<Integer> ch = Channel.make(1); produce(ch); consume(ch); }
                }
                """);
        assertEquals("", errors);
    }

    /** Code given a receive-only channel cannot send or close: the compiler rejects it. */
    @Test
    void receiveOnlyChannelCannotSendOrClose() {
        String errors = compile("""
                import dev.channels.*;
                class Misuse {
                    static void bad(ReceiveChannel<Integer> in) { in.send(1); in.close(); }
                }
                """);
        assertTrue(errors.contains("send(int)") || errors.contains("send"), errors);
        assertTrue(errors.contains("close()"), errors);
    }

    /** Code given a send-only channel cannot receive or range: the compiler rejects it. */
    @Test
    void sendOnlyChannelCannotReceive() {
        String errors = compile("""
                import dev.channels.*;
                class Misuse {
                    static void bad(SendChannel<Integer> out) {
                        out.receive();
                        for (int v : out) { }
                    }
                }
                """);
        assertTrue(errors.contains("receive()"), errors);
        assertTrue(errors.contains("for-each not applicable"), errors);
    }

    /** Compiles {@code source} against the library; returns the error messages, or "". */
    private String compile(String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertFalse(compiler == null, "tests need a JDK, not a JRE");
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Source.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none");
        compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
        StringBuilder errors = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.append(d.getMessage(Locale.ROOT)).append('\n');
            }
        }
        return errors.toString();
    }

}
