package dev.robson.server.market;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Reads of a price that run on another thread, awaited by the one that needs the answer. */
public final class QuoteReads {

    private QuoteReads() {}

    /**
     * The read's answer, or its own failure thrown as it was thrown (a 503 problem stays one),
     * not wrapped in the future's {@link CompletionException}.
     */
    public static <T> T await(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
