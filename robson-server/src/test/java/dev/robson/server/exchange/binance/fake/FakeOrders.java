package dev.robson.server.exchange.binance.fake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * MARKET orders: filled at once against the fake's book, kept per account by client order id,
 * and the mishaps a test arranges for the next one.
 */
final class FakeOrders {

    /** What goes wrong with the next order after it has been recorded and filled. */
    enum Mishap { TIME_OUT, SERVER_ERROR, BACKEND_TIMEOUT, DROP_CONNECTION }

    private record Partial(BigDecimal executedQty, String status) {
    }

    private final FakeMarket market;
    private final FakeAccounts accounts;
    private final List<ReceivedOrder> orders = new ArrayList<>();
    private final Map<String, ReceivedOrder> byClientOrderId = new HashMap<>();
    private long nextOrderId = 1;
    private BigDecimal commissionRate = BigDecimal.ZERO;
    private Mishap nextMishap;
    private int nextMishapStatus;
    private Partial nextPartial;

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

    synchronized void setCommissionRate(BigDecimal rate) {
        commissionRate = rate;
    }

    synchronized List<ReceivedOrder> orders() {
        return List.copyOf(orders);
    }

    synchronized FakeReply place(FakeRequest request, String apiKey, long nowMs) {
        FakeMarket.Listing listing = market.listing(request.required("symbol"));
        String side = request.required("side");
        if (!side.equals("BUY") && !side.equals("SELL")) {
            throw new BinanceError(400, -1117, "Invalid side.");
        }
        // The fake simulates MARKET orders only; Binance would accept the others.
        if (!"MARKET".equals(request.required("type"))) {
            throw new BinanceError(400, -1116, "Invalid orderType.");
        }
        BigDecimal quantity = quantity(request.required("quantity"));
        if (quantity.compareTo(listing.step()) < 0 || quantity.remainder(listing.step()).signum() != 0) {
            throw new BinanceError(400, -1013, "Filter failure: LOT_SIZE");
        }
        String clientOrderId = request.param("newClientOrderId");
        if (clientOrderId == null) {
            clientOrderId = "fake" + nextOrderId;
        }
        if (byClientOrderId.containsKey(apiKey + "/" + clientOrderId)) {
            throw new BinanceError(400, -2010, "Duplicate order sent.");
        }
        FakeMarket.Book book = market.book(listing.symbol());
        BigDecimal price = side.equals("BUY") ? book.ask() : book.bid();
        if (price.signum() == 0) {
            throw new BinanceError(400, -2010, "Market is closed.");
        }
        if (quantity.multiply(price).compareTo(listing.minNotional()) < 0) {
            throw new BinanceError(400, -1013, "Filter failure: NOTIONAL");
        }
        Partial partial = nextPartial;
        BigDecimal executed = partial == null ? quantity : partial.executedQty();
        String status = partial == null ? "FILLED" : partial.status();
        BigDecimal quoteQty = executed.multiply(price);
        boolean buy = side.equals("BUY");
        String commissionAsset = buy ? listing.base() : listing.quote();
        BigDecimal commission = (buy ? executed : quoteQty).multiply(commissionRate);
        if (buy) {
            accounts.settle(apiKey, listing.quote(), quoteQty, listing.base(), executed.subtract(commission));
        } else {
            accounts.settle(apiKey, listing.base(), executed, listing.quote(), quoteQty.subtract(commission));
        }
        nextPartial = null;
        var order = new ReceivedOrder(nextOrderId++, apiKey, listing.symbol(), side, "MARKET", quantity, executed,
                quoteQty, price, commission, commissionAsset, clientOrderId, status, nowMs);
        orders.add(order);
        byClientOrderId.put(apiKey + "/" + clientOrderId, order);
        return deliver(FakeReply.ok(placedJson(order, request.param("newOrderRespType"))));
    }

