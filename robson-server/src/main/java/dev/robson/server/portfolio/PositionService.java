package dev.robson.server.portfolio;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Operation;
import dev.robson.core.valuation.PortfolioTotals;
import dev.robson.core.valuation.PositionValuation;
import dev.robson.server.auth.Tenant;
import dev.robson.server.config.RobsonProperties;
import dev.robson.server.fees.CommissionRates;
import dev.robson.server.market.MarketQuote;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.operations.OperationRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values a tenant's held positions against the market, one quote per symbol. Held means ACTIVE
 * and CLOSING: a close that has not finished still holds the coins, so it stays in the list and
 * the totals, marked, until it ends. The operations are read in one short transaction; prices
 * and commission rates after it, so no pooled connection waits on the market.
 */
@Service
public class PositionService {

    private static final Logger log = LoggerFactory.getLogger(PositionService.class);

    private final OperationRepository operations;
    private final QuoteSource quotes;
    private final CommissionRates rates;
    private final RobsonProperties robson;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JsonMapper json;
    private final SharedFreshReads<Long, ValuedPositions> positionReads = new SharedFreshReads<>();

    PositionService(
            OperationRepository operations,
            QuoteSource quotes,
            CommissionRates rates,
            RobsonProperties robson,
            TransactionTemplate transaction,
            Clock clock,
            JsonMapper json) {
        this.operations = operations;
        this.quotes = quotes;
        this.rates = rates;
        this.robson = robson;
        this.transaction = transaction;
        this.clock = clock;
        this.json = json;
    }

    /**
     * A held position valued at full precision, with the quote it was valued against and the
     * taker rate its exit would pay.
     */
    public record ValuedPosition(PositionValuation valuation, MarketQuote quote, BigDecimal takerRate) {}

    /** A held position: valued when its market has a price, and why a person must look, if so. */
    record HeldPosition(Operation operation, Optional<ValuedPosition> valued, String attention) {}

    /** The held positions that could be priced, for account figures. */
    public List<ValuedPosition> value(Tenant tenant) {
        return held(tenant).stream()
                .flatMap(position -> position.valued().stream())
                .toList();
    }

    List<HeldPosition> held(Tenant tenant) {
        record Read(List<Operation> operations, Map<Long, String> attention) {}
        Read read = transaction.execute(status -> {
            List<Operation> held = operations.findHeld(tenant.tenantId());
            return new Read(
                    held,
                    operations.attentionOf(
                            tenant.tenantId(), held.stream().map(Operation::id).toList()));
        });
        // One read per symbol: every position on a symbol is valued at the same instant.
        Map<Symbol, Optional<MarketQuote>> quoteBySymbol = new HashMap<>();
        List<HeldPosition> positions = new ArrayList<>();
        for (Operation operation : read.operations()) {
            if (operation.openQuantity().signum() == 0) {
                continue;
            }
            Optional<MarketQuote> quote = quoteBySymbol.computeIfAbsent(operation.symbol(), this::quoteOrNone);
            positions.add(held(tenant, operation, quote, read.attention().get(operation.id())));
        }
        return positions;
    }

    /** One operation as the positions list would show it now, e.g. with a stop move not yet saved. */
    PositionView view(Tenant tenant, Operation operation) {
        return PositionView.of(held(tenant, operation, quoteOrNone(operation.symbol()), null));
    }

    private HeldPosition held(Tenant tenant, Operation operation, Optional<MarketQuote> quote, String attention) {
        Optional<ValuedPosition> valued = quote.map(q -> new ValuedPosition(
                PositionValuation.of(operation, q.quote()), q, takerRate(tenant, operation.symbol())));
        return new HeldPosition(operation, valued, attention);
    }

    /**
     * The tenant's open positions, each valued at its exit-side price, with totals per quote
     * asset. Requests for one tenant at the same moment share a valuation that began after each
     * of them asked (a book of 1,000 operations costs tens of milliseconds to value).
     */
    public PositionsResponse openPositions(Tenant tenant) {
        return sharedValuation(tenant).response();
    }

    /** {@link #openPositions} as its JSON body, written once for all who share the valuation. */
    byte[] openPositionsBody(Tenant tenant) {
        return sharedValuation(tenant).body();
    }

    private ValuedPositions sharedValuation(Tenant tenant) {
        return positionReads.read(tenant.tenantId(), () -> new ValuedPositions(valueOpenPositions(tenant), json));
    }

    private PositionsResponse valueOpenPositions(Tenant tenant) {
        List<HeldPosition> held = held(tenant);
        List<PositionView> views = held.stream().map(PositionView::of).toList();
        List<ValuedPosition> valued =
                held.stream().flatMap(position -> position.valued().stream()).toList();
        Map<PositionValuation, BigDecimal> takerRates = new IdentityHashMap<>();
        valued.forEach(position -> takerRates.put(position.valuation(), position.takerRate()));
        List<PortfolioTotalsView> totals =
                PortfolioTotals.of(
                                valued.stream().map(ValuedPosition::valuation).toList(), takerRates::get)
                        .stream()
                        .map(PortfolioTotalsView::of)
                        .toList();
        return new PositionsResponse(
                views, totals, robson.tradingMode().name(), clock.instant().getEpochSecond());
    }

    /** A market without a price (halted, delisted, unreachable) shows its positions unvalued, not an error. */
    private Optional<MarketQuote> quoteOrNone(Symbol symbol) {
        try {
            return Optional.of(quotes.quote(symbol));
        } catch (RuntimeException noPrice) {
            log.warn(
                    "No price for {} ({}); its positions show unvalued",
                    symbol.name(),
                    noPrice.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private BigDecimal takerRate(Tenant tenant, Symbol symbol) {
        try {
            return rates.takerRate(tenant.tenantId(), symbol);
        } catch (RuntimeException unreadable) {
            return BigDecimal.ZERO;
        }
    }
}
