package dev.robson.server.portfolio;

import tools.jackson.databind.json.JsonMapper;

/**
 * One shared valuation of a tenant's positions and, written on first need, its JSON body. Every
 * caller that shares the valuation also shares the body: for a book of 1,000 operations the
 * JSON (some 0.7 MB) costs more to write than the valuation costs to make, so writing it once
 * per valuation rather than once per answer is what keeps a busy tenant's answers fast.
 */
final class ValuedPositions {

    private final PositionsResponse response;
    private final JsonMapper json;
    private volatile byte[] body;

    ValuedPositions(PositionsResponse response, JsonMapper json) {
        this.response = response;
        this.json = json;
    }

    PositionsResponse response() {
        return response;
    }

    /** The body exactly as the API writes {@link #response()}, through the same mapper. */
    byte[] body() {
        byte[] written = body;
        if (written == null) {
            synchronized (this) {
                written = body;
                if (written == null) {
                    written = json.writeValueAsBytes(response);
                    body = written;
                }
            }
        }
        return written;
    }
}