    synchronized JsonNode query(FakeRequest request, String apiKey) {
        String symbol = market.listing(request.required("symbol")).symbol();
        String clientOrderId = request.param("origClientOrderId");
        Long orderId = request.number("orderId");
        if (clientOrderId == null && orderId == null) {
            throw new BinanceError(400, -1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
        }
        ReceivedOrder order = clientOrderId != null
                ? byClientOrderId.get(apiKey + "/" + clientOrderId)
                : orders.stream().filter(o -> o.apiKey().equals(apiKey) && o.orderId() == orderId).findFirst().orElse(null);
        if (order == null || !order.symbol().equals(symbol)) {
            throw new BinanceError(400, -2013, "Order does not exist.");
        }
        ObjectNode json = orderJson(order);
        json.put("stopPrice", "0.00000000").put("icebergQty", "0.00000000")
                .put("time", order.transactTimeMs()).put("updateTime", order.transactTimeMs())
                .put("isWorking", true).put("workingTime", order.transactTimeMs())
                .put("origQuoteOrderQty", "0.00000000").put("selfTradePreventionMode", "EXPIRE_MAKER");
        return json;
    }

    private FakeReply deliver(FakeReply filled) {
        Mishap mishap = nextMishap;
        nextMishap = null;
        if (mishap == null) {
            return filled;
        }
        return switch (mishap) {
            case TIME_OUT -> filled.delivered(FakeReply.Delivery.STALL);
            case DROP_CONNECTION -> filled.delivered(FakeReply.Delivery.DROP);
            case SERVER_ERROR -> FakeReply.error(nextMishapStatus, -1001,
                    "Internal error; unable to process your request. Please try again.");
            // The HTTP status Binance pairs with -1007 is not documented; 408 is our assumption.
            case BACKEND_TIMEOUT -> FakeReply.error(408, -1007,
                    "Timeout waiting for response from backend server. Send status unknown; execution status unknown.");
        };
    }

    private static BigDecimal quantity(String raw) {
        if (!raw.matches("^([0-9]{1,20})(\\.[0-9]{1,20})?$")) {
            throw new BinanceError(400, -1100, "Illegal characters found in parameter 'quantity'; legal range is "
                    + "'^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
        }
        return new BigDecimal(raw);
    }

    /** ACK, RESULT or FULL, as newOrderRespType asks; MARKET orders default to FULL. */
    private static JsonNode placedJson(ReceivedOrder order, String responseType) {
        String type = responseType == null ? "FULL" : responseType;
        if (type.equals("ACK")) {
            return FakeJson.MAPPER.createObjectNode().put("symbol", order.symbol()).put("orderId", order.orderId())
                    .put("orderListId", -1).put("clientOrderId", order.clientOrderId())
                    .put("transactTime", order.transactTimeMs());
        }
        ObjectNode json = orderJson(order);
        json.put("transactTime", order.transactTimeMs()).put("workingTime", order.transactTimeMs())
                .put("origQuoteOrderQty", "0.00000000").put("selfTradePreventionMode", "EXPIRE_MAKER");
        if (type.equals("FULL")) {
            var fills = json.putArray("fills");
            if (order.executedQty().signum() > 0) {
                fills.addObject().put("price", FakeJson.amount(order.fillPrice()))
                        .put("qty", FakeJson.amount(order.executedQty()))
                        .put("commission", FakeJson.amount(order.commission()))
                        .put("commissionAsset", order.commissionAsset())
                        .put("tradeId", order.orderId());
            }
        }
        return json;
    }

    private static ObjectNode orderJson(ReceivedOrder order) {
        return FakeJson.MAPPER.createObjectNode()
                .put("symbol", order.symbol()).put("orderId", order.orderId()).put("orderListId", -1)
                .put("clientOrderId", order.clientOrderId()).put("price", "0.00000000")
                .put("origQty", FakeJson.amount(order.origQty()))
                .put("executedQty", FakeJson.amount(order.executedQty()))
                .put("cummulativeQuoteQty", FakeJson.amount(order.cummulativeQuoteQty()))
                .put("status", order.status()).put("timeInForce", "GTC").put("type", order.type())
                .put("side", order.side());
    }
}
