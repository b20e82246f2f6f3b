package dev.channels.badinput;

import java.util.function.Supplier;

/**
 * One row of the bad-input table: a public entry point, a bad input, and what must happen.
 *
 * <p>Either the call is rejected ({@code exception} and {@code message} name the exact exception)
 * and {@code leftAsItWas} then checks that the rejected call changed nothing; or the input is one
 * Go defines a meaning for ({@code exception} is null) and {@code message} states that meaning,
 * which {@code leftAsItWas} checks.
 *
 * @param entry      the entry point, in Java
 * @param input      the bad input
 * @param exception  the exception's class, or null where Go gives the input a meaning
 * @param message    the exact message, or the meaning
 * @param unchanged  what a rejected call leaves as it was (shown in the table)
 * @param attempt    makes fresh state and returns the call plus its after-check
 */
record BadInput(String entry, String input, Class<? extends Throwable> exception, String message, String unchanged,
        Supplier<Attempt> attempt) {

    /** The call, and the check run after it (on the state the call was given). */
    record Attempt(ThrowingRunnable call, ThrowingRunnable leftAsItWas) {}

    /** A step that may throw anything. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Throwable;
    }

    static BadInput rejects(String entry, String input, Class<? extends Throwable> exception, String message, String unchanged,
            Supplier<Attempt> attempt) {
        return new BadInput(entry, input, exception, message, unchanged, attempt);
    }

    static BadInput means(String entry, String input, String meaning, Supplier<Attempt> attempt) {
        return new BadInput(entry, input, null, meaning, "", attempt);
    }

    static Attempt attempt(ThrowingRunnable call, ThrowingRunnable leftAsItWas) {
        return new Attempt(call, leftAsItWas);
    }

    static Attempt attempt(ThrowingRunnable call) {
        return new Attempt(call, () -> { });
    }

    /** The row as it appears in docs/reliability.md. */
    String markdown() {
        String result = exception == null ? message : "`" + exception.getSimpleName() + "`: \"" + message + "\"";
        return "| `" + entry + "` | " + input + " | " + result + " | " + unchanged + " |";
    }
}
