package dev.channels.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** channels-core is a JPMS module that exports its API, hides its internals, and needs only SLF4J. */
class CoreModuleTest {

    /** The module dev.channels exports the API packages only; its one library dependency is org.slf4j. */
    @Test
    void coreModuleDescriptor() {
        Path coreClasses = Path.of("..", "channels-core", "target", "classes");
        ModuleDescriptor descriptor = ModuleFinder.of(coreClasses).find("dev.channels").orElseThrow().descriptor();
        Set<String> exports = new TreeSet<>();
        descriptor.exports().forEach(e -> exports.add(e.source()));
        assertEquals(Set.of("dev.channels", "dev.channels.context", "dev.channels.rate", "dev.channels.runtime", "dev.channels.signal", "dev.channels.sync", "dev.channels.testing", "dev.channels.time"), exports);
        Set<String> requires = new TreeSet<>();
        descriptor.requires().forEach(r -> requires.add(r.name()));
        assertEquals(Set.of("java.base", "org.slf4j", "jdk.unsupported", "jdk.jfr"), requires, "jdk.unsupported and jdk.jfr are JDK modules, not dependencies");
    }
}
