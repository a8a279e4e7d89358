package dev.robson.cli;

import dev.robson.cli.api.PushStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A watch's push stream: while it is live the watch redraws when data arrives instead of
 * polling; when it is not (an older server, push unavailable, the stream lost) the watch polls,
 * and the stream is tried again every {@link #RETRY_EVERY}.
 */
final class PushFollow implements AutoCloseable {

    static final Duration RETRY_EVERY = Duration.ofSeconds(15);
    /** How long a watch waits for the stream's first frame before it asks the REST endpoint. */
    static final Duration FIRST_FRAME = Duration.ofSeconds(2);

    private static final Duration FIRST_FRAME_POLL = Duration.ofMillis(50);

    private final Supplier<Optional<PushStream>> connect;
    private PushStream stream;
    private long triedAt;

    PushFollow(Supplier<Optional<PushStream>> connect) {
        this.connect = connect;
        this.stream = connect.get().orElse(null);
        this.triedAt = System.nanoTime();
    }

    /** The stream while it is live. */
    Optional<PushStream> stream() {
        PushStream current = stream;
        return current != null && current.live() ? Optional.of(current) : Optional.empty();
    }

    /**
     * What the stream has of something ({@code read}), waiting up to {@code wait} for its first
     * frame; empty when the stream is not live or sent none by then (the caller then polls).
     */
    <T> Optional<T> latest(Function<PushStream, Optional<T>> read, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<PushStream> current = stream();
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Optional<T> value = read.apply(current.get());
            long left = deadline - System.nanoTime();
            if (value.isPresent() || left <= 0) {
                return value;
            }
            try {
                current.get().next(Duration.ofNanos(Math.min(left, FIRST_FRAME_POLL.toNanos())));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    boolean live() {
        return stream().isPresent();
    }

    /**
     * Waits up to {@code wait} for new data (live) or the whole of it (polling).
     *
     * @return false when interrupted (Ctrl-C)
     */
    boolean await(Duration wait) {
        try {
            Optional<PushStream> current = stream();
            if (current.isPresent()) {
                current.get().next(wait);
                return true;
            }
            if (System.nanoTime() - triedAt >= RETRY_EVERY.toNanos()) {
                triedAt = System.nanoTime();
                if (stream != null) {
                    stream.close();
                }
                stream = connect.get().orElse(null);
                if (live()) {
                    return true;
                }
            }
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            return false;
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
