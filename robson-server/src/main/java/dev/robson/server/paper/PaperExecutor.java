package dev.robson.server.paper;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
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
        return order.side() == Side.SELL
                ? sell(order.tenantId(), order.clientOrderId(), order.symbol(), order.quantity(), quote.bid())
                : buy(order.tenantId(), order.clientOrderId(), order.symbol(), order.quantity(), quote.ask());
    }

    @Override
    public ExecutionReport submitEntry(EntryOrder order) {
        Price ask = quotes.quote(order.symbol()).quote().ask();
        if (ask.compareTo(order.limitPrice()) > 0) {
            return transactions.execute(
                    tx -> reports.expired(order.tenantId(), order.clientOrderId(), clock.instant()));
        }
        try {
            return buy(order.tenantId(), order.clientOrderId(), order.symbol(), order.quantity(), ask);
        } catch (DomainRuleViolation uncovered) {
            throw new OrderRejected(uncovered.getMessage());
        }
    }

    /** A BUY filled in full: the cost out of the quote asset, the quantity less its fee into the base. */
    private ExecutionReport buy(long tenantId, String clientOrderId, Symbol symbol, BigDecimal quantity, Price price) {
        BigDecimal cost = quantity.multiply(price.value());
        BigDecimal commission = quantity.multiply(feeRate);
        String base = symbol.base().code();
        return transactions.execute(tx -> {
            ledger.exchange(tenantId, symbol.quote().code(), cost, base, quantity.subtract(commission));
            return reports.filled(tenantId, clientOrderId, quantity, price, cost, commission, base, clock.instant());
        });
    }

    /** A SELL filled in full: the quantity out of the base asset, the proceeds less their fee into the quote. */
    private ExecutionReport sell(long tenantId, String clientOrderId, Symbol symbol, BigDecimal quantity, Price price) {
        BigDecimal proceeds = quantity.multiply(price.value());
        BigDecimal commission = proceeds.multiply(feeRate);
        String quoteAsset = symbol.quote().code();
        return transactions.execute(tx -> {
            ledger.exchange(tenantId, symbol.base().code(), quantity, quoteAsset, proceeds.subtract(commission));
            return reports.filled(
                    tenantId, clientOrderId, quantity, price, proceeds, commission, quoteAsset, clock.instant());
        });
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
