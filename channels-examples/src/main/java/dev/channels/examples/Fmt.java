package dev.channels.examples;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Prints the way Go's {@code fmt} does, so the lesson ports' output matches Go's byte for byte:
 * operands joined by one space, {@code null} as {@code <nil>}, and Go's {@code %v} verb.
 *
 * @go {@code fmt.Println}, {@code fmt.Printf}
 */
public final class Fmt {
    private Fmt() {}

    /**
     * Prints the operands separated by spaces, then a newline.
     *
     * @go {@code fmt.Println(a...)}
     */
    public static void println(Object... operands) {
        System.out.println(Arrays.stream(operands).map(Fmt::format).collect(Collectors.joining(" ")));
    }

    /**
     * Prints according to a Go format: {@code %v}, {@code %s} and {@code %d} are supported.
     *
     * @go {@code fmt.Printf(format, a...)}
     */
    public static void printf(String format, Object... args) {
        Object[] formatted = Arrays.stream(args).map(a -> a instanceof Number ? a : format(a)).toArray();
        System.out.print(String.format(format.replace("%v", "%s"), formatted));
    }

    /** One operand as Go prints it: a list as {@code [a b c]}, null as {@code <nil>}. */
    static String format(Object operand) {
        if (operand instanceof java.util.List<?> list) {
            return list.stream().map(Fmt::format).collect(Collectors.joining(" ", "[", "]"));
        }
        return operand == null ? "<nil>" : operand.toString();
    }
}
