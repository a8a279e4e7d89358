package dev.robson.server.exchange.binance.fake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * MARKET and LIMIT IOC orders: checked against the symbol's status, LOT_SIZE, MARKET_LOT_SIZE
 * (MARKET) or PRICE_FILTER (LIMIT), NOTIONAL and the account's free balance, filled by walking
 * the fake's book (a LIMIT IOC only through the levels at or better than its price, the rest
 * cancelled: EXPIRED with what executed, as Binance reports it), charged commission the way
 * Binance charges it, kept per account by client order id; and the mishaps a test arranges
 * for the next one.
 */
final class FakeOrders {

    /** What goes wrong with the next order after it has been recorded and filled. */
    enum Mishap {
        TIME_OUT,
        SERVER_ERROR,
        BACKEND_TIMEOUT,
        UNEXPECTED_RESPONSE,
        DROP_CONNECTION,
        REPORT_PARTIAL_FIRST,
        UNREADABLE_ANSWER
    }

    /** Binance's BNB discount on commission paid in BNB: a quarter off. */
    private static final BigDecimal BNB_DISCOUNT = new BigDecimal("0.75");
    /** Binance shows commissions with 8 decimals. */
    private static final int COMMISSION_SCALE = 8;

    private record Partial(BigDecimal executedQty, String status) {}

    private final FakeMarket market;
    private final FakeAccounts accounts;
    private final List<ReceivedOrder> orders = new ArrayList<>();
    private final Map<String, ReceivedOrder> byClientOrderId = new HashMap<>();
    /** Orders a lookup reports as they stood when placing answered, until the next lookup: PARTIALLY_FILLED first. */
    private final Map<String, ReceivedOrder> reportedPartly = new HashMap<>();

    private long nextOrderId = 1;
    private long nextTradeId = 1;
    private BigDecimal commissionRate = BigDecimal.ZERO;
    private boolean commissionInBnb;
    private Mishap nextMishap;
    private int nextMishapStatus;
    private Partial nextPartial;
    /** The book the next order meets instead of the one quoted: the market moved while it travelled. */
    private Map.Entry<String, FakeMarket.Book> nextBook;

    private int lookupAuthFailures;

    FakeOrders(FakeMarket market, FakeAccounts accounts) {
        this.market = market;
        this.accounts = accounts;
    }

    synchronized void mishapNext(Mishap mishap, int status) {
        nextMishap = mishap;
        nextMishapStatus = status;
    }

    synchronized void partiallyFillNext(BigDecimal executedQty, String status) {
        nextPartial = new Partial(executedQty, status);
    }

    synchronized void moveBookBeforeNextOrder(String symbol, FakeMarket.Book book) {
        nextBook = Map.entry(symbol, book);
    }

    synchronized void setCommissionRate(BigDecimal rate) {
        commissionRate = rate;
    }

    synchronized BigDecimal commissionRate() {
        return commissionRate;
    }

    /** Binance's "use BNB to pay for fees": commission in BNB at a quarter off, while the BNB balance covers it. */
    synchronized void payCommissionInBnb(boolean inBnb) {
        commissionInBnb = inBnb;
    }

    synchronized void refuseLookupsWithAuthError(int count) {
        lookupAuthFailures = count;
    }

    synchronized List<ReceivedOrder> orders() {
        return List.copyOf(orders);
    }

    /** An order the account already has, e.g. placed long ago by another installation with the same client order id. */
    synchronized void seed(
            String apiKey,
            String symbol,
            String side,
            BigDecimal qty,
            BigDecimal price,
            String clientOrderId,
            long timeMs) {
        var fill = new ReceivedOrder.Fill(price, qty, BigDecimal.ZERO, "USDC", nextTradeId++);
        var order = new ReceivedOrder(
                nextOrderId++,
                apiKey,
                symbol,
                side,
                "MARKET",
                qty,
                qty,
                qty.multiply(price),
                price,
                BigDecimal.ZERO,
                "USDC",
                clientOrderId,
                "FILLED",
                timeMs,
                List.of(fill),
                null,
                null);
        byClientOrderId.put(apiKey + "/" + clientOrderId, order);
    }

