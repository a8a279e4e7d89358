package dev.robson.server.exchange.binance.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.robson.server.exchange.binance.Kline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Binance spot REST on 127.0.0.1, for tests: the real payloads (string amounts, klines as
 * arrays), weight headers, error bodies and signature checks, plus the failures a test needs
 * to provoke. Thread-safe.
 *
 * <p>Preloaded: BTCUSDC and BTCUSDT (tick 0.01, step 0.00001, min notional 5), ETHUSDC and
 * ETHUSDT (tick 0.01, step 0.0001, min notional 5), ETHBTC (tick 0.00001, step 0.0001, min
 * notional 0.0001), each with a book. Orders fill only what the key's balances cover, so
 * {@link #setBalance} first. MARKET orders walk the book; LIMIT IOC orders take only the levels
 * at or better than their price and expire the rest.
 *
 * <pre>{@code
 * try (FakeBinance binance = FakeBinance.start()) {
 *     binance.setBook("BTCUSDC", "89245.00", "89245.01");
 *     var client = new BinanceClient(BinanceSettings.defaults(binance.baseUrl()));
 * }
 * }</pre>
 */
public final class FakeBinance implements AutoCloseable {

    /** How long a "timed out" order's response is held: past any client's timeout, cut short by close(). */
    private static final Duration STALL = Duration.ofSeconds(60);

    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("GET /api/v3/ticker/bookTicker", 2),
            Map.entry("GET /api/v3/ticker/price", 2),
            Map.entry("GET /api/v3/avgPrice", 2),
            Map.entry("GET /api/v3/klines", 2),
            Map.entry("GET /api/v3/exchangeInfo", 20),
            Map.entry("GET /api/v3/time", 1),
            Map.entry("GET /api/v3/account", 20),
            Map.entry("POST /api/v3/order", 1),
            Map.entry("GET /api/v3/order", 4),
            Map.entry("GET /api/v3/account/commission", 20),
            Map.entry("GET /api/v3/myTrades", 20));

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final FakeMarket market = new FakeMarket();
    private final FakeAccounts accounts = new FakeAccounts();
    private final FakeOrders orders = new FakeOrders(market, accounts);
    private final FakeFaults faults = new FakeFaults();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger usedWeight = new AtomicInteger();
    private final MinuteWeight minuteWeight = new MinuteWeight();
    private volatile int weightLimitPerMinute = Integer.MAX_VALUE;
    private final AtomicLong serverTimeOffsetMs = new AtomicLong();

    private FakeBinance() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        addSymbol("BTCUSDC", "BTC", "USDC", "0.01", "0.00001", "5");
        addSymbol("BTCUSDT", "BTC", "USDT", "0.01", "0.00001", "5");
        addSymbol("ETHUSDC", "ETH", "USDC", "0.01", "0.0001", "5");
        addSymbol("ETHUSDT", "ETH", "USDT", "0.01", "0.0001", "5");
        addSymbol("ETHBTC", "ETH", "BTC", "0.00001", "0.0001", "0.0001");
        setBook("BTCUSDC", "89245.00", "89245.01");
        setBook("BTCUSDT", "89240.00", "89240.01");
        setBook("ETHUSDC", "3012.45", "3012.46");
        setBook("ETHUSDT", "3012.40", "3012.41");
        setBook("ETHBTC", "0.03375", "0.03376");
    }

    public static FakeBinance start() {
        try {
            FakeBinance binance = new FakeBinance();
            binance.server.start();
            return binance;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the fake Binance", e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    // ---- market ----

    public void addSymbol(String symbol, String base, String quote, String tick, String step, String minNotional) {
        market.addSymbol(new FakeMarket.Listing(
                symbol, base, quote, new BigDecimal(tick), new BigDecimal(step), new BigDecimal(minNotional)));
    }

    /** Best bid and ask (1 unit resting at each); MARKET orders fill here. */
    public void setBook(String symbol, String bid, String ask) {
        market.setBook(symbol, new BigDecimal(bid), new BigDecimal(ask));
    }

    /** The best bid and ask now, as plain decimal strings (what a book-ticker stream would send). */
    public List<String> bestBidAndAsk(String symbol) {
        FakeMarket.Book book = market.book(symbol);
        return List.of(book.bid().toPlainString(), book.ask().toPlainString());
    }

    /**
     * A book of several levels, best first, each {@code "price@qty"}: a MARKET order fills across
     * them in turn (the last level takes whatever is left).
     */
    public void setBookLevels(String symbol, List<String> bids, List<String> asks) {
        market.setBook(symbol, levels(bids), levels(asks));
    }

    private static List<FakeMarket.Level> levels(List<String> levels) {
        return levels.stream()
                .map(level -> {
                    String[] parts = level.split("@");
                    return new FakeMarket.Level(new BigDecimal(parts[0]), new BigDecimal(parts[1]));
                })
                .toList();
    }

    /** The symbol's {@code status} in exchangeInfo (TRADING, BREAK, HALT, …); orders on anything but TRADING get "Market is closed.". */
    public void setSymbolStatus(String symbol, String status) {
        market.setStatus(symbol, status);
    }

    /** The symbol disappears from exchangeInfo, as a delisted one does; its orders are refused. */
    public void delist(String symbol) {
        market.setStatus(symbol, null);
    }

    /** MARKET_LOT_SIZE for the symbol; a MARKET order outside it gets -1013 "Filter failure: MARKET_LOT_SIZE". */
    public void setMarketLotSize(String symbol, String minQty, String maxQty, String step) {
        market.setMarketLot(
                symbol, new FakeMarket.MarketLot(new BigDecimal(minQty), new BigDecimal(maxQty), new BigDecimal(step)));
    }

    /**
     * The NOTIONAL filter: its maximum, whether minimum and maximum bind MARKET orders (judged at
     * the average price, {@link #setAveragePrice}), and the averaging window it reports; a
     * MARKET or LIMIT order outside it gets -1013 "Filter failure: NOTIONAL". Until set: max
     * 9,000,000, the minimum binding MARKET orders, the maximum not, 5 minutes.
     */
    public void setNotionalFilter(
            String symbol, String maxNotional, boolean applyMinToMarket, boolean applyMaxToMarket, int avgPriceMins) {
        market.setNotional(
                symbol,
                new FakeMarket.Notional(new BigDecimal(maxNotional), applyMinToMarket, applyMaxToMarket, avgPriceMins));
    }

    /** What GET /api/v3/avgPrice answers and MARKET orders' notional is judged at; until set, the last price. */
    public void setAveragePrice(String symbol, String price) {
        market.setAveragePrice(symbol, new BigDecimal(price));
    }

    /** The average price follows the last price again, as it does until {@link #setAveragePrice}. */
    public void averageAtLastPrice(String symbol) {
        market.setAveragePrice(symbol, null);
    }

    /** PRICE_FILTER's minPrice and maxPrice ("0" disables one); a LIMIT price outside gets -1013 "Filter failure: PRICE_FILTER". */
    public void setPriceBounds(String symbol, String minPrice, String maxPrice) {
        market.setPriceBounds(symbol, new FakeMarket.PriceBounds(new BigDecimal(minPrice), new BigDecimal(maxPrice)));
    }

    /** The symbol's book ticker names {@code shownAs} instead (null: its own name again). */
    public void misnameBookTicker(String symbol, String shownAs) {
        market.misnameBook(symbol, shownAs);
    }

    /** The last trade price; until set, the bid stands in. */
    public void setLastPrice(String symbol, String price) {
        market.setLastPrice(symbol, new BigDecimal(price));
    }

    public void setKlines(String symbol, String interval, List<Kline> klines) {
        market.setKlines(symbol, interval, klines);
    }

    // ---- accounts ----

    public void registerHmacKey(String apiKey, String secret) {
        accounts.registerHmac(apiKey, secret);
    }

    public void registerEd25519Key(String apiKey, PublicKey publicKey) {
        accounts.registerEd25519(apiKey, publicKey);
    }

    public void setBalance(String apiKey, String asset, String free, String locked) {
        accounts.setBalance(apiKey, asset, new BigDecimal(free), new BigDecimal(locked));
    }

    /** What of an asset is free now, e.g. after an order moved it. */
    public BigDecimal freeBalance(String apiKey, String asset) {
        return accounts.holding(apiKey, asset).free();
    }

    /** Moves the fake's clock away from this machine's, as a drifting exchange clock would be. */
    public void setServerTimeOffset(Duration offset) {
        serverTimeOffsetMs.set(offset.toMillis());
    }

    public long serverTimeMs() {
        return System.currentTimeMillis() + serverTimeOffsetMs.get();
    }

    // ---- orders ----

    /** Orders accepted (and filled), oldest first. */
    public List<ReceivedOrder> orders() {
        return orders.orders();
    }

    /**
     * Commission per fill, e.g. "0.001": charged in the asset the fill brings in (base on a BUY,
     * quote on a SELL), rounded to 8 decimals, as Binance does; 0 until set. Also what
     * {@code GET /api/v3/account/commission} reports as the taker and maker rate.
     */
    public void setCommissionRate(String rate) {
        orders.setCommissionRate(new BigDecimal(rate));
    }

    /**
     * Commission in BNB, a quarter off, valued at the BNB book's bid in the order's quote asset
     * (BNBUSDC must be listed and booked), while the BNB balance covers it.
     */
    public void payCommissionInBnb(boolean inBnb) {
        orders.payCommissionInBnb(inBnb);
    }

    /** The next order is recorded and filled, then answered -1006 "An unexpected response was received from the message bus." with HTTP 400. */
    public void unexpectedResponseNextOrder() {
        orders.mishapNext(FakeOrders.Mishap.UNEXPECTED_RESPONSE, 0);
    }

    /**
     * The next order fills in full, but its answer shows only its first fill as PARTIALLY_FILLED,
     * and so does the first lookup; later lookups report it FILLED with every fill counted.
     */
    public void reportNextOrderPartlyFilledFirst() {
        orders.mishapNext(FakeOrders.Mishap.REPORT_PARTIAL_FIRST, 0);
    }

    /** An order the account already has under this client order id (placed by someone else, long ago). */
    public void seedOrder(
            String apiKey, String symbol, String side, String qty, String price, String clientOrderId, long timeMs) {
        orders.seed(apiKey, symbol, side, new BigDecimal(qty), new BigDecimal(price), clientOrderId, timeMs);
    }

    /** The next {@code count} order lookups answer 401 -2015 "Invalid API-key, IP, or permissions for action.". */
    public void refuseLookupsWithAuthError(int count) {
        orders.refuseLookupsWithAuthError(count);
    }

    /** The next order is recorded and filled, then its response is held until the client gives up. */
    public void timeOutNextOrder() {
        orders.mishapNext(FakeOrders.Mishap.TIME_OUT, 0);
    }

    /** The next order is recorded and filled, then answered with this 5xx. */
    public void failNextOrder(int status) {
        orders.mishapNext(FakeOrders.Mishap.SERVER_ERROR, status);
    }

    /** The next order is recorded and filled, then answered -1007 "Timeout waiting for response from backend server". */
    public void backendTimeoutNextOrder() {
        orders.mishapNext(FakeOrders.Mishap.BACKEND_TIMEOUT, 0);
    }

    /**
     * The next order is recorded and filled (balances and commission settled), then answered 200
     * with its body cut short: unreadable JSON. Unlike {@link #malformedNext}, only an order's
     * answer is spoilt, whatever other calls come first.
     */
    public void unreadableAnswerNextOrder() {
        orders.mishapNext(FakeOrders.Mishap.UNREADABLE_ANSWER, 0);
    }

    /** The next order is recorded and filled, then the connection is closed without a response. */
    public void dropNextOrderConnection() {
        orders.mishapNext(FakeOrders.Mishap.DROP_CONNECTION, 0);
    }

    /**
     * The market moves while the next order on {@code symbol} travels: it meets this book (levels
     * {@code "price@qty"}, best first) instead of the one a quote showed a moment before.
     */
    public void moveBookBeforeNextOrder(String symbol, List<String> bids, List<String> asks) {
        orders.moveBookBeforeNextOrder(symbol, new FakeMarket.Book(levels(bids), levels(asks)));
    }

    /** The next order executes only {@code executedQty} and ends in {@code status} (EXPIRED for a MARKET order Binance could not fill). */
    public void partiallyFillNextOrder(String executedQty, String status) {
        orders.partiallyFillNext(new BigDecimal(executedQty), status);
    }

    // ---- failures ----

    /** The next {@code count} requests, any endpoint, answer {@code status} (e.g. 500, 503) and do nothing. */
    public void failNext(int count, int status) {
        faults.failNext(count, status);
    }

    /**
     * The next {@code count} requests to one endpoint ({@code "GET /api/v3/avgPrice"}) answer
     * {@code status} and do nothing; other endpoints are served as usual. A count of 0 heals it.
     */
    public void failNextCallsTo(String endpoint, int count, int status) {
        faults.failNextCallsTo(endpoint, count, status);
    }

    /** The next request answers 429 or 418 with this Retry-After. */
    public void rateLimitNext(int status, int retryAfterSeconds) {
        if (status != 429 && status != 418) {
            throw new IllegalArgumentException("Binance rate limits with 429 or 418, not " + status);
        }
        faults.rateLimitNext(status, retryAfterSeconds);
    }

    /** Every request waits this long before being served. */
    public void setLatency(Duration latency) {
        faults.setLatency(latency);
    }

    /** The next {@code count} successful answers are broken JSON with status 200. */
    public void malformedNext(int count) {
        faults.malformedNext(count);
    }

    /** The next signed request is refused with -1021, whatever its timestamp. */
    public void clockSkewNext() {
        faults.clockSkewNext();
    }

    /**
     * Enforces Binance's REQUEST_WEIGHT limit: once a calendar minute's weight passes it, every
     * request of that minute, orders included, answers 429 (-1003) with Retry-After.
     */
    public void limitWeightPerMinute(int limit) {
        weightLimitPerMinute = limit;
    }

    /** Requests refused for exceeding the minute's weight limit. */
    public int weightLimited() {
        return calls("429 -1003");
    }

    // ---- counting ----

    /**
     * Requests received for a path ({@code "/api/v3/order"}), a method and path ({@code "POST /api/v3/order"})
     * or a path for one symbol ({@code "/api/v3/ticker/bookTicker?symbol=BTCUSDC"}).
     */
    public int calls(String pathOrEndpoint) {
        AtomicInteger count = calls.get(pathOrEndpoint);
        return count == null ? 0 : count.get();
    }

    /** The weight charged since start (or the last reset), as sent in X-MBX-USED-WEIGHT-1M. */
    public int usedWeight() {
        return usedWeight.get();
    }

    /** Zeroes the call counts and the used weight. */
    public void resetCounts() {
        calls.clear();
        usedWeight.set(0);
        minuteWeight.reset();
    }

    // ---- serving ----

    private void handle(HttpExchange exchange) {
        try {
            FakeRequest request = FakeRequest.read(exchange);
            calls.computeIfAbsent(request.path(), path -> new AtomicInteger()).incrementAndGet();
            calls.computeIfAbsent(request.endpoint(), endpoint -> new AtomicInteger())
                    .incrementAndGet();
            String symbol = request.param("symbol");
            if (symbol != null) {
                calls.computeIfAbsent(request.path() + "?symbol=" + symbol, key -> new AtomicInteger())
                        .incrementAndGet();
            }
            int charged = WEIGHTS.getOrDefault(request.endpoint(), 1);
            usedWeight.addAndGet(charged);
            // Binance's X-MBX-USED-WEIGHT-1M counts the current calendar minute only.
            int weight = minuteWeight.charge(charged);
            Thread.sleep(faults.latency().toMillis());
            FakeReply reply = faults.preempt(request.endpoint());
            if (reply == null && weight > weightLimitPerMinute) {
                calls.computeIfAbsent("429 -1003", key -> new AtomicInteger()).incrementAndGet();
                reply = FakeReply.error(
                                429,
                                -1003,
                                "Too much request weight used; current limit is "
                                        + weightLimitPerMinute
                                        + " request weight per 1 MINUTE. Please use WebSocket Streams for "
                                        + "live updates to avoid polling the API.")
                        .retryingAfter(minuteWeight.secondsToNextMinute());
            }
            if (reply == null) {
                reply = serve(request);
            }
            if (reply.status() == 200 && faults.takeMalformed()) {
                reply = new FakeReply(200, FakeFaults.MALFORMED_BODY, null, reply.delivery());
            }
            switch (reply.delivery()) {
                case STALL -> {
                    closed.await(STALL.toMillis(), TimeUnit.MILLISECONDS);
                    write(exchange, reply, weight);
                }
                case DROP -> {}
                case NORMAL -> write(exchange, reply, weight);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away (it timed out): nothing to answer.
        } catch (RuntimeException e) {
            // A bug in the fake: answer it loudly rather than drop the connection, which the
            // client would read as an exchange failure and the test might even expect.
            e.printStackTrace();
            try {
                write(
                        exchange,
                        new FakeReply(500, "{\"fakeBinanceBug\":\"" + e + "\"}", null, FakeReply.Delivery.NORMAL),
                        minuteWeight.charge(0));
            } catch (IOException ignored) {
                // Nothing more to be done.
            }
        } finally {
            exchange.close();
        }
    }

    private FakeReply serve(FakeRequest request) {
        try {
            return switch (request.endpoint()) {
                case "GET /api/v3/ticker/bookTicker" -> FakeReply.ok(market.bookTicker(request));
                case "GET /api/v3/ticker/price" -> FakeReply.ok(market.price(request));
                case "GET /api/v3/avgPrice" -> FakeReply.ok(market.avgPrice(request, serverTimeMs()));
                case "GET /api/v3/klines" -> FakeReply.ok(market.klines(request));
                case "GET /api/v3/exchangeInfo" -> FakeReply.ok(market.exchangeInfo(request, serverTimeMs()));
                case "GET /api/v3/time" ->
                    FakeReply.ok(FakeJson.MAPPER.createObjectNode().put("serverTime", serverTimeMs()));
                case "GET /api/v3/account" ->
                    FakeReply.ok(accounts.accountJson(
                            authenticate(request), "true".equals(request.param("omitZeroBalances")), serverTimeMs()));
                case "POST /api/v3/order" -> orders.place(request, authenticate(request), serverTimeMs());
                case "GET /api/v3/order" -> FakeReply.ok(orders.query(request, authenticate(request)));
                case "GET /api/v3/myTrades" -> FakeReply.ok(orders.trades(request, authenticate(request)));
                case "GET /api/v3/account/commission" -> {
                    authenticate(request);
                    yield FakeReply.ok(orders.commission(request));
                }
                default -> new FakeReply(404, "", null, FakeReply.Delivery.NORMAL);
            };
        } catch (BinanceError error) {
            return error.reply();
        }
    }

    private String authenticate(FakeRequest request) {
        return accounts.authenticate(request, serverTimeMs(), faults.takeClockSkew());
    }

    private static void write(HttpExchange exchange, FakeReply reply, int usedWeight) throws IOException {
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json;charset=UTF-8");
        headers.set("X-MBX-USED-WEIGHT-1M", Integer.toString(usedWeight));
        if (reply.retryAfterSeconds() != null) {
            headers.set("Retry-After", Integer.toString(reply.retryAfterSeconds()));
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
