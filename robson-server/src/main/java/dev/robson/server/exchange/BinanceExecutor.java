package dev.robson.server.exchange;

import dev.robson.core.market.Price;
import dev.robson.core.operation.OrderStatus;
import dev.robson.server.closing.CloseOrder;
import dev.robson.server.closing.ExecutionReport;
import dev.robson.server.closing.OrderExecutor;
import dev.robson.server.closing.OrderOutcomeUnknown;
import dev.robson.server.closing.OrderRejected;
import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.exchange.binance.ApiCredentials;
import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.exchange.binance.ExchangeRateLimited;
import dev.robson.server.exchange.binance.ExchangeRejected;
import dev.robson.server.exchange.binance.ExchangeUnavailable;
import dev.robson.server.exchange.binance.OrderResult;
import java.util.Optional;

/**
 * Live trading: close orders go to Binance as MARKET orders with the tenant's own key. Any
 * answer that does not prove the order's fate (timeout, 5xx, -1007, a duplicate id) is
 * "unknown", so the close path looks the order up before it sends anything again.
 */
class BinanceExecutor implements OrderExecutor {

    /** Binance answers -2010 for several refusals; only this one says the order exists. */
    private static final String DUPLICATE_ORDER = "Duplicate order";

    private final BinanceClient binance;
    private final CredentialVault vault;

    BinanceExecutor(BinanceClient binance, CredentialVault vault) {
        this.binance = binance;
        this.vault = vault;
    }

    @Override
    public ExecutionReport submit(CloseOrder order) {
        ApiCredentials credentials = credentials(order);
        try {
            return report(binance.placeMarketOrder(credentials, order.symbol().name(), order.side().name(),
                    order.quantity(), order.clientOrderId()));
        } catch (dev.robson.server.exchange.binance.OrderOutcomeUnknown | ExchangeUnavailable | ExchangeRateLimited lost) {
            throw new OrderOutcomeUnknown(lost.getMessage());
        } catch (ExchangeRejected rejected) {
            if (rejected.reason() != null && rejected.reason().contains(DUPLICATE_ORDER)) {
                throw new OrderOutcomeUnknown("the exchange already has " + order.clientOrderId());
            }
            throw new OrderRejected(rejected.reason());
        }
    }

    @Override
    public Optional<ExecutionReport> lookup(CloseOrder order) {
        try {
            return binance.queryOrder(credentials(order), order.symbol().name(), order.clientOrderId())
                    .map(BinanceExecutor::report);
        } catch (ExchangeUnavailable | ExchangeRateLimited | ExchangeRejected notNow) {
            throw new OrderOutcomeUnknown("lookup failed: " + notNow.getMessage());
        }
    }

    @Override
    public String mode() {
        return "LIVE";
    }

    private ApiCredentials credentials(CloseOrder order) {
        return ExchangeCredentialsMapping.of(vault, order.clientId())
                .orElseThrow(() -> new OrderRejected("the tenant has no exchange API key"));
    }

    private static ExecutionReport report(OrderResult result) {
        OrderStatus status = switch (result.status()) {
            case "NEW", "PENDING_NEW" -> OrderStatus.NEW;
            case "PARTIALLY_FILLED" -> OrderStatus.PARTIALLY_FILLED;
            case "FILLED" -> OrderStatus.FILLED;
            case "CANCELED", "PENDING_CANCEL" -> OrderStatus.CANCELED;
            case "REJECTED" -> OrderStatus.REJECTED;
            default -> OrderStatus.EXPIRED;
        };
        var average = result.averagePrice();
        return new ExecutionReport(result.clientOrderId(), status, result.executedQty(),
                average == null ? null : Price.of(average));
    }
}
