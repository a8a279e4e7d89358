package dev.robson.server.paper;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.operation.Side;
import dev.robson.server.closing.CloseOrder;
import dev.robson.server.closing.EntryOrder;
import dev.robson.server.closing.ExecutionReport;
import dev.robson.server.closing.OrderExecutor;
import dev.robson.server.closing.OrderRejected;
import dev.robson.server.config.TradingMode;
import dev.robson.server.market.QuoteSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paper trading: a MARKET order fills at once, in full, at the current exit-side price (the
 * bid for a SELL, the ask for a BUY), pays the configured taker fee in the asset it brings in
 * (quote on a SELL, base on a BUY: Binance's rule), and moves the paper ledger by exactly that.
 * An entry (LIMIT IOC BUY) fills in full at the ask when the ask is at or below its limit, and
 * expires with nothing bought otherwise. Each order's report is stored with the ledger move, in
 * one transaction, so a lookup by client order id answers the same after a restart.
 */
class PaperExecutor implements OrderExecutor {

    private final QuoteSource quotes;
    private final PaperAccount ledger;
    private final BigDecimal feeRate;
    private final PaperOrderReports reports;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaperExecutor(
            QuoteSource quotes,
            PaperAccount ledger,
            BigDecimal feeRate,
            PaperOrderReports reports,
            TransactionTemplate transactions,
            Clock clock) {
        this.quotes = quotes;
        this.ledger = ledger;
        this.feeRate = feeRate;
        this.reports = reports;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ExecutionReport submit(CloseOrder order) {
        var quote = quotes.quote(order.symbol()).quote();
        Price price = order.side() == Side.SELL ? quote.bid() : quote.ask();
        BigDecimal proceeds = order.quantity().multiply(price.value());
        String base = order.symbol().base().code();
        String quoteAsset = order.symbol().quote().code();
        return transactions.execute(tx -> {
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
            return reports.filled(
                    order.tenantId(),
                    order.clientOrderId(),
                    order.quantity(),
                    price,
                    proceeds,
                    commission,
                    commissionAsset,
                    clock.instant());
        });
    }

    @Override
    public ExecutionReport submitEntry(EntryOrder order) {
        Price ask = quotes.quote(order.symbol()).quote().ask();
        if (ask.compareTo(order.limitPrice()) > 0) {
            return transactions.execute(
                    tx -> reports.expired(order.tenantId(), order.clientOrderId(), clock.instant()));
        }
        BigDecimal cost = order.quantity().multiply(ask.value());
        BigDecimal commission = order.quantity().multiply(feeRate);
        String base = order.symbol().base().code();
        try {
            return transactions.execute(tx -> {
                ledger.exchange(
                        order.tenantId(),
                        order.symbol().quote().code(),
                        cost,
                        base,
                        order.quantity().subtract(commission));
                return reports.filled(
                        order.tenantId(),
                        order.clientOrderId(),
                        order.quantity(),
                        ask,
                        cost,
                        commission,
                        base,
                        clock.instant());
            });
        } catch (DomainRuleViolation uncovered) {
            throw new OrderRejected(uncovered.getMessage());
        }
    }

    @Override
    public Optional<ExecutionReport> lookupEntry(EntryOrder order) {
        return reports.find(order.tenantId(), order.clientOrderId());
    }

    @Override
    public Optional<ExecutionReport> lookup(CloseOrder order) {
        return reports.find(order.tenantId(), order.clientOrderId());
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
