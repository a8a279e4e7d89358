package dev.robson.server.exchange.binance.fake;

import dev.robson.server.exchange.binance.Kline;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Symbols, their books, last prices and candles; answers the public market endpoints. */
final class FakeMarket {

    private static final Pattern SYMBOL = Pattern.compile("^[A-Z0-9-_.]{1,20}$");
    private static final Set<String> INTERVALS =
            Set.of("1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "3d", "1w", "1M");
    private static final BigDecimal BOOK_QTY = new BigDecimal("1.00000000");
    static final BigDecimal LOT_MAX = new BigDecimal("9000.00000000");

    record Listing(
            String symbol, String base, String quote, BigDecimal tick, BigDecimal step, BigDecimal minNotional) {}

    /** One price level of a book side. */
    record Level(BigDecimal price, BigDecimal qty) {}

    /**
     * Best first on each side. A MARKET order walks the levels; the last level of a side is
     * taken as deep enough for whatever is left, so a test need not size the book.
     */
    record Book(List<Level> bids, List<Level> asks) {

        BigDecimal bid() {
            return bids.isEmpty() ? BigDecimal.ZERO : bids.getFirst().price();
        }

        BigDecimal ask() {
            return asks.isEmpty() ? BigDecimal.ZERO : asks.getFirst().price();
        }
    }

    /** MARKET_LOT_SIZE: what a MARKET order's quantity must obey, beside LOT_SIZE. */
    record MarketLot(BigDecimal minQty, BigDecimal maxQty, BigDecimal step) {}

    /** The NOTIONAL filter beyond the listing's minimum: its maximum, which order types they bind, the averaging window. */
    record Notional(BigDecimal maxNotional, boolean applyMinToMarket, boolean applyMaxToMarket, int avgPriceMins) {}

    /** PRICE_FILTER's bounds; 0 disables one, as on Binance. */
    record PriceBounds(BigDecimal minPrice, BigDecimal maxPrice) {}

    private static final Notional DEFAULT_NOTIONAL = new Notional(new BigDecimal("9000000"), true, false, 5);

    private final Map<String, Listing> listings = new ConcurrentSkipListMap<>();
    private final Map<String, String> statuses = new ConcurrentHashMap<>();
    private final Map<String, MarketLot> marketLots = new ConcurrentHashMap<>();
    private final Map<String, Notional> notionals = new ConcurrentHashMap<>();
    private final Map<String, PriceBounds> priceBounds = new ConcurrentHashMap<>();
    private final Map<String, BigDecimal> averagePrices = new ConcurrentHashMap<>();
    /** Symbols whose book ticker answers with another symbol's name: a mixed-up answer. */
    private final Map<String, String> misnamed = new ConcurrentHashMap<>();

    private final Map<String, Book> books = new ConcurrentHashMap<>();
    private final Map<String, BigDecimal> lastPrices = new ConcurrentHashMap<>();
    private final Map<String, List<Kline>> klines = new ConcurrentHashMap<>();

    void addSymbol(Listing listing) {
        listings.put(listing.symbol(), listing);
        books.putIfAbsent(listing.symbol(), new Book(List.of(), List.of()));
        statuses.put(listing.symbol(), "TRADING");
    }

    void setBook(String symbol, BigDecimal bid, BigDecimal ask) {
        setBook(symbol, List.of(new Level(bid, BOOK_QTY)), List.of(new Level(ask, BOOK_QTY)));
    }

    void setBook(String symbol, List<Level> bids, List<Level> asks) {
        known(symbol);
        books.put(symbol, new Book(List.copyOf(bids), List.copyOf(asks)));
    }

    /** TRADING, BREAK, HALT, END_OF_DAY …, as exchangeInfo reports it; null removes the listing from exchangeInfo. */
    void setStatus(String symbol, String status) {
        known(symbol);
        putOrRemove(statuses, symbol, status);
    }

    /** Null when the symbol is not listed in exchangeInfo at all (delisted). */
    String status(String symbol) {
        return statuses.get(listing(symbol).symbol());
    }

    void setMarketLot(String symbol, MarketLot lot) {
        known(symbol);
        marketLots.put(symbol, lot);
    }

    /** The MARKET_LOT_SIZE filter; LOT_SIZE's step with no maximum of its own when none was set. */
    MarketLot marketLot(String symbol) {
        Listing listing = listing(symbol);
        return marketLots.getOrDefault(listing.symbol(), new MarketLot(BigDecimal.ZERO, LOT_MAX, BigDecimal.ZERO));
    }

    void setNotional(String symbol, Notional notional) {
        known(symbol);
        notionals.put(symbol, notional);
    }

    Notional notional(String symbol) {
        return notionals.getOrDefault(listing(symbol).symbol(), DEFAULT_NOTIONAL);
    }

    void setPriceBounds(String symbol, PriceBounds bounds) {
        known(symbol);
        priceBounds.put(symbol, bounds);
    }

    /** PRICE_FILTER's bounds: one tick up to 1,000,000 unless set. */
    PriceBounds priceBounds(String symbol) {
        Listing listing = listing(symbol);
        return priceBounds.getOrDefault(
                listing.symbol(), new PriceBounds(listing.tick(), new BigDecimal("1000000.00000000")));
    }

    /** Null: the average follows the last price again. */
    void setAveragePrice(String symbol, BigDecimal price) {
        known(symbol);
        putOrRemove(averagePrices, symbol, price);
    }

    /** What GET /api/v3/avgPrice answers: as set, else the last price (itself the bid until set). */
    BigDecimal averagePrice(String symbol) {
        String name = listing(symbol).symbol();
        BigDecimal set = averagePrices.get(name);
        return set != null ? set : lastPrices.getOrDefault(name, books.get(name).bid());
    }

    JsonNode avgPrice(FakeRequest request, long serverTimeMs) {
        String symbol = listing(request.required("symbol")).symbol();
        return FakeJson.MAPPER
                .createObjectNode()
                .put("mins", notional(symbol).avgPriceMins())
                .put("price", FakeJson.amount(averagePrice(symbol)))
                .put("closeTime", serverTimeMs);
    }

    void setLastPrice(String symbol, BigDecimal price) {
        known(symbol);
        lastPrices.put(symbol, price);
    }

    void setKlines(String symbol, String interval, List<Kline> candles) {
        known(symbol);
        List<Kline> sorted = new ArrayList<>(candles);
        sorted.sort(Comparator.comparingLong(Kline::openTimeMs));
        klines.put(symbol + "/" + interval, List.copyOf(sorted));
    }

    /** The listing of a symbol a request names, or Binance's error for it. */
    Listing listing(String symbol) {
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new BinanceError(
                    400,
                    -1100,
                    "Illegal characters found in parameter 'symbol'; legal range is '" + SYMBOL.pattern() + "'.");
        }
        Listing listing = listings.get(symbol);
        if (listing == null) {
            throw BinanceError.invalidSymbol();
        }
        return listing;
    }

