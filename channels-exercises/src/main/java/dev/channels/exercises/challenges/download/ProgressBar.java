package dev.channels.exercises.challenges.download;

/**
 * How the download challenges draw their progress bar: each frame starts with a carriage return,
 * so that a terminal draws it over the one before.
 */
public final class ProgressBar {
    /** The bar's width in characters. */
    public static final int WIDTH = 20;

    private ProgressBar() {}

    /** The frame for {@code done} of {@code total}: {@code "\r[#####               ] 5/20"}. */
    public static String frame(int done, int total) {
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        return "\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }
}
