package dev.robson.server.paper;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.operation.OrderStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.closing.CloseOrder;
import dev.robson.server.closing.EntryOrder;
import dev.robson.server.closing.ExecutionReport;
import dev.robson.server.closing.OrderExecutor;
import dev.robson.server.closing.OrderRejected;
import dev.robson.server.config.TradingMode;
import dev.robson.server.market.QuoteSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Paper trading: a MARKET order fills at once, in full, at the current exit-side price (the
 * bid for a SELL, the ask for a BUY), pays the configured taker fee in the asset it brings in
 * (quote on a SELL, base on a BUY: Binance's rule), and moves the paper ledger by exactly that.
 * An entry (LIMIT IOC BUY) fills in full at the ask when the ask is at or below its limit, and
 * expires with nothing bought otherwise.
 */
class PaperExecutor implements OrderExecutor {

    private final QuoteSource quotes;
    private final PaperAccount ledger;
    private final BigDecimal feeRate;
    /** Orders this process filled; a paper order lost in a crash simply never happened. */
    private final Map<String, ExecutionReport> filled = new ConcurrentHashMap<>();

    private final AtomicLong tradeIds = new AtomicLong();

    PaperExecutor(QuoteSource quotes, PaperAccount ledger, BigDecimal feeRate) {
        this.quotes = quotes;
        this.ledger = ledger;
        this.feeRate = feeRate;
    }

    @Override
    public ExecutionReport submit(CloseOrder order) {
        var quote = quotes.quote(order.symbol()).quote();
        Price price = order.side() == Side.SELL ? quote.bid() : quote.ask();
        BigDecimal proceeds = order.quantity().multiply(price.value());
        String base = order.symbol().base().code();
        String quoteAsset = order.symbol().quote().code();
        BigDecimal commission;
        String commissionAsset;
        if (order.side() == Side.SELL) {
            commission = proceeds.multiply(feeRate);
            commissionAsset = quoteAsset;
            ledger.exchange(order.tenantId(), base, order.quantity(), quoteAsset, proceeds.subtract(commission));
        } else {
            commission = order.quantity().multiply(feeRate);
            commissionAsset = base;
            ledger.exchange(
                    order.tenantId(),
                    quoteAsset,
                    proceeds,
                    base,
                    order.quantity().subtract(commission));
        }
        var fill = new ExecutionReport.ReportedFill(
                tradeIds.incrementAndGet(), price.value(), order.quantity(), commission, commissionAsset);
        ExecutionReport report = new ExecutionReport(
                order.clientOrderId(), OrderStatus.FILLED, order.quantity(), price, proceeds, List.of(fill), null);
        filled.put(order.clientOrderId(), report);
        return report;
    }

    @Override
    public ExecutionReport submitEntry(EntryOrder order) {
        Price ask = quotes.quote(order.symbol()).quote().ask();
        if (ask.compareTo(order.limitPrice()) > 0) {
            ExecutionReport expired = new ExecutionReport(
                    order.clientOrderId(),
                    OrderStatus.EXPIRED,
                    BigDecimal.ZERO,
                    null,
                    BigDecimal.ZERO,
                    List.of(),
                    null);
            filled.put(order.clientOrderId(), expired);
            return expired;
        }
        BigDecimal cost = order.quantity().multiply(ask.value());
        BigDecimal commission = order.quantity().multiply(feeRate);
        String base = order.symbol().base().code();
        try {
            ledger.exchange(
                    order.tenantId(),
                    order.symbol().quote().code(),
                    cost,
                    base,
                    order.quantity().subtract(commission));
        } catch (DomainRuleViolation uncovered) {
            throw new OrderRejected(uncovered.getMessage());
        }
        var fill = new ExecutionReport.ReportedFill(
                tradeIds.incrementAndGet(), ask.value(), order.quantity(), commission, base);
        ExecutionReport report = new ExecutionReport(
                order.clientOrderId(), OrderStatus.FILLED, order.quantity(), ask, cost, List.of(fill), null);
        filled.put(order.clientOrderId(), report);
        return report;
    }

    @Override
    public Optional<ExecutionReport> lookupEntry(EntryOrder order) {
        return Optional.ofNullable(filled.get(order.clientOrderId()));
    }

    @Override
    public Optional<ExecutionReport> lookup(CloseOrder order) {
        return Optional.ofNullable(filled.get(order.clientOrderId()));
    }

    /** The paper ledger's free balance: what tracking booked, less what closes sold. */
    @Override
    public Optional<BigDecimal> freeBalance(long tenantId, String asset) {
        return Optional.of(ledger.free(tenantId, asset));
    }

    @Override
    public TradingMode mode() {
        return TradingMode.PAPER;
    }
}
