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
        Price price = order.side() == Side.SELL ? quote.bid() : quote.ask();
        return fill(order.tenantId(), order.clientOrderId(), order.side(), order.symbol(), order.quantity(), price);
    }

    @Override
    public ExecutionReport submitEntry(EntryOrder order) {
        Price ask = quotes.quote(order.symbol()).quote().ask();
        if (ask.compareTo(order.limitPrice()) > 0) {
            return transactions.execute(
                    tx -> reports.expired(order.tenantId(), order.clientOrderId(), clock.instant()));
        }
        try {
            return fill(order.tenantId(), order.clientOrderId(), Side.BUY, order.symbol(), order.quantity(), ask);
        } catch (DomainRuleViolation uncovered) {
            throw new OrderRejected(uncovered.getMessage());
        }
    }

    /** One side of a fill: an amount of one asset. */
    private record Leg(String asset, BigDecimal amount) {}

    /**
     * An order filled in full at {@code price}: a BUY pays the cost out of the quote asset and
     * brings the quantity into the base, a SELL the other way round; the fee is charged on what
     * comes in. The ledger move and the report are stored together.
     */
    private ExecutionReport fill(
            long tenantId, String clientOrderId, Side side, Symbol symbol, BigDecimal quantity, Price price) {
        Leg base = new Leg(symbol.base().code(), quantity);
        Leg quote = new Leg(symbol.quote().code(), quantity.multiply(price.value()));
        Leg out = side == Side.SELL ? base : quote;
        Leg in = side == Side.SELL ? quote : base;
        BigDecimal commission = in.amount().multiply(feeRate);
        return transactions.execute(tx -> {
            ledger.exchange(
                    tenantId, out.asset(), out.amount(), in.asset(), in.amount().subtract(commission));
            return reports.filled(
                    tenantId, clientOrderId, quantity, price, quote.amount(), commission, in.asset(), clock.instant());
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
