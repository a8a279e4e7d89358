package dev.robson.server.closing;

import dev.robson.core.market.Price;
import dev.robson.core.operation.OrderStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.paper.PaperAccount;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paper trading: a MARKET order fills at once, in full, at the current exit-side price (the
 * bid for a SELL, the ask for a BUY), and moves the paper ledger.
 */
public class PaperExecutor implements OrderExecutor {

    private final QuoteSource quotes;
    private final PaperAccount ledger;
    /** Orders this process filled; a paper order lost in a crash simply never happened. */
    private final Map<String, ExecutionReport> filled = new ConcurrentHashMap<>();

    public PaperExecutor(QuoteSource quotes, PaperAccount ledger) {
        this.quotes = quotes;
        this.ledger = ledger;
    }

    @Override
    public ExecutionReport submit(CloseOrder order) {
        var quote = quotes.quote(order.symbol()).quote();
        Price price = order.side() == Side.SELL ? quote.bid() : quote.ask();
        BigDecimal proceeds = order.quantity().multiply(price.value());
        String base = order.symbol().base().code();
        String quoteAsset = order.symbol().quote().code();
        if (order.side() == Side.SELL) {
            ledger.exchange(order.clientId(), base, order.quantity(), quoteAsset, proceeds);
        } else {
            ledger.exchange(order.clientId(), quoteAsset, proceeds, base, order.quantity());
        }
        ExecutionReport report = new ExecutionReport(order.clientOrderId(), OrderStatus.FILLED, order.quantity(), price);
        filled.put(order.clientOrderId(), report);
        return report;
    }

    @Override
    public Optional<ExecutionReport> lookup(CloseOrder order) {
        return Optional.ofNullable(filled.get(order.clientOrderId()));
    }

    @Override
    public String mode() {
        return "PAPER";
    }
}
