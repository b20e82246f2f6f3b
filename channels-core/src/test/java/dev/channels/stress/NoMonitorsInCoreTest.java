package dev.channels.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * channels-core uses no monitors: no {@code synchronized} method and no {@code monitorenter} in
 * any of its class files. On JDK 21 a virtual thread that blocks while holding a monitor pins its
 * carrier; JDK 24 lifted that (JEP 491), so the JFR check in {@link PinningTest}, run on a newer
 * JDK, would no longer see it. This check reads the bytecode and holds on every JDK.
 */
class NoMonitorsInCoreTest {

    @Test
    void channelsCoreHasNoSynchronizedCode() throws IOException {
        List<String> monitors = new ArrayList<>();
        for (Path classFile : CoreClasses.files()) {
            try (InputStream in = Files.newInputStream(classFile)) {
                monitors.addAll(monitorsIn(in.readAllBytes()));
            }
        }
        assertEquals(List.of(), monitors);
    }

    @Test
    void theScanFindsMonitors() throws IOException {
        try (InputStream in = UsesMonitors.class.getResourceAsStream("NoMonitorsInCoreTest$UsesMonitors.class")) {
            assertEquals(List.of("synchronized method NoMonitorsInCoreTest$UsesMonitors.method", "synchronized block in NoMonitorsInCoreTest$UsesMonitors.block"),
                    monitorsIn(in.readAllBytes()).stream().map(s -> s.replace("dev/channels/stress/", "")).toList());
        }
    }

    /** Deliberately uses both kinds of monitor. */
    @SuppressWarnings("unused")
    private static final class UsesMonitors {
        synchronized void method() {}

        void block() {
            synchronized (this) {
                method();
            }
        }
    }

    private static List<String> monitorsIn(byte[] classFile) {
        List<String> found = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            private String className;

            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                className = name;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                    found.add("synchronized method " + className + "." + name);
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInsn(int opcode) {
                        if (opcode == Opcodes.MONITORENTER) {
                            found.add("synchronized block in " + className + "." + name);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG);
        return found;
    }
}
