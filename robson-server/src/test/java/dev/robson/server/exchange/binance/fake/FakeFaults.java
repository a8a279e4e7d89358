package dev.robson.server.exchange.binance.fake;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The failures a test arranges for the next requests, whatever their endpoint or to one endpoint only. */
final class FakeFaults {

    /** A truncated document: what a proxy cutting the body short delivers with a 200. */
    static final String MALFORMED_BODY = "{\"symbol\":\"BTCUSDC\",\"bidPrice\":";

    private int failuresLeft;
    private int failureStatus;
    /** Failures scoped to one endpoint ("GET /api/v3/avgPrice"): how many are left, with what status. */
    private record ScopedFailure(int left, int status) {}

    private final Map<String, ScopedFailure> endpointFailures = new HashMap<>();
    private int rateLimitStatus;
    private int retryAfterSeconds;
    private int malformedLeft;
    private boolean clockSkew;
    private Duration latency = Duration.ZERO;

    synchronized void failNext(int count, int status) {
        failuresLeft = count;
        failureStatus = status;
    }

    synchronized void failNextCallsTo(String endpoint, int count, int status) {
        endpointFailures.put(endpoint, new ScopedFailure(count, status));
    }

    synchronized void rateLimitNext(int status, int retryAfter) {
        rateLimitStatus = status;
        retryAfterSeconds = retryAfter;
    }

    synchronized void malformedNext(int count) {
        malformedLeft = count;
    }

    synchronized void clockSkewNext() {
        clockSkew = true;
    }

    synchronized void setLatency(Duration latency) {
        this.latency = latency;
    }

    synchronized Duration latency() {
        return latency;
    }

    /** The answer that replaces this request's own, or null to serve it. */
    synchronized FakeReply preempt(String endpoint) {
        if (rateLimitStatus != 0) {
            int status = rateLimitStatus;
            rateLimitStatus = 0;
            String msg = status == 418
                    ? "Way too much request weight used; IP banned until "
                            + (System.currentTimeMillis() + retryAfterSeconds * 1000L)
                            + ". Please use WebSocket Streams for live updates to avoid bans."
                    : "Too many requests; current limit of IP(127.0.0.1) request weight per minute is 6000. "
                            + "Please use WebSocket Streams for live updates to avoid polling the API.";
            FakeReply reply = FakeReply.error(status, -1003, msg);
            return new FakeReply(reply.status(), reply.body(), retryAfterSeconds, FakeReply.Delivery.NORMAL);
        }
        if (failuresLeft > 0) {
            failuresLeft--;
            return FakeReply.error(
                    failureStatus, -1001, "Internal error; unable to process your request. Please try again.");
        }
        ScopedFailure scoped = endpointFailures.get(endpoint);
        if (scoped != null && scoped.left() > 0) {
            endpointFailures.put(endpoint, new ScopedFailure(scoped.left() - 1, scoped.status()));
            return FakeReply.error(
                    scoped.status(), -1001, "Internal error; unable to process your request. Please try again.");
        }
        return null;
    }

    synchronized boolean takeMalformed() {
        if (malformedLeft > 0) {
            malformedLeft--;
            return true;
        }
        return false;
    }

    synchronized boolean takeClockSkew() {
        boolean skew = clockSkew;
        clockSkew = false;
        return skew;
    }
}
