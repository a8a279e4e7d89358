package dev.robson.server.exchange.binance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Binance's JSON read into records. Amounts arrive as strings and go straight into BigDecimal;
 * a JSON number where Binance sends a string is refused rather than read through a double.
 */
final class BinancePayloads {

    private BinancePayloads() {}

    static BookTicker bookTicker(JsonNode book) {
        return new BookTicker(
                text(book, "symbol"),
                decimal(book, "bidPrice"),
                decimal(book, "bidQty"),
                decimal(book, "askPrice"),
                decimal(book, "askQty"));
    }

    static BigDecimal price(JsonNode ticker) {
        return decimal(ticker, "price");
    }

    static long serverTime(JsonNode time) {
        return integer(time, "serverTime");
    }

    /** {@code [openTime, "open", "high", "low", "close", "volume", closeTime, …]} per candle. */
    static List<Kline> klines(JsonNode rows) {
        List<Kline> klines = new ArrayList<>();
        for (JsonNode row : elements(rows, "klines")) {
            if (!row.isArray() || row.size() < 7) {
                throw malformed("a kline is not an array of at least 7 fields");
            }
            klines.add(new Kline(
                    integerValue(row.get(0), "openTime"),
                    decimalValue(row.get(1), "open"),
                    decimalValue(row.get(2), "high"),
                    decimalValue(row.get(3), "low"),
                    decimalValue(row.get(4), "close"),
                    decimalValue(row.get(5), "volume"),
                    integerValue(row.get(6), "closeTime")));
        }
        return List.copyOf(klines);
    }

    static List<ExchangeSymbol> exchangeInfo(JsonNode info) {
        List<ExchangeSymbol> symbols = new ArrayList<>();
        for (JsonNode symbol : elements(info.get("symbols"), "symbols")) {
            BigDecimal tick = null;
            BigDecimal minPrice = null;
            BigDecimal maxPrice = null;
            BigDecimal step = null;
            BigDecimal minQty = null;
            BigDecimal maxQty = null;
            BigDecimal marketMin = null;
            BigDecimal marketMax = null;
            BigDecimal marketStep = null;
            BigDecimal minNotional = null;
            BigDecimal maxNotional = null;
            BigDecimal legacyMinNotional = null;
            boolean applyMin = true;
            boolean applyMax = false;
            Integer avgPriceMins = null;
            for (JsonNode filter : elements(symbol.path("filters"), "filters")) {
                switch (filter.path("filterType").asString("")) {
                    case "PRICE_FILTER" -> {
                        tick = decimal(filter, "tickSize");
                        minPrice = optionalDecimal(filter, "minPrice");
                        maxPrice = optionalDecimal(filter, "maxPrice");
                    }
                    case "LOT_SIZE" -> {
                        step = decimal(filter, "stepSize");
                        minQty = optionalDecimal(filter, "minQty");
                        maxQty = optionalDecimal(filter, "maxQty");
                    }
                    case "MARKET_LOT_SIZE" -> {
                        marketMin = optionalDecimal(filter, "minQty");
                        marketMax = optionalDecimal(filter, "maxQty");
                        marketStep = optionalDecimal(filter, "stepSize");
                    }
                    case "NOTIONAL" -> {
                        minNotional = decimal(filter, "minNotional");
                        maxNotional = optionalDecimal(filter, "maxNotional");
                        applyMin = filter.path("applyMinToMarket").asBoolean(true);
                        applyMax = filter.path("applyMaxToMarket").asBoolean(false);
                        avgPriceMins = averagePriceMinutes(filter);
                    }
                    case "MIN_NOTIONAL" -> {
                        legacyMinNotional = decimal(filter, "minNotional");
                        if (minNotional == null) {
                            applyMin = filter.path("applyToMarket").asBoolean(true);
                            avgPriceMins = averagePriceMinutes(filter);
                        }
                    }
                    default -> {}
                }
            }
            symbols.add(new ExchangeSymbol(
                    text(symbol, "symbol"),
                    text(symbol, "status"),
                    text(symbol, "baseAsset"),
                    text(symbol, "quoteAsset"),
                    tick,
                    step,
                    minNotional != null ? minNotional : legacyMinNotional,
                    symbol.path("isSpotTradingAllowed").asBoolean(false),
                    minQty,
                    maxQty,
                    marketMin,
                    marketMax,
                    marketStep,
                    maxNotional,
                    applyMin,
                    applyMax,
                    avgPriceMins,
                    minPrice,
                    maxPrice));
        }
        return List.copyOf(symbols);
    }

