package dev.robson.server.market;

import java.time.Duration;
import java.util.Optional;

/**
 * The cache tier shared by every server replica. Implementations never throw: a tier that
 * is down answers "nothing there" and the caller falls back to its own process.
 */
interface SharedQuoteTier {

    Optional<CachedQuote> get(String symbol);

    void put(String symbol, CachedQuote quote, Duration ttl);

    /**
     * Claims the right to refresh a symbol for {@code hold}: true for exactly one caller
     * across replicas while the claim lasts (or for everybody when the tier is down).
     */
    boolean claimRefresh(String symbol, Duration hold);

    /** The tier of a single process: nothing is shared, every claim succeeds. */
    SharedQuoteTier NONE = new SharedQuoteTier() {
        @Override
        public Optional<CachedQuote> get(String symbol) {
            return Optional.empty();
        }

        @Override
        public void put(String symbol, CachedQuote quote, Duration ttl) {}

        @Override
        public boolean claimRefresh(String symbol, Duration hold) {
            return true;
        }
    };
}
