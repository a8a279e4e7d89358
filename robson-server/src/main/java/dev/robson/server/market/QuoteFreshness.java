package dev.robson.server.market;

import java.time.Duration;

/**
 * How fresh the quote cache keeps prices.
 *
 * @param ttl          a quote is served as fresh for this long after it was read
 * @param refreshAhead a refresh starts this long before expiry, so it lands in time; it also
 *                     sets the pace of upstream calls: at most one per {@code ttl − refreshAhead}
 *                     per symbol across replicas (80 ms of a 1 s TTL: ≤ 1.09 per second)
 * @param maxStaleAge  how long the last good quote stands in, marked stale, while the source fails
 */
public record QuoteFreshness(Duration ttl, Duration refreshAhead, Duration maxStaleAge) {

    /** Covers a round trip to the exchange of up to about 80 ms before a 1 s entry expires. */
    static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofMillis(80);

    public QuoteFreshness {
        if (refreshAhead.isNegative() || refreshAhead.compareTo(ttl.dividedBy(2)) > 0) {
            throw new IllegalArgumentException(
                    "refresh-ahead must be between 0 and half the quote TTL, not " + refreshAhead + " of " + ttl);
        }
    }

    static QuoteFreshness withDefaultLead(Duration ttl, Duration maxStaleAge) {
        return of(ttl, DEFAULT_REFRESH_AHEAD, maxStaleAge);
    }

    /** {@code refreshAhead} capped at half the TTL (a refresh every half TTL at most); null means the default. */
    static QuoteFreshness of(Duration ttl, Duration refreshAhead, Duration maxStaleAge) {
        Duration wanted = refreshAhead == null ? DEFAULT_REFRESH_AHEAD : refreshAhead;
        Duration half = ttl.dividedBy(2);
        return new QuoteFreshness(ttl, wanted.compareTo(half) > 0 ? half : wanted, maxStaleAge);
    }

    /** How old an entry is when its refresh starts; also how long a replica's refresh claim holds. */
    Duration refreshEvery() {
        return ttl.minus(refreshAhead);
    }
}
