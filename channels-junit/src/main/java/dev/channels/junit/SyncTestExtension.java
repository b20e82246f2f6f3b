package dev.channels.junit;

import dev.channels.testing.SyncTest;
import java.lang.reflect.Method;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link InBubble}: runs the test method's body as the root goroutine of a
 * {@link SyncTest} bubble.
 *
 * @go {@code synctest.Test}
 */
public final class SyncTestExtension implements InvocationInterceptor {

    /** Creates the extension; JUnit does this for {@link InBubble}. */
    public SyncTestExtension() {}

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inBubble(invocation, extensionContext);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        inBubble(invocation, extensionContext);
    }

    private static void inBubble(Invocation<Void> invocation, ExtensionContext context) {
        InBubble settings = context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, InBubble.class))
                .or(() -> context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, InBubble.class)))
                .orElseThrow(() -> new IllegalStateException("SyncTestExtension needs @InBubble"));
        SyncTest.run(settings.seed(), Duration.ofSeconds(settings.maxAdvanceSeconds()), () -> {
            try {
                invocation.proceed();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        });
    }
}
