package dev.robson.cli.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The typed client of Robson's API for everything behind a bearer token. A 401 is retried
 * once with a renewed token; a second 401 is final.
 */
public final class RobsonApi {

    private final HttpTransport transport;
    private final AccessTokens tokens;

    public RobsonApi(HttpTransport transport, AccessTokens tokens) {
        this.transport = transport;
        this.tokens = tokens;
    }

    public Reply<Portfolio> positions() {
        return get("/api/portfolio/positions/", json -> json.as(Portfolio.class));
    }

    /** @param symbol already checked to be letters and digits only, so it cannot change the path */
    public Reply<MarketPrice> price(String symbol) {
        return get("/api/market/price/" + symbol + "/", json -> json.as(MarketPrice.class));
    }

    /** @param after the last event id seen, or null for the newest {@code limit} */
    public Reply<List<OperationEvent>> events(Long after, int limit) {
        String query = after == null ? "?limit=" + limit : "?after=" + after + "&limit=" + limit;
        return get("/api/events/" + query, json -> json.list("events", OperationEvent.class));
    }

    /** The push stream of this server with these channels, or empty when it offers none now. */
    public Optional<PushStream> stream(List<PushStream.Subscription> channels) {
        return PushStream.open(transport.server(), tokens, channels);
    }

    public Reply<AccountSummary> accountSummary() {
        return get("/api/account/summary/", json -> json.as(AccountSummary.class));
    }

    public Reply<AccountBalances> accountBalances() {
        return get("/api/account/balance/", json -> json.as(AccountBalances.class));
    }

    public Reply<List<Operation>> operations(String status) {
        return get(
                "/api/operations/?status=" + URLEncoder.encode(status, StandardCharsets.UTF_8),
                json -> json.list("operations", Operation.class));
    }

    public Reply<Operation> operation(long id) {
        return get("/api/operations/" + id + "/", json -> json.as(Operation.class));
    }

    /** @param request the fields of {@code POST /api/operations/}, amounts as strings */
    public Reply<Operation> track(Map<String, Object> request) {
        return send("POST", "/api/operations/", Json.write(request), json -> json.as(Operation.class));
    }

    /** @param change {@code stop_loss} and/or {@code take_profit}, as strings */
    public Reply<Operation> moveProtection(long id, Map<String, Object> change) {
        return send("PATCH", "/api/operations/" + id + "/", Json.write(change), json -> json.as(Operation.class));
    }

    /** @param query the filters as a query string without its '?', or empty */
    public Reply<List<ClosedTrade>> history(String query) {
        return get(
                "/api/portfolio/history/" + (query.isEmpty() ? "" : "?" + query),
                json -> json.list("trades", ClosedTrade.class));
    }

    /** @param query {@code from} and/or {@code to} as a query string without its '?', or empty */
    public Reply<List<QuoteAssetPerformance>> performance(String query) {
        return get(
                "/api/portfolio/performance/" + (query.isEmpty() ? "" : "?" + query),
                json -> json.list("performance", QuoteAssetPerformance.class));
    }

    public Reply<Operation> close(long id) {
        return send("POST", "/api/operations/" + id + "/close/", "", json -> json.as(Operation.class));
    }

    /** A CLOSING operation's close, tried again now. */
    public Reply<Operation> retryClose(long id) {
        return send("POST", "/api/operations/" + id + "/close/retry/", "", json -> json.as(Operation.class));
    }

    /** A CLOSING operation settled with what the exchange shows. */
    public Reply<Operation> resolve(long id, Map<String, Object> resolution) {
        return send(
                "POST",
                "/api/operations/" + id + "/resolve/",
                Json.write(resolution),
                json -> json.as(Operation.class));
    }

    /**
     * The quote assets this server shows as dollars ({@code GET /api/market/display-rules/}); none
     * from a server that does not publish them, whose amounts then read with their asset code.
     */
    public Set<String> usdQuoteAssets() {
        try {
            return get("/api/market/display-rules/", json -> Set.copyOf(json.texts("usd_quote_assets")))
                    .value();
        } catch (ApiFailure failure) {
            if (failure.kind() == ApiFailure.Kind.NOT_FOUND) {
                return Set.of();
            }
            throw failure;
        }
    }

