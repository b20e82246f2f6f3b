package dev.channels.exercises;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The {@code exercises} command: {@code list}; {@code start NAME [--variant K | --shuffle]} copies
 * the stub into the workspace; {@code check NAME} compiles the learner's file and prints each
 * requirement as passed or failed, with a hint for each failure; {@code solution NAME} prints the
 * reference; {@code run NAME} runs the learner's code in front of them, where the variant has a
 * demo. Exit status: 0 when all passed (or the command succeeded), 1 when a requirement failed,
 * 2 for a wrong name or usage.
 */
public final class Cli {
    private final Path workspace;
    private final PrintStream out;
    private final PrintStream err;

    Cli(Path workspace, PrintStream out, PrintStream err) {
        this.workspace = workspace;
        this.out = out;
        this.err = err;
    }

    /** {@code --workspace DIR} first (the script passes it), then the command. */
    public static void main(String[] args) throws Exception {
        Path workspace = Path.of("exercises-workspace");
        int first = 0;
        if (args.length >= 2 && args[0].equals("--workspace")) {
            workspace = Path.of(args[1]);
            first = 2;
        }
        // Unbuffered, so that a progress bar's frames (which end in no newline) show as they are drawn.
        PrintStream terminal = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.exit(new Cli(workspace, terminal, System.err).run(List.of(args).subList(first, args.length)));
    }

    int run(List<String> args) throws Exception {
        if (args.isEmpty()) {
            return usage();
        }
        String command = args.get(0);
        if (command.equals("list") && args.size() == 1) {
            for (Exercise e : Catalog.all()) {
                int n = e.variants().size();
                out.printf("%-20s %-9s %s%s%n", e.name(), e.kind(), e.summary(), n > 1 ? " (" + n + " variants)" : "");
            }
            return 0;
        }
        if (args.size() < 2 || !List.of("start", "check", "solution", "run").contains(command)) {
            return usage();
        }
        var exercise = Catalog.named(args.get(1));
        if (exercise.isEmpty()) {
            err.println("no exercise named \"" + args.get(1) + "\"; `exercises list` shows them");
            return 2;
        }
        return switch (command) {
            case "start" -> start(exercise.get(), args.subList(2, args.size()));
            case "check" -> check(exercise.get());
            case "run" -> run(exercise.get());
            default -> solution(exercise.get());
        };
    }

    private int usage() {
        err.println("usage: exercises list | start NAME [--variant K | --shuffle] | check NAME | run NAME | solution NAME");
        return 2;
    }

    private Path workspaceFile(Exercise e) {
        return workspace.resolve(e.name()).resolve(e.className() + ".java");
    }

    private int start(Exercise e, List<String> options) throws IOException {
        int variant = 1;
        if (options.equals(List.of("--shuffle"))) {
            variant = 1 + new Random().nextInt(e.variants().size());
        } else if (options.size() == 2 && options.get(0).equals("--variant")) {
            try {
                variant = Integer.parseInt(options.get(1));
            } catch (NumberFormatException notANumber) {
                variant = 0;
            }
            int n = e.variants().size();
            if (variant < 1 || variant > n) {
                err.println(e.name() + " has " + n + " variant" + (n > 1 ? "s (1.." + n + ")" : " (1)") + "; no variant " + options.get(1));
                return 2;
            }
        } else if (!options.isEmpty()) {
            return usage();
        }
        Path file = workspaceFile(e);
        if (Files.exists(file)) {
            err.println(file + " exists already; edit it and run `exercises check " + e.name() + "`, or delete it to start over");
            return 2;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, resource(e.resource(variant, false)));
        Files.writeString(file.resolveSibling("variant"), variant + "\n");
        out.println(e.name() + (e.variants().size() > 1 ? " (variant " + variant + ")" : "") + ": " + e.variant(variant).task());
        out.println("Edit " + file + ", then run `exercises check " + e.name() + "`.");
        return 0;
    }

    /** The learner's file for {@code e}, or null (after saying what to do) when `start` has not made it. */
    private Path startedFile(Exercise e) {
        Path file = workspaceFile(e);
        if (!Files.exists(file)) {
            err.println("no workspace for " + e.name() + " (" + file + "): run `exercises start " + e.name() + "` first");
            return null;
        }
        return file;
    }

    private int check(Exercise e) throws Exception {
        Path file = startedFile(e);
        if (file == null) {
            return 2;
        }
        int variant = startedVariant(e);
        if (e.variants().size() > 1) {
            out.println(e.name() + ", variant " + variant + ": " + e.variant(variant).task());
        }
        return report(e.variant(variant), e.className(), file);
    }

    /** The variant `start` copied, as its `variant` file records; 1 when there is none. */
    private int startedVariant(Exercise e) throws IOException {
        Path variantFile = workspace.resolve(e.name()).resolve("variant");
        if (!Files.exists(variantFile)) {
            return 1;
        }
        try {
            int k = Integer.parseInt(Files.readString(variantFile).strip());
            return k >= 1 && k <= e.variants().size() ? k : 1;
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private int run(Exercise e) throws Exception {
        Path file = startedFile(e);
        if (file == null) {
            return 2;
        }
        int variant = startedVariant(e);
        if (e.variant(variant).demo() == null) {
            err.println(e.name() + " has nothing to watch; `exercises check " + e.name() + "` tests it");
            return 2;
        }
        return demo(e.variant(variant), e.className(), file);
    }

    private <A> int demo(Variant<A> v, String className, Path file) throws Exception {
        A implementation = compiled(v, className, file);
        if (implementation == null) {
            return 1;
        }
        v.demo().run(implementation, out);
        return 0;
    }

    /** The learner's class compiled and made, or null after printing why it does not compile. */
    private <A> A compiled(Variant<A> v, String className, Path file) throws Exception {
        try {
            return SourceLoader.load(file, className, v.api());
        } catch (SourceLoader.CompileError compileError) {
            out.println("✗ " + file.getFileName() + " does not compile:");
            out.println(compileError.getMessage().indent(2).stripTrailing());
            return null;
        }
    }

    private <A> int report(Variant<A> v, String className, Path file) throws Exception {
        A implementation = compiled(v, className, file);
        if (implementation == null) {
            return 1;
        }
        int failed = 0;
        for (Checker.Result r : Checker.check(v, implementation)) {
            if (r.passed()) {
                out.println("✓ " + r.description());
            } else {
                failed++;
                out.println("✗ " + r.description());
                out.println("    " + r.failure());
                out.println("    hint: " + r.hint());
            }
        }
        out.println(failed == 0 ? "All " + v.requirements().size() + " requirements pass." : failed + " of " + v.requirements().size() + " requirements fail.");
        return failed == 0 ? 0 : 1;
    }

    private int solution(Exercise e) throws IOException {
        out.print(resource(e.resource(startedVariant(e), true)));
        return 0;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Cli.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