    /** A decimal string Binance may leave out; "0" where a maximum is meant counts as none. */
    private static BigDecimal optionalDecimal(JsonNode object, String field) {
        return object.has(field) ? decimal(object, field) : null;
    }

    /**
     * The minutes of the average price a market order's notional is checked against; 0 means the
     * last price. NOTIONAL and the older MIN_NOTIONAL carry it alike.
     */
    private static Integer averagePriceMinutes(JsonNode filter) {
        return filter.has("avgPriceMins") ? filter.get("avgPriceMins").asInt() : null;
    }

    static AccountBalances account(JsonNode account) {
        List<AccountBalances.AssetBalance> balances = new ArrayList<>();
        for (JsonNode balance : elements(account.get("balances"), "balances")) {
            balances.add(new AccountBalances.AssetBalance(
                    text(balance, "asset"), decimal(balance, "free"), decimal(balance, "locked")));
        }
        return new AccountBalances(balances);
    }

    static OrderResult order(JsonNode order) {
        List<OrderResult.Fill> fills = new ArrayList<>();
        if (order.has("fills")) {
            for (JsonNode fill : elements(order.get("fills"), "fills")) {
                fills.add(new OrderResult.Fill(
                        decimal(fill, "price"),
                        decimal(fill, "qty"),
                        decimal(fill, "commission"),
                        text(fill, "commissionAsset"),
                        fill.has("tradeId") ? integer(fill, "tradeId") : 0));
            }
        }
        Long time = order.has("transactTime")
                ? Long.valueOf(integer(order, "transactTime"))
                : order.has("time") ? Long.valueOf(integer(order, "time")) : null;
        return new OrderResult(
                text(order, "symbol"),
                integer(order, "orderId"),
                text(order, "clientOrderId"),
                text(order, "status"),
                decimal(order, "origQty"),
                decimal(order, "executedQty"),
                decimal(order, "cummulativeQuoteQty"),
                fills,
                order.has("side") ? text(order, "side") : null,
                time);
    }

    /** {@code GET /api/v3/myTrades}: each trade of an order with its commission. */
    static List<OrderResult.Fill> trades(JsonNode trades) {
        List<OrderResult.Fill> fills = new ArrayList<>();
        for (JsonNode trade : elements(trades, "trades")) {
            fills.add(new OrderResult.Fill(
                    decimal(trade, "price"),
                    decimal(trade, "qty"),
                    decimal(trade, "commission"),
                    text(trade, "commissionAsset"),
                    integer(trade, "id")));
        }
        return List.copyOf(fills);
    }

    /** {@code GET /api/v3/account/commission}: the standard rates, and whether the account pays them in BNB. */
    static StandardCommission commission(JsonNode rates) {
        JsonNode standard = rates.get("standardCommission");
        if (standard == null || !standard.isObject()) {
            throw malformed("'standardCommission' is not an object");
        }
        JsonNode discount = rates.get("discount");
        boolean inBnb = discount != null
                && discount.isObject()
                && discount.path("enabledForAccount").asBoolean(false);
        return new StandardCommission(
                text(rates, "symbol"), decimal(standard, "maker"), decimal(standard, "taker"), inBnb);
    }

    private static Iterable<JsonNode> elements(JsonNode array, String name) {
        if (array == null || !array.isArray()) {
            throw malformed("'" + name + "' is not an array");
        }
        return array.values();
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isString()) {
            throw malformed("'" + field + "' is not a string");
        }
        return value.stringValue();
    }

    private static BigDecimal decimal(JsonNode object, String field) {
        return decimalValue(object.get(field), field);
    }

    private static BigDecimal decimalValue(JsonNode value, String name) {
        if (value == null || !value.isString()) {
            throw malformed("'" + name + "' is not a decimal string");
        }
        try {
            return new BigDecimal(value.stringValue());
        } catch (NumberFormatException e) {
            throw malformed("'" + name + "' is not a decimal string");
        }
    }

    private static long integer(JsonNode object, String field) {
        return integerValue(object.get(field), field);
    }

    private static long integerValue(JsonNode value, String name) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw malformed("'" + name + "' is not an integer");
        }
        return value.longValue();
    }

    private static ExchangeUnavailable malformed(String what) {
        return new ExchangeUnavailable("Binance sent an unexpected payload: " + what);
    }
}
