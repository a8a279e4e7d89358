package dev.robson.server.exchange.binance;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Binance spot REST, the few endpoints Robson needs. Thread-safe; one instance per base URL,
 * since it keeps that host's weight, ban and clock offset.
 */
public final class BinanceClient {

    /** "Timestamp for this request is outside of the recvWindow": our clock and Binance's disagree. */
    static final int TIMESTAMP_OUTSIDE_RECV_WINDOW = -1021;
    /** "Order does not exist." */
    static final int NO_SUCH_ORDER = -2013;

    private static final Set<String> SIDES = Set.of("BUY", "SELL");
    private static final int MAX_KLINES = 1000;

    private final BinanceSettings settings;
    private final Clock clock;
    private final RequestWeight weight;
    private final BinanceTransport transport;
    /** Binance's clock minus ours, in ms; learnt when Binance first complains about a timestamp. */
    private final AtomicLong serverTimeOffsetMs = new AtomicLong();

    public BinanceClient(BinanceSettings settings) {
        this(
                settings,
                HttpClient.newBuilder()
                        .connectTimeout(settings.connectTimeout())
                        .build(),
                Clock.systemUTC(),
                BinanceCallListener.NONE);
    }

    public BinanceClient(BinanceSettings settings, HttpClient http, Clock clock) {
        this(settings, http, clock, BinanceCallListener.NONE);
    }

    public BinanceClient(BinanceSettings settings, HttpClient http, Clock clock, BinanceCallListener listener) {
        this(settings, http, clock, listener, WeightShares.defaults());
    }

