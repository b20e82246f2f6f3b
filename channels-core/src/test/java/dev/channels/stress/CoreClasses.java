package dev.channels.stress;

import dev.channels.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The class files of channels-core's main code (not its tests), found where {@link Channel} was loaded from. */
final class CoreClasses {
    private CoreClasses() {}

    /** The directory holding channels-core's compiled main classes. */
    static Path root() {
        try {
            Path root = Path.of(Channel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException("channels-core was loaded from " + root + ", not from its classes directory");
            }
            return root;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class file under {@link #root()}. */
    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Binary names ({@code dev.channels.internal.ChannelCore$1}) of every class in channels-core. */
    static List<String> names() {
        Path root = root();
        return files().stream()
                .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                .toList();
    }
}
