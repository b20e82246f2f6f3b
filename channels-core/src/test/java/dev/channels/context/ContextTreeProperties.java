package dev.channels.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.channels.testing.SyncTest;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Properties of random context trees: cancelling any node marks exactly its subtree done, with the
 * right err and cause; every node's deadline is the minimum of the deadlines along its path.
 */
@Timeout(120)
class ContextTreeProperties {

    /** A node of a generated tree: its parent's index (-1 for the root) and its kind. */
    private record Shape(int parent, int kind, int deadlineSeconds) {}

    /** Decodes a list of random ints into a tree: node i's parent is some node before it. */
    private static List<Shape> shapes(List<Integer> encoded) {
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < encoded.size(); i++) {
            int e = encoded.get(i);
            int parent = i == 0 ? -1 : Math.floorMod(e, i);
            shapes.add(new Shape(parent, Math.floorMod(e / 7, 4), 1 + Math.floorMod(e / 31, 100)));
        }
        return shapes;
    }

    /** Builds the tree: kinds 0 = withCancel, 1 = withTimeout, 2 = withValue, 3 = withCancelCause. */
    private static List<Context> build(List<Shape> shapes) {
        List<Context> nodes = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            Context parent = s.parent() < 0 ? Context.background() : nodes.get(s.parent());
            nodes.add(switch (s.kind()) {
                case 0 -> Context.withCancel(parent);
                case 1 -> Context.withTimeout(parent, Duration.ofSeconds(s.deadlineSeconds()));
                case 2 -> Context.withValue(parent, "node", i);
                default -> Context.withCancelCause(parent);
            });
        }
        return nodes;
    }

    private static boolean inSubtree(List<Shape> shapes, int node, int root) {
        for (int n = node; n >= 0; n = shapes.get(n).parent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    /** Cancelling any cancellable node marks exactly its subtree done, with Canceled and the cause. */
    @Test
    void cancellingANodeCancelsExactlyItsSubtree() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40), integers().between(0, 1_000_000))
                .checkAssert((encoded, pick) -> SyncTest.run(() -> {
                    List<Shape> shapes = shapes(encoded);
                    List<Context> nodes = build(shapes);
                    int target = Math.floorMod(pick, nodes.size());
                    // A value node has no cancel of its own: cancel its nearest cancellable ancestor.
                    while (!(nodes.get(target) instanceof CancelContext)) {
                        target = shapes.get(target).parent();
                        if (target < 0) {
                            return; // nothing cancellable above: nothing to check
                        }
                    }
                    var cause = new RuntimeException("cause " + target);
                    ((CancelContext) nodes.get(target)).cancel(cause);
                    for (int i = 0; i < nodes.size(); i++) {
                        Context node = nodes.get(i);
                        if (inSubtree(shapes, i, target)) {
                            assertSame(Context.CANCELED, node.err(), "node " + i + " under " + target);
                            assertSame(cause, Context.cause(node), "cause of node " + i);
                            assertEquals(true, node.done().tryReceive().isPresent());
                        } else {
                            assertNull(node.err(), "node " + i + " outside the subtree of " + target);
                            assertEquals(false, node.done().tryReceive().isPresent());
                        }
                    }
                }));
    }

    /** Every node's deadline is the minimum of the deadlines set along its path from the root. */
    @Test
    void deadlinesAreTheMinimumAlongThePath() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40))
                .checkAssert(encoded -> {
                    SyncTest.run(() -> {
                        Instant start = Time.now();
                        List<Shape> shapes = shapes(encoded);
                        List<Context> nodes = build(shapes);
                        for (int i = 0; i < nodes.size(); i++) {
                            Optional<Instant> expected = Optional.empty();
                            for (int n = i; n >= 0; n = shapes.get(n).parent()) {
                                if (shapes.get(n).kind() == 1) {
                                    Instant d = start.plusSeconds(shapes.get(n).deadlineSeconds());
                                    if (expected.isEmpty() || d.isBefore(expected.get())) {
                                        expected = Optional.of(d);
                                    }
                                }
                            }
                            assertEquals(expected, nodes.get(i).deadline(), "node " + i);
                        }
                    });
                });
    }
}
