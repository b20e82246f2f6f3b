package dev.channels.junit;

import dev.channels.runtime.GoroutineDump;
import dev.channels.runtime.GoroutineGroups;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link CheckGoroutineLeaks}: runs each test method in its own goroutine
 * group, then, after the test, waits up to the grace period for the group's goroutines to finish
 * and fails the test naming those that did not.
 *
 * @go {@code goleak.VerifyNone(t)}
 */
public final class GoroutineLeakExtension implements InvocationInterceptor, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GoroutineLeakExtension.class);
    private static final String GROUP = "group";

    /** Creates the extension; JUnit does this for {@link CheckGoroutineLeaks}. */
    public GoroutineLeakExtension() {}

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        runInGroup(invocation, extensionContext);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        runInGroup(invocation, extensionContext);
    }

    private static void runInGroup(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        Object group = new Object();
        context.getStore(NAMESPACE).put(GROUP, group);
        Throwable[] thrown = new Throwable[1];
        GoroutineGroups.run(group, () -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Object group = context.getStore(NAMESPACE).remove(GROUP);
        if (group == null) {
            return;
        }
        long graceNanos = Duration.ofMillis(graceMillis(context)).toNanos();
        long deadline = System.nanoTime() + graceNanos;
        Set<Thread> left = GoroutineGroups.live(group);
        while (!left.isEmpty() && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos()); // goroutines finishing: poll, as goleak retries
            left = GoroutineGroups.live(group);
        }
        if (!left.isEmpty()) {
            throw new AssertionError("found unexpected goroutines:\n\n" + GoroutineDump.of(left));
        }
    }

    private static long graceMillis(ExtensionContext context) {
        return context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, CheckGoroutineLeaks.class))
                .or(() -> context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, CheckGoroutineLeaks.class)))
                .map(CheckGoroutineLeaks::graceMillis)
                .orElse(1_000L);
    }
}
