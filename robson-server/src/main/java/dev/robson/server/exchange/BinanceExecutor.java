package dev.robson.server.exchange;

import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.OrderStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.closing.CloseOrder;
import dev.robson.server.closing.EntryOrder;
import dev.robson.server.closing.ExecutionReport;
import dev.robson.server.closing.OrderExecutor;
import dev.robson.server.closing.OrderLookupRefused;
import dev.robson.server.closing.OrderOutcomeUnknown;
import dev.robson.server.closing.OrderRejected;
import dev.robson.server.config.TradingMode;
import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.exchange.binance.ApiCredentials;
import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.exchange.binance.BinanceException;
import dev.robson.server.exchange.binance.ExchangeRateLimited;
import dev.robson.server.exchange.binance.ExchangeRejected;
import dev.robson.server.exchange.binance.ExchangeUnavailable;
import dev.robson.server.exchange.binance.OrderResult;
import dev.robson.server.exchange.binance.OrderUnanswered;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Live trading: close orders go to Binance as MARKET orders, entries as LIMIT IOC BUYs at the
 * plan's E_max, with the tenant's own key. Any
 * answer that does not prove the order's fate (timeout, 5xx, -1006, -1007, a duplicate id) is
 * "unknown", so the close path looks the order up before it sends anything again.
 */
class BinanceExecutor implements OrderExecutor {

    /** Binance answers -2010 for several refusals; only this one says the order exists. */
    private static final String DUPLICATE_ORDER = "Duplicate order";
    /** Refusals of the key itself: bad format, revoked or IP-restricted, bad signature. */
    private static final Set<Integer> KEY_REFUSED = Set.of(-2014, -2015, -1022);

    private final BinanceClient binance;
    private final CredentialVault vault;

    BinanceExecutor(BinanceClient binance, CredentialVault vault) {
        this.binance = binance;
        this.vault = vault;
    }

    @Override
    public ExecutionReport submit(CloseOrder order) {
        ApiCredentials credentials = credentials(order.tenantId());
        return placed(
                order.clientOrderId(),
                () -> binance.placeMarketOrder(
                        credentials,
                        order.symbol().name(),
                        order.side().name(),
                        order.quantity(),
                        order.clientOrderId()));
    }

    @Override
    public ExecutionReport submitEntry(EntryOrder order) {
        ApiCredentials credentials = credentials(order.tenantId());
        return placed(
                order.clientOrderId(),
                () -> binance.placeLimitIocOrder(
                        credentials,
                        order.symbol().name(),
                        Side.BUY.name(),
                        order.quantity(),
                        order.limitPrice().value(),
                        order.clientOrderId()));
    }

    /**
     * Places an order and reports it. A lost answer, or a refusal as a duplicate (an earlier try
     * under the same client order id got through), leaves the outcome unknown: look it up.
     */
    private ExecutionReport placed(String clientOrderId, Supplier<OrderResult> placing) {
        try {
            return report(placing.get());
        } catch (OrderUnanswered | ExchangeUnavailable | ExchangeRateLimited lost) {
            throw new OrderOutcomeUnknown(lost.getMessage());
        } catch (ExchangeRejected rejected) {
            if (rejected.reason() != null && rejected.reason().contains(DUPLICATE_ORDER)) {
                throw new OrderOutcomeUnknown("the exchange already has " + clientOrderId);
            }
            throw new OrderRejected(rejected.code() + " " + rejected.reason());
        }
    }

    @Override
    public Optional<ExecutionReport> lookupEntry(EntryOrder order) {
        return lookup(order.tenantId(), order.symbol().name(), order.clientOrderId());
    }

    @Override
    public Optional<ExecutionReport> lookup(CloseOrder order) {
        return lookup(order.tenantId(), order.symbol().name(), order.clientOrderId());
    }

    private Optional<ExecutionReport> lookup(long tenantId, String symbol, String clientOrderId) {
        ApiCredentials credentials = credentials(tenantId);
        try {
            Optional<OrderResult> found = binance.queryOrder(credentials, symbol, clientOrderId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            OrderResult result = found.get();
            // The query lists no fills: a final order's trades, with their commissions, come from myTrades.
            ExecutionReport report = report(result);
            if (report.executedQuantity().signum() > 0 && isFinal(report.status())) {
                result = result.withFills(binance.myTrades(credentials, symbol, result.orderId()));
            }
            return Optional.of(report(result));
        } catch (ExchangeRejected rejected) {
            if (rejected.status() == 401 || KEY_REFUSED.contains(rejected.code())) {
                throw new OrderLookupRefused(rejected.code() + " " + rejected.reason());
            }
            throw new OrderOutcomeUnknown("lookup failed: " + rejected.getMessage());
        } catch (ExchangeUnavailable | ExchangeRateLimited notNow) {
            throw new OrderOutcomeUnknown("lookup failed: " + notNow.getMessage());
        }
    }

    @Override
    public Optional<BigDecimal> freeBalance(long tenantId, String asset) {
        try {
            return Optional.of(binance.account(credentials(tenantId)).balances().stream()
                    .filter(balance -> balance.asset().equals(asset))
                    .map(balance -> balance.free())
                    .findFirst()
                    .orElse(BigDecimal.ZERO));
        } catch (BinanceException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<BigDecimal> marketNotionalPrice(Symbol symbol) {
        Integer minutes = symbol.limits().avgPriceMins();
        try {
            return Optional.of(
                    minutes != null && minutes == 0
                            ? binance.lastPrice(symbol.name())
                            : binance.averagePrice(symbol.name()));
        } catch (BinanceException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public TradingMode mode() {
        return TradingMode.LIVE;
    }

    private ApiCredentials credentials(long tenantId) {
        return ExchangeCredentialsMapping.of(vault, tenantId)
                .orElseThrow(() -> new OrderRejected("the tenant has no exchange API key"));
    }

    private static boolean isFinal(OrderStatus status) {
        return status != OrderStatus.NEW && status != OrderStatus.PARTIALLY_FILLED;
    }

    private static ExecutionReport report(OrderResult result) {
        OrderStatus status = switch (result.status()) {
            case "PARTIALLY_FILLED" -> OrderStatus.PARTIALLY_FILLED;
            case "FILLED" -> OrderStatus.FILLED;
            case "CANCELED" -> OrderStatus.CANCELED;
            case "REJECTED" -> OrderStatus.REJECTED;
            case "EXPIRED", "EXPIRED_IN_MATCH" -> OrderStatus.EXPIRED;
            // NEW, PENDING_NEW, PENDING_CANCEL and any status Binance adds later: not final, ask again.
            default -> OrderStatus.NEW;
        };
        var average = result.averagePrice();
        List<ExecutionReport.ReportedFill> fills = result.fills().stream()
                .map(fill -> new ExecutionReport.ReportedFill(
                        fill.tradeId(), fill.price(), fill.qty(), fill.commission(), fill.commissionAsset()))
                .toList();
        ExecutionReport.Identity identity = new ExecutionReport.Identity(
                result.symbol(),
                result.side() == null ? null : Side.valueOf(result.side()),
                result.origQty(),
                result.timeMs() == null ? null : Instant.ofEpochMilli(result.timeMs()));
        return new ExecutionReport(
                result.clientOrderId(),
                status,
                result.executedQty(),
                average == null ? null : Price.of(average),
                result.cummulativeQuoteQty(),
                fills,
                identity);
    }
}
