package dev.robson.server.portfolio;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.valuation.PortfolioTotals;
import dev.robson.core.valuation.PositionValuation;
import dev.robson.server.auth.Tenant;
import dev.robson.server.config.RobsonProperties;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Values a tenant's open positions against the market, one quote per symbol. */
@Service
public class Positions {

    private final OperationRepository operations;
    private final QuoteSource quotes;
    private final RobsonProperties robson;
    private final Clock clock;

    Positions(OperationRepository operations, QuoteSource quotes, RobsonProperties robson, Clock clock) {
        this.operations = operations;
        this.quotes = quotes;
        this.robson = robson;
        this.clock = clock;
    }

    /** A position valued at full precision, with the quote it was valued against. */
    public record ValuedPosition(PositionValuation valuation, MarketQuote quote) {
    }

    @Transactional(readOnly = true)
    public List<ValuedPosition> value(Tenant tenant) {
        List<Operation> active = operations.findByStatus(tenant.clientId(), OperationStatus.ACTIVE);
        // One read per symbol: every position on a symbol is valued at the same instant.
        Map<Symbol, MarketQuote> quoteBySymbol = new HashMap<>();
        List<ValuedPosition> valued = new ArrayList<>();
        for (Operation operation : active) {
            if (operation.openQuantity().signum() == 0) {
                continue;
            }
            MarketQuote quote = quoteBySymbol.computeIfAbsent(operation.symbol(), quotes::quote);
            valued.add(new ValuedPosition(PositionValuation.of(operation, quote.quote()), quote));
        }
        return valued;
    }

    PositionsResponse open(Tenant tenant) {
        List<ValuedPosition> valued = value(tenant);
        List<PositionView> views = valued.stream().map(v -> PositionView.of(v.valuation(), v.quote())).toList();
        List<PortfolioTotalsView> totals = PortfolioTotals.of(valued.stream().map(ValuedPosition::valuation).toList())
                .stream().map(PortfolioTotalsView::of).toList();
        return new PositionsResponse(views, totals, robson.paperTrading() ? "PAPER" : "LIVE",
                clock.instant().getEpochSecond());
    }
}
