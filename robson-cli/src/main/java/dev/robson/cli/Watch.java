package dev.robson.cli;

import dev.robson.cli.api.ApiFailure;
import dev.robson.cli.api.HttpTransport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * {@code --watch}: draws a frame every interval until Ctrl-C. On a terminal the frame is
 * redrawn in place with the cursor hidden, and the cursor comes back however the loop ends.
 * A transient failure (server down, 5xx, rate limit) shows under the last good frame and the
 * watch goes on; a failure the user must fix (login, unknown symbol) ends it.
 */
final class Watch {

    static final String HIDE_CURSOR = "\u001B[?25l";
    static final String SHOW_CURSOR = "\u001B[?25h";
    static final String CLEAR_SCREEN = "\u001B[2J";
    static final String HOME = "\u001B[H";
    static final String CLEAR_TO_LINE_END = "\u001B[K";
    static final String CLEAR_BELOW = "\u001B[J";

    private final PrintWriter out;
    private final CliEnvironment environment;
    private final Duration interval;
    private final PushFollow push;

    Watch(PrintWriter out, CliEnvironment environment, Duration interval) {
        this(out, environment, interval, null);
    }

    /** @param push the push stream to redraw on, or null to poll only */
    Watch(PrintWriter out, CliEnvironment environment, Duration interval, PushFollow push) {
        this.out = out;
        this.environment = environment;
        this.interval = interval;
        this.push = push;
    }

    /** @return {@link ExitCodes#OK} once stopped; a fatal failure propagates after the terminal is restored */
    int run(Supplier<List<String>> frames) {
        Terminal terminal = environment.terminal();
        Style style = terminal.style();
        Glyphs glyphs = terminal.glyphs();
        Thread watcher = Thread.currentThread();
        AtomicBoolean stopped = new AtomicBoolean();
        Thread restoreOnExit = new Thread(() -> {
            System.out.print(SHOW_CURSOR);
            System.out.flush();
        });
        try (StopSignal.Registration ignored = environment.stopSignal().onInterrupt(() -> {
            stopped.set(true);
            watcher.interrupt();
        })) {
            if (terminal.interactive()) {
                // Also when the JVM is ended some other way (SIGTERM, a closed terminal).
                Runtime.getRuntime().addShutdownHook(restoreOnExit);
                out.print(HIDE_CURSOR + CLEAR_SCREEN);
            }
            List<String> lastGood = List.of();
            while (!stopped.get() && !Thread.currentThread().isInterrupted()) {
                Duration wait = interval;
                String problem = null;
                try {
                    lastGood = frames.get();
                } catch (HttpTransport.Cancelled cancelled) {
                    break;
                } catch (ApiFailure failure) {
                    if (!failure.kind().retryable()) {
                        throw failure;
                    }
                    problem = Failures.describe(failure);
                    long retryAfter = failure.retryAfterSeconds().orElse(0);
                    if (retryAfter > wait.toSeconds()) {
                        wait = Duration.ofSeconds(retryAfter);
                    }
                }
                String status = (push != null && push.live() ? "Live" : "Every " + spoken(interval)) + " "
                        + glyphs.dot() + " " + Times.clock(environment.clock().instant(), environment.zone()) + " "
                        + glyphs.dot() + " Ctrl-C to stop";
                draw(
                        lastGood,
                        style.dim(status),
                        problem == null
                                ? null
                                : style.red(glyphs.warning() + " " + problem + " " + glyphs.dot() + " retrying in "
                                        + spoken(wait)));
                if (!(push == null || problem != null ? pause(wait) : push.await(wait))) {
                    break;
                }
            }
        } finally {
            if (terminal.interactive()) {
                out.print(SHOW_CURSOR);
                removeHook(restoreOnExit);
            }
            out.flush();
            // Leave no interrupt behind for whatever runs next on this thread.
            Thread.interrupted();
        }
        return ExitCodes.OK;
    }

    private void draw(List<String> frame, String status, String problem) {
        if (!environment.terminal().interactive()) {
            frame.forEach(out::println);
            if (problem != null) {
                out.println(problem);
            }
            out.flush();
            return;
        }
        StringBuilder screen = new StringBuilder(HOME);
        for (String line : frame) {
            screen.append(line).append(CLEAR_TO_LINE_END).append('\n');
        }
        screen.append(status).append(CLEAR_TO_LINE_END).append('\n');
        if (problem != null) {
            screen.append(problem).append(CLEAR_TO_LINE_END).append('\n');
        }
        screen.append(CLEAR_BELOW);
        out.print(screen);
        out.flush();
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            return false;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyExiting) {
            // The hook is running or will: nothing to undo.
        }
    }

    static String spoken(Duration interval) {
        long millis = interval.toMillis();
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