    synchronized FakeReply place(FakeRequest request, String apiKey, long nowMs) {
        FakeMarket.Listing listing = market.listing(request.required("symbol"));
        String side = request.required("side");
        if (!side.equals("BUY") && !side.equals("SELL")) {
            throw new BinanceError(400, -1117, "Invalid side.");
        }
        // The fake simulates MARKET and LIMIT IOC orders; Binance would accept the others.
        String type = request.required("type");
        boolean limit = type.equals("LIMIT");
        if (!type.equals("MARKET") && !limit) {
            throw new BinanceError(400, -1116, "Invalid orderType.");
        }
        BigDecimal limitPrice = null;
        String timeInForce = null;
        if (limit) {
            timeInForce = request.required("timeInForce");
            if (!timeInForce.equals("IOC")) {
                throw new BinanceError(400, -1115, "Invalid timeInForce.");
            }
            limitPrice = decimal("price", request.required("price"));
            FakeMarket.PriceBounds bounds = market.priceBounds(listing.symbol());
            if (limitPrice.signum() <= 0
                    || limitPrice.remainder(listing.tick()).signum() != 0
                    || (bounds.minPrice().signum() > 0 && limitPrice.compareTo(bounds.minPrice()) < 0)
                    || (bounds.maxPrice().signum() > 0 && limitPrice.compareTo(bounds.maxPrice()) > 0)) {
                throw new BinanceError(400, -1013, "Filter failure: PRICE_FILTER");
            }
        }
        BigDecimal quantity = decimal("quantity", request.required("quantity"));
        if (quantity.compareTo(listing.step()) < 0
                || quantity.compareTo(FakeMarket.LOT_MAX) > 0
                || quantity.remainder(listing.step()).signum() != 0) {
            throw new BinanceError(400, -1013, "Filter failure: LOT_SIZE");
        }
        FakeMarket.MarketLot lot = market.marketLot(listing.symbol());
        if (!limit
                && (quantity.compareTo(lot.minQty()) < 0
                        || quantity.compareTo(lot.maxQty()) > 0
                        || (lot.step().signum() > 0
                                && quantity.remainder(lot.step()).signum() != 0))) {
            throw new BinanceError(400, -1013, "Filter failure: MARKET_LOT_SIZE");
        }
        String clientOrderId = request.param("newClientOrderId");
        if (clientOrderId == null) {
            clientOrderId = "fake" + nextOrderId;
        }
        if (byClientOrderId.containsKey(apiKey + "/" + clientOrderId)) {
            throw new BinanceError(400, -2010, "Duplicate order sent.");
        }
        if (!"TRADING".equals(market.status(listing.symbol()))) {
            throw new BinanceError(400, -2010, "Market is closed.");
        }
        boolean buy = side.equals("BUY");
        if (nextBook != null && nextBook.getKey().equals(listing.symbol())) {
            FakeMarket.Book moved = nextBook.getValue();
            nextBook = null;
            market.setBook(listing.symbol(), moved.bids(), moved.asks());
        }
        FakeMarket.Book book = market.book(listing.symbol());
        List<FakeMarket.Level> levels = buy ? book.asks() : book.bids();
        if (levels.isEmpty() || levels.getFirst().price().signum() == 0) {
            throw new BinanceError(400, -2010, "Market is closed.");
        }
        // Binance judges a MARKET order's notional at the average price over avgPriceMins, and
        // only by the bounds that apply to MARKET orders; a LIMIT order's at its own price, by both.
        FakeMarket.Notional filter = market.notional(listing.symbol());
        BigDecimal notional = quantity.multiply(limit ? limitPrice : market.averagePrice(listing.symbol()));
        boolean belowMin = (limit || filter.applyMinToMarket()) && notional.compareTo(listing.minNotional()) < 0;
        boolean aboveMax = (limit || filter.applyMaxToMarket()) && notional.compareTo(filter.maxNotional()) > 0;
        if (belowMin || aboveMax) {
            throw new BinanceError(400, -1013, "Filter failure: NOTIONAL");
        }
        // A LIMIT order must be covered at its price before it may trade at all.
        if (limit) {
            String reserved = buy ? listing.quote() : listing.base();
            BigDecimal needed = buy ? quantity.multiply(limitPrice) : quantity;
            if (accounts.holding(apiKey, reserved).free().compareTo(needed) < 0) {
                throw new BinanceError(400, -2010, "Account has insufficient balance for requested action.");
            }
        }
        Partial partial = nextPartial;
        nextPartial = null;
        List<FakeMarket.Level> reachable = limit ? marketable(levels, limitPrice, buy) : levels;
        BigDecimal executed =
                partial == null ? (limit ? quantity.min(depth(reachable, levels)) : quantity) : partial.executedQty();
        String status = partial == null ? (executed.compareTo(quantity) == 0 ? "FILLED" : "EXPIRED") : partial.status();
        List<FakeMarket.Level> taken = executed.signum() == 0 ? List.of() : walk(reachable, executed);
        BigDecimal quoteQty =
                taken.stream().map(l -> l.price().multiply(l.qty())).reduce(BigDecimal.ZERO, BigDecimal::add);
        // Binance refuses what the account cannot cover before filling any of it.
        String spentAsset = buy ? listing.quote() : listing.base();
        BigDecimal spent = buy ? quoteQty : executed;
        if (accounts.holding(apiKey, spentAsset).free().compareTo(spent) < 0) {
            throw new BinanceError(400, -2010, "Account has insufficient balance for requested action.");
        }
        List<ReceivedOrder.Fill> fills = new ArrayList<>();
        BigDecimal bnbPrice = bnbPrice(listing.quote());
        BigDecimal bnbFees = BigDecimal.ZERO;
        for (FakeMarket.Level level : taken) {
            BigDecimal value = level.price().multiply(level.qty());
            BigDecimal commission;
            String asset;
            BigDecimal inBnb = bnbPrice == null
                    ? null
                    : value.multiply(commissionRate)
                            .multiply(BNB_DISCOUNT)
                            .divide(bnbPrice, COMMISSION_SCALE, RoundingMode.HALF_UP);
            if (commissionInBnb
                    && inBnb != null
                    && accounts.holding(apiKey, "BNB").free().compareTo(bnbFees.add(inBnb)) >= 0) {
                commission = inBnb;
                asset = "BNB";
                bnbFees = bnbFees.add(inBnb);
            } else {
                // Otherwise in the asset the trade brings in: base on a BUY, quote on a SELL.
                commission = (buy ? level.qty() : value)
                        .multiply(commissionRate)
                        .setScale(COMMISSION_SCALE, RoundingMode.HALF_UP);
                asset = buy ? listing.base() : listing.quote();
            }
            fills.add(new ReceivedOrder.Fill(level.price(), level.qty(), commission, asset, nextTradeId++));
        }
        BigDecimal baseFee = sum(fills, listing.base());
        BigDecimal quoteFee = sum(fills, listing.quote());
        if (buy) {
            accounts.settle(
                    apiKey, listing.quote(), quoteQty.add(quoteFee), listing.base(), executed.subtract(baseFee));
        } else {
            accounts.settle(
                    apiKey, listing.base(), executed.add(baseFee), listing.quote(), quoteQty.subtract(quoteFee));
        }
        if (bnbFees.signum() > 0) {
            accounts.settle(apiKey, "BNB", bnbFees, "BNB", BigDecimal.ZERO);
        }
        BigDecimal totalCommission =
                fills.stream().map(ReceivedOrder.Fill::commission).reduce(BigDecimal.ZERO, BigDecimal::add);
        String commissionAsset = fills.isEmpty()
                ? (buy ? listing.base() : listing.quote())
                : fills.getFirst().commissionAsset();
        var order = new ReceivedOrder(
                nextOrderId++,
                apiKey,
                listing.symbol(),
                side,
                type,
                quantity,
                executed,
                quoteQty,
                taken.isEmpty() ? levels.getFirst().price() : taken.getFirst().price(),
                totalCommission,
                commissionAsset,
                clientOrderId,
                status,
                nowMs,
                fills,
                limitPrice,
                timeInForce);
        orders.add(order);
        byClientOrderId.put(apiKey + "/" + clientOrderId, order);
        return deliver(order, request.param("newOrderRespType"));
    }