    public BinanceClient(
            BinanceSettings settings, HttpClient http, Clock clock, BinanceCallListener listener, WeightShares shares) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.weight = new RequestWeight(clock, Objects.requireNonNull(shares, "shares"));
        this.transport = new BinanceTransport(
                settings, Objects.requireNonNull(http, "http"), weight, Objects.requireNonNull(listener, "listener"));
    }

    public BookTicker bookTicker(String symbol) {
        return read(
                BinanceCall.get("/api/v3/ticker/bookTicker", new QueryString().add("symbol", symbol)),
                BinancePayloads::bookTicker);
    }

    public BigDecimal lastPrice(String symbol) {
        return read(
                BinanceCall.get("/api/v3/ticker/price", new QueryString().add("symbol", symbol)),
                BinancePayloads::price);
    }

    /**
     * The average price over the symbol's avgPriceMins: what Binance judges a MARKET order's
     * notional at (NOTIONAL's minimum and maximum).
     */
    public BigDecimal averagePrice(String symbol) {
        return read(
                BinanceCall.get("/api/v3/avgPrice", new QueryString().add("symbol", symbol)), BinancePayloads::price);
    }

    /**
     * Candles oldest first. Binance's rules: with a start time, the oldest {@code limit} from it;
     * with only an end time, the newest up to it; with neither, the newest.
     *
     * @param limit 1 to 1000
     */
    public List<Kline> klines(String symbol, String interval, Long startTimeMs, Long endTimeMs, int limit) {
        if (limit < 1 || limit > MAX_KLINES) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_KLINES + ", was " + limit);
        }
        QueryString params = new QueryString()
                .add("symbol", symbol)
                .add("interval", interval)
                .add("startTime", startTimeMs)
                .add("endTime", endTimeMs)
                .add("limit", limit);
        return read(BinanceCall.get("/api/v3/klines", params), BinancePayloads::klines);
    }

    /** Every symbol's trading rules (weight 20: cache the answer). */
    public List<ExchangeSymbol> exchangeInfo() {
        return read(BinanceCall.get("/api/v3/exchangeInfo", new QueryString()), BinancePayloads::exchangeInfo);
    }

    public long serverTimeMs() {
        return read(BinanceCall.get("/api/v3/time", new QueryString()), BinancePayloads::serverTime);
    }

    public AccountBalances account(ApiCredentials credentials) {
        JsonNode account =
                signed("GET", "/api/v3/account", new QueryString().add("omitZeroBalances", "true"), credentials, null);
        return BinancePayloads.account(account);
    }

    /**
     * Places a MARKET order and returns its fills.
     *
     * @param clientOrderId our id for the order, unique per account: it is how an order whose
     *                      outcome is unknown is found again, and Binance refuses a duplicate
     * @throws OrderUnanswered when it was sent and no verdict came back; query, don't re-send
     * @throws ExchangeRejected when Binance refused it (nothing was placed)
     */
    public OrderResult placeMarketOrder(
            ApiCredentials credentials, String symbol, String side, BigDecimal quantity, String clientOrderId) {
        if (!SIDES.contains(side)) {
            throw new IllegalArgumentException("side must be BUY or SELL, was " + side);
        }
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity.toPlainString());
        }
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        QueryString params = new QueryString()
                .add("symbol", symbol)
                .add("side", side)
                .add("type", "MARKET")
                .add("quantity", quantity.stripTrailingZeros().toPlainString());
        return placeOrder(credentials, symbol, clientOrderId, params);
    }

    /**
     * Places a LIMIT IOC order and returns its fills: it takes what the book offers at or better
     * than {@code price} and cancels the rest at once, so it never rests on the book. Binance
     * reports it FILLED, or EXPIRED with whatever did execute (possibly nothing).
     *
     * @throws OrderUnanswered when it was sent and no verdict came back; query, don't re-send
     * @throws ExchangeRejected when Binance refused it (nothing was placed)
     */
    public OrderResult placeLimitIocOrder(
            ApiCredentials credentials,
            String symbol,
            String side,
            BigDecimal quantity,
            BigDecimal price,
            String clientOrderId) {
        if (!SIDES.contains(side)) {
            throw new IllegalArgumentException("side must be BUY or SELL, was " + side);
        }
        if (quantity.signum() <= 0 || price.signum() <= 0) {
            throw new IllegalArgumentException("quantity and price must be positive, were " + quantity.toPlainString()
                    + " and " + price.toPlainString());
        }
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        QueryString params = new QueryString()
                .add("symbol", symbol)
                .add("side", side)
                .add("type", "LIMIT")
                .add("timeInForce", "IOC")
                .add("quantity", quantity.stripTrailingZeros().toPlainString())
                .add("price", price.stripTrailingZeros().toPlainString());
        return placeOrder(credentials, symbol, clientOrderId, params);
    }

    /**
     * Sends an order whose own parameters are already in {@code params}, asking for the FULL
     * answer (with fills) under the caller's client order id.
     */
    private OrderResult placeOrder(
            ApiCredentials credentials, String symbol, String clientOrderId, QueryString params) {
        params.add("newClientOrderId", clientOrderId).add("newOrderRespType", "FULL");
        var order = new BinanceCall.PlacedOrder(symbol, clientOrderId);
        JsonNode placed = signed("POST", "/api/v3/order", params, credentials, order);
        try {
            return BinancePayloads.order(placed);
        } catch (ExchangeUnavailable unreadable) {
            // Binance said 2xx, so the order likely exists; we just cannot tell how it filled.
            throw BinanceTransport.unanswered(
                    new BinanceCall("POST", "/api/v3/order", "", null, order),
                    "answered with an unreadable order",
                    unreadable);
        }
    }

    /** The order with this client order id, or empty when Binance has none (-2013). */
    public Optional<OrderResult> queryOrder(ApiCredentials credentials, String symbol, String clientOrderId) {
        QueryString params = new QueryString().add("symbol", symbol).add("origClientOrderId", clientOrderId);
        try {
            return Optional.of(BinancePayloads.order(signed("GET", "/api/v3/order", params, credentials, null)));
        } catch (ExchangeRejected rejected) {
            if (rejected.code() == NO_SUCH_ORDER) {
                return Optional.empty();
            }
            throw rejected;
        }
    }

    /** The trades of one order, each with its commission (weight 20 with orderId). */
    public List<OrderResult.Fill> myTrades(ApiCredentials credentials, String symbol, long orderId) {
        QueryString params = new QueryString().add("symbol", symbol).add("orderId", orderId);
        return BinancePayloads.trades(signed("GET", "/api/v3/myTrades", params, credentials, null));
    }

    /** The account's commission rates on a symbol (weight 20: cache the answer). */
    public StandardCommission commissionRates(ApiCredentials credentials, String symbol) {
        QueryString params = new QueryString().add("symbol", symbol);
        return BinancePayloads.commission(signed("GET", "/api/v3/account/commission", params, credentials, null));
    }

    /** Binance's {@code X-MBX-USED-WEIGHT-1M} as last reported; 0 before the first answer. */
    public int usedWeight1m() {
        return weight.usedWeight1m();
    }

    /** The weight this process sent for one kind of call in the current minute. */
    public int spentThisMinute(WeightClass kind) {
        return weight.spentThisMinute(kind);
    }

    /** When a 429/418 ban ends, while one is in force; calls until then fail without being sent. */
    public Optional<Instant> bannedUntil() {
        return weight.bannedUntil();
    }

    private <T> T read(BinanceCall call, Function<JsonNode, T> payload) {
        return payload.apply(transport.exchange(call));
    }

    /**
     * A signed call; when Binance finds the timestamp outside the recvWindow, learns its clock and
     * tries once more. That retry is safe for orders too: -1021 means Binance did not act on it.
     */
    private JsonNode signed(
            String method, String path, QueryString params, ApiCredentials credentials, BinanceCall.PlacedOrder order) {
        Objects.requireNonNull(credentials, "credentials");
        try {
            return transport.exchange(signedCall(method, path, params, credentials, order));
        } catch (ExchangeRejected rejected) {
            if (rejected.code() != TIMESTAMP_OUTSIDE_RECV_WINDOW) {
                throw rejected;
            }
            resyncServerTime();
            return transport.exchange(signedCall(method, path, params, credentials, order));
        }
    }

    private BinanceCall signedCall(
            String method, String path, QueryString params, ApiCredentials credentials, BinanceCall.PlacedOrder order) {
        String payload = params.copy()
                .add("recvWindow", settings.recvWindow().toMillis())
                .add("timestamp", clock.millis() + serverTimeOffsetMs.get())
                .toString();
        String signed = new QueryString()
                .add("signature", RequestSigner.signature(credentials, payload))
                .toString();
        return new BinanceCall(method, path, payload + "&" + signed, credentials.apiKey(), order);
    }

    /** Offset against the middle of the round trip, the best guess of when Binance read its clock. */
    private void resyncServerTime() {
        long before = clock.millis();
        long serverTime = serverTimeMs();
        long after = clock.millis();
        serverTimeOffsetMs.set(serverTime - (before + after) / 2);
    }
}