    Book book(String symbol) {
        return books.get(listing(symbol).symbol());
    }

    JsonNode bookTicker(FakeRequest request) {
        return oneOrEvery(request, this::bookJson);
    }

    JsonNode price(FakeRequest request) {
        return oneOrEvery(request, this::priceJson);
    }

    /** As Binance's ticker endpoints answer: the {@code symbol} asked for, or without one an array of every listing. */
    private JsonNode oneOrEvery(FakeRequest request, Function<String, ObjectNode> json) {
        String symbol = request.param("symbol");
        if (symbol != null) {
            return json.apply(listing(symbol).symbol());
        }
        ArrayNode all = FakeJson.MAPPER.createArrayNode();
        listings.keySet().forEach(each -> all.add(json.apply(each)));
        return all;
    }

    /** Binance's selection: from startTime the oldest, else the newest, never past endTime. */
    JsonNode klines(FakeRequest request) {
        String symbol = listing(request.required("symbol")).symbol();
        String interval = request.required("interval");
        if (!INTERVALS.contains(interval)) {
            throw new BinanceError(400, -1120, "Invalid interval.");
        }
        Long start = request.number("startTime");
        Long end = request.number("endTime");
        Long limit = request.number("limit");
        int max = limit == null ? 500 : limit.intValue();
        if (max < 1 || max > 1000) {
            throw new BinanceError(400, -1130, "Data sent for parameter 'limit' is not valid.");
        }
        List<Kline> matching = klines.getOrDefault(symbol + "/" + interval, List.of()).stream()
                .filter(k -> start == null || k.openTimeMs() >= start)
                .filter(k -> end == null || k.openTimeMs() <= end)
                .toList();
        List<Kline> chosen = start != null || matching.size() <= max
                ? matching.subList(0, Math.min(max, matching.size()))
                : matching.subList(matching.size() - max, matching.size());
        ArrayNode rows = FakeJson.MAPPER.createArrayNode();
        for (Kline k : chosen) {
            rows.addArray()
                    .add(k.openTimeMs())
                    .add(FakeJson.amount(k.open()))
                    .add(FakeJson.amount(k.high()))
                    .add(FakeJson.amount(k.low()))
                    .add(FakeJson.amount(k.close()))
                    .add(FakeJson.amount(k.volume()))
                    .add(k.closeTimeMs())
                    .add(FakeJson.amount(k.volume().multiply(k.close())))
                    .add(0)
                    .add(FakeJson.amount(BigDecimal.ZERO))
                    .add(FakeJson.amount(BigDecimal.ZERO))
                    .add("0");
        }
        return rows;
    }

