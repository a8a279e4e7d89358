package dev.robson.server.exchange.binance;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What Binance last said about our request weight, and whether it has told us to stop. One per
 * client: Binance counts weight per IP, and every call of this process shares it.
 */
final class RequestWeight {

    static final String USED_WEIGHT_HEADER = "X-MBX-USED-WEIGHT-1M";

    /** Binance always sends Retry-After with 429/418; should a proxy drop it, a minute is its usual ban. */
    private static final Duration BAN_WITHOUT_RETRY_AFTER = Duration.ofMinutes(1);

    private final Clock clock;
    private final WeightShares shares;
    private final AtomicReference<Instant> bannedUntil = new AtomicReference<>();
    private volatile int usedWeight1m;

    /** The minute being counted (epoch minutes): Binance's weight window is the calendar minute. */
    private long minute = Long.MIN_VALUE;

    private final int[] spentThisMinute = new int[WeightClass.values().length];
    private int sentThisMinute;
    private int reportedThisMinute;

    RequestWeight(Clock clock, WeightShares shares) {
        this.clock = clock;
        this.shares = shares;
    }

    /**
     * Charges the call's weight to its kind, or throws {@link WeightShareSpent} without
     * charging when that kind has spent its share of the minute, or when sending it would
     * leave the minute's total too close to Binance's limit for orders. Orders always pass.
     */
    synchronized void admit(String endpoint) {
        WeightClass.Cost cost = WeightClass.of(endpoint);
        WeightClass kind = cost.weightClass();
        rollMinute();
        if (kind != WeightClass.ORDERS) {
            int total = Math.max(sentThisMinute, reportedThisMinute);
            boolean overShare = spentThisMinute[kind.ordinal()] + cost.weight() > shares.shareOf(kind);
            boolean intoReserve = total + cost.weight() > shares.minuteLimit() - shares.ordersReserve();
            if (overShare || intoReserve) {
                throw new WeightShareSpent(kind, endpoint, Instant.ofEpochSecond((minute + 1) * 60));
            }
        }
        spentThisMinute[kind.ordinal()] += cost.weight();
        sentThisMinute += cost.weight();
    }

    /** The weight this process sent for one kind of call in the current minute. */
    synchronized int spentThisMinute(WeightClass kind) {
        rollMinute();
        return spentThisMinute[kind.ordinal()];
    }

    private void rollMinute() {
        long now = Math.floorDiv(clock.millis(), 60_000L);
        if (now != minute) {
            minute = now;
            Arrays.fill(spentThisMinute, 0);
            sentThisMinute = 0;
            reportedThisMinute = 0;
        }
    }

    /** Throws, without touching the network, while a ban lasts. */
    void refuseIfBanned(String endpoint) {
        Instant until = bannedUntil.get();
        if (until != null && clock.instant().isBefore(until)) {
            throw new ExchangeRateLimited(
                    "Binance rate limit in force until " + until + "; " + endpoint + " not sent", until);
        }
    }

    /** Notes the weight header of a response; returns it, or null when absent or garbled. */
    Integer record(HttpHeaders headers) {
        Integer used = headers.firstValue(USED_WEIGHT_HEADER)
                .map(RequestWeight::parseOrNull)
                .orElse(null);
        if (used != null) {
            usedWeight1m = used;
            synchronized (this) {
                rollMinute();
                reportedThisMinute = Math.max(reportedThisMinute, used);
            }
        }
        return used;
    }

    /** Starts (or lengthens) a ban from a 429/418's Retry-After; returns when it ends. */
    Instant ban(HttpHeaders headers) {
        Duration wait = headers.firstValue("Retry-After")
                .map(RequestWeight::parseOrNull)
                .filter(seconds -> seconds >= 0)
                .map(seconds -> Duration.ofSeconds(seconds))
                .orElse(BAN_WITHOUT_RETRY_AFTER);
        Instant until = clock.instant().plus(wait);
        // Concurrent 429s: keep the later end, a shorter Retry-After must not cut a ban short.
        return bannedUntil.accumulateAndGet(until, (old, fresh) -> old == null || fresh.isAfter(old) ? fresh : old);
    }

    Optional<Instant> bannedUntil() {
        Instant until = bannedUntil.get();
        return until != null && clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    int usedWeight1m() {
        return usedWeight1m;
    }

    private static Integer parseOrNull(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
