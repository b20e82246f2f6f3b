package dev.channels.signal;

/**
 * The operating-system signals a program may ask to be notified of.
 *
 * <p>SIGQUIT and SIGUSR1 are left out: the JVM uses them (thread dumps and its own internals).
 *
 * @go {@code os.Signal} values: {@code os.Interrupt}, {@code syscall.SIGTERM}, ...
 */
public enum Signal {
    /** Interrupt, as sent by Ctrl-C. @go {@code os.Interrupt} ({@code syscall.SIGINT}) */
    SIGINT("INT"),
    /** Termination request, as sent by {@code kill} and by Kubernetes before SIGKILL. @go {@code syscall.SIGTERM} */
    SIGTERM("TERM"),
    /** Hang-up: the terminal closed, or, by convention, "reload configuration". @go {@code syscall.SIGHUP} */
    SIGHUP("HUP"),
    /** User-defined signal 2. @go {@code syscall.SIGUSR2} */
    SIGUSR2("USR2");

    private final String jvmName;

    Signal(String jvmName) {
        this.jvmName = jvmName;
    }

    /** The name the JVM knows the signal by ({@code "TERM"} for SIGTERM). */
    String jvmName() {
        return jvmName;
    }
}