    synchronized JsonNode query(FakeRequest request, String apiKey) {
        if (lookupAuthFailures > 0) {
            lookupAuthFailures--;
            throw new BinanceError(401, -2015, "Invalid API-key, IP, or permissions for action.");
        }
        String symbol = market.listing(request.required("symbol")).symbol();
        String clientOrderId = request.param("origClientOrderId");
        Long orderId = request.number("orderId");
        if (clientOrderId == null && orderId == null) {
            throw new BinanceError(
                    400, -1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
        }
        ReceivedOrder order = clientOrderId != null
                ? byClientOrderId.get(apiKey + "/" + clientOrderId)
                : orders.stream()
                        .filter(o -> o.apiKey().equals(apiKey) && o.orderId() == orderId)
                        .findFirst()
                        .orElse(null);
        if (order == null || !order.symbol().equals(symbol)) {
            throw new BinanceError(400, -2013, "Order does not exist.");
        }
        ReceivedOrder partly = reportedPartly.remove(apiKey + "/" + order.clientOrderId());
        ObjectNode json = orderJson(partly != null ? partly : order);
        json.put("stopPrice", "0.00000000")
                .put("icebergQty", "0.00000000")
                .put("time", order.transactTimeMs())
                .put("updateTime", order.transactTimeMs())
                .put("isWorking", true)
                .put("workingTime", order.transactTimeMs())
                .put("origQuoteOrderQty", "0.00000000")
                .put("selfTradePreventionMode", "EXPIRE_MAKER");
        return json;
    }

    /** GET /api/v3/myTrades for one orderId: the order's trades with their commissions. */
    synchronized JsonNode trades(FakeRequest request, String apiKey) {
        String symbol = market.listing(request.required("symbol")).symbol();
        Long orderId = request.number("orderId");
        ArrayNode trades = FakeJson.MAPPER.createArrayNode();
        byClientOrderId.values().stream()
                .filter(o -> o.apiKey().equals(apiKey) && o.symbol().equals(symbol))
                .filter(o -> orderId == null || o.orderId() == orderId)
                .forEach(o -> o.fills()
                        .forEach(fill -> trades.addObject()
                                .put("symbol", symbol)
                                .put("id", fill.tradeId())
                                .put("orderId", o.orderId())
                                .put("orderListId", -1)
                                .put("price", FakeJson.amount(fill.price()))
                                .put("qty", FakeJson.amount(fill.qty()))
                                .put("quoteQty", FakeJson.amount(fill.price().multiply(fill.qty())))
                                .put("commission", FakeJson.amount(fill.commission()))
                                .put("commissionAsset", fill.commissionAsset())
                                .put("time", o.transactTimeMs())
                                .put("isBuyer", o.side().equals("BUY"))
                                .put("isMaker", false)
                                .put("isBestMatch", true)));
        return trades;
    }

    /** GET /api/v3/account/commission: the rate this fake charges, as Binance's standard commission. */
    synchronized JsonNode commission(FakeRequest request) {
        String symbol = market.listing(request.required("symbol")).symbol();
        ObjectNode json = FakeJson.MAPPER.createObjectNode().put("symbol", symbol);
        String rate = FakeJson.amount(commissionRate);
        json.putObject("standardCommission")
                .put("maker", rate)
                .put("taker", rate)
                .put("buyer", "0.00000000")
                .put("seller", "0.00000000");
        json.putObject("specialCommission")
                .put("maker", "0.00000000")
                .put("taker", "0.00000000")
                .put("buyer", "0.00000000")
                .put("seller", "0.00000000");
        json.putObject("taxCommission")
                .put("maker", "0.00000000")
                .put("taker", "0.00000000")
                .put("buyer", "0.00000000")
                .put("seller", "0.00000000");
        json.putObject("discount")
                .put("enabledForAccount", commissionInBnb)
                .put("enabledForSymbol", true)
                .put("discountAsset", "BNB")
                .put("discount", FakeJson.amount(BNB_DISCOUNT));
        return json;
    }

    /** The levels a LIMIT order may trade with: at or below its price to buy, at or above to sell. */
    private static List<FakeMarket.Level> marketable(List<FakeMarket.Level> levels, BigDecimal price, boolean buy) {
        return levels.stream()
                .filter(level -> buy
                        ? level.price().compareTo(price) <= 0
                        : level.price().compareTo(price) >= 0)
                .toList();
    }

    /**
     * What the reachable levels hold; unbounded when they are the whole side (its last level is
     * taken as deep enough for anything), otherwise exactly their quantities.
     */
    private static BigDecimal depth(List<FakeMarket.Level> reachable, List<FakeMarket.Level> side) {
        if (reachable.size() == side.size()) {
            return FakeMarket.LOT_MAX;
        }
        return reachable.stream().map(FakeMarket.Level::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Takes {@code quantity} from the levels best first; the last level is deep enough for any rest. */
    private static List<FakeMarket.Level> walk(List<FakeMarket.Level> levels, BigDecimal quantity) {
        List<FakeMarket.Level> taken = new ArrayList<>();
        BigDecimal left = quantity;
        for (int i = 0; i < levels.size() && left.signum() > 0; i++) {
            FakeMarket.Level level = levels.get(i);
            BigDecimal qty = i == levels.size() - 1 ? left : left.min(level.qty());
            taken.add(new FakeMarket.Level(level.price(), qty));
            left = left.subtract(qty);
        }
        return taken;
    }

    private BigDecimal bnbPrice(String quote) {
        try {
            BigDecimal bid = market.book("BNB" + quote).bid();
            return bid.signum() > 0 ? bid : null;
        } catch (BinanceError notListed) {
            return null;
        }
    }

    private static BigDecimal sum(List<ReceivedOrder.Fill> fills, String asset) {
        return fills.stream()
                .filter(f -> f.commissionAsset().equals(asset))
                .map(ReceivedOrder.Fill::commission)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private FakeReply deliver(ReceivedOrder order, String responseType) {
        Mishap mishap = nextMishap;
        nextMishap = null;
        FakeReply filled = FakeReply.ok(placedJson(order, responseType));
        if (mishap == null) {
            return filled;
        }
        return switch (mishap) {
            case TIME_OUT -> filled.delivered(FakeReply.Delivery.STALL);
            case DROP_CONNECTION -> filled.delivered(FakeReply.Delivery.DROP);
            // A 200 whose body was cut short on the way: the order exists, its answer cannot be read.
            case UNREADABLE_ANSWER -> filled.truncated();
            case SERVER_ERROR ->
                FakeReply.error(
                        nextMishapStatus, -1001, "Internal error; unable to process your request. Please try again.");
            // The HTTP status Binance pairs with -1007 is not documented; 408 is our assumption.
            case BACKEND_TIMEOUT ->
                FakeReply.error(
                        408,
                        -1007,
                        "Timeout waiting for response from backend server. Send status unknown; execution status unknown.");
            // Nor is -1006's; a 4xx here, so that only the code can tell the client the order may exist.
            case UNEXPECTED_RESPONSE ->
                FakeReply.error(
                        400,
                        -1006,
                        "An unexpected response was received from the message bus. Execution status unknown.");
            case REPORT_PARTIAL_FIRST -> {
                // The answer shows the first fill only, PARTIALLY_FILLED; the order went on to fill in full,
                // which the first lookup does not show yet either: the second one does.
                ReceivedOrder first = new ReceivedOrder(
                        order.orderId(),
                        order.apiKey(),
                        order.symbol(),
                        order.side(),
                        order.type(),
                        order.origQty(),
                        order.fills().getFirst().qty(),
                        order.fills()
                                .getFirst()
                                .price()
                                .multiply(order.fills().getFirst().qty()),
                        order.fillPrice(),
                        order.fills().getFirst().commission(),
                        order.commissionAsset(),
                        order.clientOrderId(),
                        "PARTIALLY_FILLED",
                        order.transactTimeMs(),
                        List.of(order.fills().getFirst()),
                        order.limitPrice(),
                        order.timeInForce());
                reportedPartly.put(order.apiKey() + "/" + order.clientOrderId(), first);
                yield FakeReply.ok(placedJson(first, responseType));
            }
        };
    }

    /** A price or quantity in the only form Binance accepts: plain digits, at most 20 each side of the point. */
    private static BigDecimal decimal(String parameter, String raw) {
        String legal = "^([0-9]{1,20})(\\.[0-9]{1,20})?$";
        if (!raw.matches(legal)) {
            throw new BinanceError(
                    400,
                    -1100,
                    "Illegal characters found in parameter '" + parameter + "'; legal range is '" + legal + "'.");
        }
        return new BigDecimal(raw);
    }

    /** ACK, RESULT or FULL, as newOrderRespType asks; MARKET orders default to FULL. */
    private static JsonNode placedJson(ReceivedOrder order, String responseType) {
        String type = responseType == null ? "FULL" : responseType;
        if (type.equals("ACK")) {
            return identity(order).put("transactTime", order.transactTimeMs());
        }
        ObjectNode json = orderJson(order);
        json.put("transactTime", order.transactTimeMs())
                .put("workingTime", order.transactTimeMs())
                .put("origQuoteOrderQty", "0.00000000")
                .put("selfTradePreventionMode", "EXPIRE_MAKER");
        if (type.equals("FULL")) {
            ArrayNode fills = json.putArray("fills");
            for (ReceivedOrder.Fill fill : order.fills()) {
                fills.addObject()
                        .put("price", FakeJson.amount(fill.price()))
                        .put("qty", FakeJson.amount(fill.qty()))
                        .put("commission", FakeJson.amount(fill.commission()))
                        .put("commissionAsset", fill.commissionAsset())
                        .put("tradeId", fill.tradeId());
            }
        }
        return json;
    }

    /** The fields every answer about an order starts with, in Binance's order. */
    private static ObjectNode identity(ReceivedOrder order) {
        return FakeJson.MAPPER
                .createObjectNode()
                .put("symbol", order.symbol())
                .put("orderId", order.orderId())
                .put("orderListId", -1)
                .put("clientOrderId", order.clientOrderId());
    }

    private static ObjectNode orderJson(ReceivedOrder order) {
        return identity(order)
                .put("price", FakeJson.amount(order.limitPrice() == null ? BigDecimal.ZERO : order.limitPrice()))
                .put("origQty", FakeJson.amount(order.origQty()))
                .put("executedQty", FakeJson.amount(order.executedQty()))
                .put("cummulativeQuoteQty", FakeJson.amount(order.cummulativeQuoteQty()))
                .put("status", order.status())
                .put("timeInForce", order.timeInForce() == null ? "GTC" : order.timeInForce())
                .put("type", order.type())
                .put("side", order.side());
    }
}
