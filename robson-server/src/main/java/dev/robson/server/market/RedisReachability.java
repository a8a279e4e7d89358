package dev.robson.server.market;

import org.slf4j.Logger;

/**
 * Whether a shared piece on Redis (quote tier, price demand, connection counts) reaches it, told
 * in its log once on each change: while Redis is away every command fails, and a line per
 * failure would fill the log with one fact.
 */
public final class RedisReachability {

    private final Logger log;
    private final String piece;
    private final String meanwhile;
    private volatile boolean failing;

    /**
     * @param piece     what is on Redis, as the log names it
     * @param meanwhile what the piece does while Redis is away
     */
    public RedisReachability(Logger log, String piece, String meanwhile) {
        this.log = log;
        this.piece = piece;
        this.meanwhile = meanwhile;
    }

    /** A command went through. */
    public void reached() {
        if (failing) {
            failing = false;
            log.info("{} reachable again", piece);
        }
    }

    /** A command failed. */
    public void failed(Throwable failure) {
        if (!failing) {
            failing = true;
            log.warn("{} unavailable ({}); {}", piece, failure.getClass().getSimpleName(), meanwhile);
        }
    }
}