    /** @param request the fields of {@code POST /api/alerts/targets/} */
    public Reply<AlertTarget> addAlertTarget(Map<String, Object> request) {
        return send("POST", "/api/alerts/targets/", Json.write(request), json -> json.as(AlertTarget.class));
    }

    public Reply<List<AlertTarget>> alertTargets() {
        return get("/api/alerts/targets/", json -> json.list("targets", AlertTarget.class));
    }

    public void removeAlertTarget(long id) {
        send("DELETE", "/api/alerts/targets/" + id + "/", null, json -> null);
    }

    public Reply<AlertDelivery> testAlertTarget(long id) {
        return send("POST", "/api/alerts/targets/" + id + "/test/", "", json -> json.as(AlertDelivery.class));
    }

    public Reply<List<AlertDelivery>> alertDeliveries(long id, int limit) {
        return get(
                "/api/alerts/targets/" + id + "/deliveries/?limit=" + limit,
                json -> json.list("deliveries", AlertDelivery.class));
    }

    private <T> Reply<T> get(String path, Function<JsonObject, T> reader) {
        return send("GET", path, null, reader);
    }

    private <T> Reply<T> send(String method, String path, String body, Function<JsonObject, T> reader) {
        return send(method, path, body, Map.of(), reader);
    }

    /** The retry after a renewed token carries the same headers, so an Idempotency-Key stays one request. */
    <T> Reply<T> send(
            String method, String path, String body, Map<String, String> headers, Function<JsonObject, T> reader) {
        return exchange(method, path, body, headers, text -> read(text, reader));
    }

    /**
     * {@code GET /api/market/symbols/}: the symbols the server trades and the asset each is
     * quoted in, in the server's order (the only answer of the API that is a JSON array).
     */
    public Reply<List<TradedSymbol>> symbols() {
        return exchange("GET", "/api/market/symbols/", null, Map.of(), text -> {
            try {
                if (!(Json.parse(text) instanceof List<?> entries)) {
                    throw new Json.MalformedJsonException("expected a JSON array");
                }
                return entries.stream()
                        .map(entry -> {
                            if (!(entry instanceof Map<?, ?> fields)) {
                                throw new Json.MalformedJsonException("expected a JSON object");
                            }
                            return JsonObject.of(fields).as(TradedSymbol.class);
                        })
                        .toList();
            } catch (Json.MalformedJsonException | JsonObject.MissingFieldException unreadable) {
                throw ApiFailure.of(
                        ApiFailure.Kind.SERVER_ERROR,
                        "the server's answer was not understood: " + unreadable.getMessage());
            }
        });
    }

    /** A symbol of the server's catalogue and its quote asset (null when the server did not say). */
    public record TradedSymbol(String symbol, @Nullable String quoteAsset) {}

    private <T> Reply<T> exchange(
            String method, String path, String body, Map<String, String> headers, Function<String, T> parser) {
        String token = tokens.current();
        HttpTransport.Answer answer;
        try {
            answer = transport.exchange(method, path, body, token, headers);
        } catch (ApiFailure failure) {
            if (failure.kind() != ApiFailure.Kind.UNAUTHORIZED) {
                throw failure;
            }
            answer = transport.exchange(method, path, body, tokens.renew(token), headers);
        }
        if (answer.status() == 204) {
            return new Reply<>(null, "");
        }
        return new Reply<>(parser.apply(answer.body()), answer.body());
    }

    /** An answer that is not the promised JSON is the server's failure, never a number shown wrong. */
    static <T> T read(String body, Function<JsonObject, T> reader) {
        try {
            return reader.apply(Json.parseObject(body));
        } catch (Json.MalformedJsonException | JsonObject.MissingFieldException unreadable) {
            throw ApiFailure.of(
                    ApiFailure.Kind.SERVER_ERROR, "the server's answer was not understood: " + unreadable.getMessage());
        }
    }
}
