package dev.channels.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every exercise's requirements pass on its reference solution and fail on its stub (at least
 * one), for every variant: the tests can tell the two apart, through the same compile-and-check
 * path the command uses.
 */
@Timeout(120)
class CatalogTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> solutionsPassAndStubsFail() {
        return Catalog.all().stream().flatMap(e -> Stream.iterate(1, k -> k <= e.variants().size(), k -> k + 1)
                .map(k -> DynamicTest.dynamicTest(e.name() + (e.variants().size() > 1 ? " variant " + k : ""),
                        () -> check(e, k, e.variant(k)))));
    }

    private <A> void check(Exercise e, int k, Variant<A> variant) throws Exception {
        List<Checker.Result> solution = results(e, k, variant, true);
        assertEquals(List.of(), solution.stream().filter(r -> !r.passed()).map(r -> r.description() + ": " + r.failure()).toList(),
                "the reference solution must pass every requirement");
        List<Checker.Result> stub = results(e, k, variant, false);
        assertTrue(stub.stream().anyMatch(r -> !r.passed()), "the stub must fail at least one requirement");
        assertFalse(variant.requirements().isEmpty());
    }

    private <A> List<Checker.Result> results(Exercise e, int k, Variant<A> variant, boolean solution) throws Exception {
        Path source = dir.resolve(e.name() + "-" + k + (solution ? "-solution" : "-stub")).resolve(e.className() + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, Cli.resource(e.resource(k, solution)));
        return Checker.check(variant, SourceLoader.load(source, e.className(), variant.api()));
    }
}
