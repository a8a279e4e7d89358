package dev.robson.core;

import dev.robson.core.market.Asset;
import dev.robson.core.market.OrderLimits;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.OrderPurpose;
import dev.robson.core.operation.OrderStatus;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Symbols and positions shared by tests; filters copied from Binance's exchangeInfo. */
public final class MarketFixtures {

    public static final Instant OPENED_AT = Instant.parse("2026-11-20T10:00:00Z");
    public static final Instant LATER = Instant.parse("2026-11-21T10:00:00Z");
    public static final long TENANT_ID = 7L;

    private MarketFixtures() {}

    public static Symbol btcUsdc() {
        return btcUsdc(OrderLimits.stepOnly(new BigDecimal("0.00001000")));
    }

    /** BTCUSDC's tick, step and minimum notional under other LOT_SIZE, MARKET_LOT_SIZE or PRICE_FILTER bounds. */
    public static Symbol btcUsdc(OrderLimits limits) {
        return new Symbol(
                "BTCUSDC",
                Asset.of("BTC"),
                Asset.of("USDC"),
                new BigDecimal("0.01000000"),
                new BigDecimal("0.00001000"),
                new BigDecimal("5.00000000"),
                limits,
                Symbol.TRADING);
    }

    public static Symbol btcUsdt() {
        return new Symbol(
                "BTCUSDT",
                Asset.of("BTC"),
                Asset.of("USDT"),
                new BigDecimal("0.01000000"),
                new BigDecimal("0.00001000"),
                new BigDecimal("5.00000000"));
    }

    public static Symbol ethBtc() {
        return new Symbol(
                "ETHBTC",
                Asset.of("ETH"),
                Asset.of("BTC"),
                new BigDecimal("0.00001000"),
                new BigDecimal("0.00010000"),
                new BigDecimal("0.00010000"));
    }

    public static Quote quote(String symbol, String bid, String ask) {
        return new Quote(symbol, Price.of(bid), Price.of(ask), Price.of(bid), LATER);
    }

    /** A position tracked from one filled entry, while the market would close it at {@code exitPrice}. */
    public static Operation tracked(
            Symbol symbol, Side side, String quantity, String entry, String stop, String target, String exitPrice) {
        return tracked(symbol, side, quantity, entry, stop, target, exitPrice, Fee.NONE);
    }

    /** The same, its entry having paid {@code entryFee}. */
    public static Operation tracked(
            Symbol symbol,
            Side side,
            String quantity,
            String entry,
            String stop,
            String target,
            String exitPrice,
            Fee entryFee) {
        return Operation.track(
                TENANT_ID,
                symbol,
                side,
                Quantity.of(quantity),
                Price.of(entry),
                Price.of(stop),
                Price.of(target),
                OPENED_AT,
                Price.of(exitPrice),
                entryFee);
    }

    /** The demo position: LONG 0.00033 BTC on BTCUSDC. */
    public static Operation demoLong() {
        return demoLongPaying(Fee.NONE);
    }

    /** The demo LONG (entered at 88,837.92) tracked with this commission on its entry. */
    public static Operation demoLongPaying(Fee entryFee) {
        return tracked(btcUsdc(), Side.BUY, "0.00033", "88837.92", "87061.16", "92391.44", "89245.00", entryFee);
    }

    /** The demo position on {@code side}: {@link #demoLong()} for BUY, {@link #demoShort()} for SELL. */
    public static Operation demo(Side side) {
        return side == Side.BUY ? demoLong() : demoShort();
    }

    public static Quote demoQuote() {
        return quote("BTCUSDC", "89245.00", "89246.00");
    }

    /** SHORT 0.00033 BTC entered at 90000, stop 91000, target 85000. */
    public static Operation demoShort() {
        return tracked(btcUsdc(), Side.SELL, "0.00033", "90000", "91000", "85000", "89246.00");
    }

    /** LONG 1.2345 ETH on ETHBTC entered at 0.03512, stop 0.03400, target 0.03900: amounts in BTC. */
    public static Operation ethBtcLong() {
        return tracked(ethBtc(), Side.BUY, "1.2345", "0.03512", "0.03400", "0.03900", "0.03520");
    }

    /** ETHBTC bid 0.03611, 0.00099 above {@link #ethBtcLong()}'s entry. */
    public static Quote ethBtcQuote() {
        return quote("ETHBTC", "0.03611", "0.03612");
    }

    /** An entry in any status; {@code price} is null when nothing traded. */
    public static OrderExecution entry(OrderStatus status, String quantity, String price) {
        return execution(OrderPurpose.ENTRY, status, quantity, price, OPENED_AT, null);
    }

    /** An exit in any status, a day after the entry; {@code price} is null when nothing traded. */
    public static OrderExecution exit(OrderStatus status, String quantity, String price) {
        return execution(OrderPurpose.EXIT, status, quantity, price, LATER, "exit-" + quantity);
    }

    private static OrderExecution execution(
            OrderPurpose purpose,
            OrderStatus status,
            String quantity,
            String price,
            Instant executedAt,
            String clientOrderId) {
        return new OrderExecution(
                purpose,
                status,
                new BigDecimal(quantity),
                price == null ? null : Price.of(price),
                executedAt,
                clientOrderId);
    }

    public static OrderExecution filledEntry(String quantity, String price) {
        return entry(OrderStatus.FILLED, quantity, price);
    }

    public static OrderExecution filledExit(String quantity, String price) {
        return OrderExecution.filledExit(Quantity.of(quantity), Price.of(price), LATER, "exit-" + quantity);
    }

    /** A LONG of three one-step fills whose average, 88837.92333…, has no finite decimal. */
    public static Operation longAveragedOverThreeFills() {
        return activeOn(
                Side.BUY,
                List.of(
                        filledEntry("0.00001", "88837.92"),
                        filledEntry("0.00001", "88837.92"),
                        filledEntry("0.00001", "88837.93")));
    }

    /** A stored ACTIVE operation on BTCUSDC with the given executions; stop 1, target 1000000. */
    public static Operation activeOn(Side side, List<OrderExecution> orders) {
        Price low = Price.of("1");
        Price high = Price.of("1000000");
        return Operation.active(
                1L,
                TENANT_ID,
                btcUsdc(),
                side,
                side == Side.BUY ? low : high,
                side == Side.BUY ? high : low,
                OPENED_AT,
                orders);
    }
}