    JsonNode exchangeInfo(FakeRequest request, long serverTimeMs) {
        ObjectNode info =
                FakeJson.MAPPER.createObjectNode().put("timezone", "UTC").put("serverTime", serverTimeMs);
        info.putArray("rateLimits")
                .addObject()
                .put("rateLimitType", "REQUEST_WEIGHT")
                .put("interval", "MINUTE")
                .put("intervalNum", 1)
                .put("limit", 6000);
        info.putArray("exchangeFilters");
        ArrayNode symbols = info.putArray("symbols");
        String only = request.param("symbol");
        for (Listing listing : only != null ? List.of(listing(only)) : listings.values()) {
            // A delisted symbol is simply absent from exchangeInfo, as on Binance.
            if (statuses.containsKey(listing.symbol())) {
                symbols.add(symbolJson(listing));
            }
        }
        return info;
    }

    private ObjectNode symbolJson(Listing listing) {
        ObjectNode symbol = FakeJson.MAPPER
                .createObjectNode()
                .put("symbol", listing.symbol())
                .put("status", statuses.get(listing.symbol()))
                .put("baseAsset", listing.base())
                .put("baseAssetPrecision", 8)
                .put("quoteAsset", listing.quote())
                .put("quotePrecision", 8)
                .put("quoteAssetPrecision", 8);
        ArrayNode types = symbol.putArray("orderTypes");
        List.of("LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT")
                .forEach(types::add);
        symbol.put("icebergAllowed", true)
                .put("ocoAllowed", true)
                .put("isSpotTradingAllowed", true)
                .put("isMarginTradingAllowed", false);
        ArrayNode filters = symbol.putArray("filters");
        PriceBounds bounds = priceBounds(listing.symbol());
        filters.addObject()
                .put("filterType", "PRICE_FILTER")
                .put("minPrice", FakeJson.amount(bounds.minPrice()))
                .put("maxPrice", FakeJson.amount(bounds.maxPrice()))
                .put("tickSize", FakeJson.amount(listing.tick()));
        filters.addObject()
                .put("filterType", "LOT_SIZE")
                .put("minQty", FakeJson.amount(listing.step()))
                .put("maxQty", FakeJson.amount(LOT_MAX))
                .put("stepSize", FakeJson.amount(listing.step()));
        MarketLot lot = marketLots.get(listing.symbol());
        if (lot != null) {
            filters.addObject()
                    .put("filterType", "MARKET_LOT_SIZE")
                    .put("minQty", FakeJson.amount(lot.minQty()))
                    .put("maxQty", FakeJson.amount(lot.maxQty()))
                    .put("stepSize", FakeJson.amount(lot.step()));
        } else {
            // What Binance lists for most spot symbols: MARKET_LOT_SIZE without a step of its own.
            filters.addObject()
                    .put("filterType", "MARKET_LOT_SIZE")
                    .put("minQty", "0.00000000")
                    .put("maxQty", FakeJson.amount(LOT_MAX))
                    .put("stepSize", "0.00000000");
        }
        Notional notional = notional(listing.symbol());
        filters.addObject()
                .put("filterType", "NOTIONAL")
                .put("minNotional", FakeJson.amount(listing.minNotional()))
                .put("applyMinToMarket", notional.applyMinToMarket())
                .put("maxNotional", FakeJson.amount(notional.maxNotional()))
                .put("applyMaxToMarket", notional.applyMaxToMarket())
                .put("avgPriceMins", notional.avgPriceMins());
        symbol.putArray("permissions");
        symbol.putArray("permissionSets").addArray().add("SPOT");
        return symbol;
    }

    void misnameBook(String symbol, String shownAs) {
        known(symbol);
        if (shownAs == null) {
            misnamed.remove(symbol);
        } else {
            misnamed.put(symbol, shownAs);
        }
    }

    private ObjectNode bookJson(String symbol) {
        Book book = books.get(symbol);
        return FakeJson.MAPPER
                .createObjectNode()
                .put("symbol", misnamed.getOrDefault(symbol, symbol))
                .put("bidPrice", FakeJson.amount(book.bid()))
                .put("bidQty", FakeJson.amount(topQty(book.bids())))
                .put("askPrice", FakeJson.amount(book.ask()))
                .put("askQty", FakeJson.amount(topQty(book.asks())));
    }

    private static BigDecimal topQty(List<Level> side) {
        return side.isEmpty() ? BigDecimal.ZERO : side.getFirst().qty();
    }

    private ObjectNode priceJson(String symbol) {
        BigDecimal last = lastPrices.getOrDefault(symbol, books.get(symbol).bid());
        return FakeJson.MAPPER.createObjectNode().put("symbol", symbol).put("price", FakeJson.amount(last));
    }

    private void known(String symbol) {
        if (!listings.containsKey(symbol)) {
            throw new IllegalArgumentException(symbol + " is not listed on the fake; addSymbol it first");
        }
    }

    /** A concurrent map holds no null: a null value takes the key out (the default answers again). */
    private static <V> void putOrRemove(Map<String, V> settings, String symbol, V value) {
        if (value == null) {
            settings.remove(symbol);
        } else {
            settings.put(symbol, value);
        }
    }
}
