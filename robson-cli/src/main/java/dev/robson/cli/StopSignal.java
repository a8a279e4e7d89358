package dev.robson.cli;

/**
 * Ctrl-C for {@code --watch}: while a watch runs, the interrupt key stops it the way any
 * other end of the loop does, so the terminal is restored and the exit status is 0 — not
 * the JVM's 130 after a killed shutdown.
 */
interface StopSignal {

    /** Runs {@code stop} on the next Ctrl-C until the returned handle is closed. */
    Registration onInterrupt(Runnable stop);

    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** SIGINT through {@code sun.misc.Signal} (jdk.unsupported, there in every JDK since 9). */
    static StopSignal sigint() {
        return stop -> {
            try {
                sun.misc.Signal interrupt = new sun.misc.Signal("INT");
                sun.misc.SignalHandler previous = sun.misc.Signal.handle(interrupt, signal -> stop.run());
                return () -> sun.misc.Signal.handle(interrupt, previous);
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError unavailable) {
                // No signal handling here (e.g. run with -Xrs): Ctrl-C then ends the JVM as usual.
                return () -> {};
            }
        };
    }
}
