package dev.robson.server.exchange.binance.fake;

import tools.jackson.databind.JsonNode;

/**
 * What the fake answers: a status and body, and how to deliver them.
 *
 * @param retryAfterSeconds the Retry-After header, or null
 * @param delivery          normally; held until the client gives up; or the connection cut
 */
record FakeReply(int status, String body, Integer retryAfterSeconds, Delivery delivery) {

    enum Delivery {
        NORMAL,
        STALL,
        DROP
    }

    static FakeReply ok(JsonNode body) {
        return new FakeReply(200, FakeJson.write(body), null, Delivery.NORMAL);
    }

    static FakeReply error(int status, int code, String msg) {
        var body = FakeJson.MAPPER.createObjectNode().put("code", code).put("msg", msg);
        return new FakeReply(status, FakeJson.write(body), null, Delivery.NORMAL);
    }

    FakeReply retryingAfter(int seconds) {
        return new FakeReply(status, body, seconds, delivery);
    }

    /** The first half of the body only, as a proxy cutting it short would deliver it: unreadable JSON. */
    FakeReply truncated() {
        return new FakeReply(status, body.substring(0, body.length() / 2), retryAfterSeconds, delivery);
    }

    FakeReply delivered(Delivery how) {
        return new FakeReply(status, body, retryAfterSeconds, how);
    }
}
