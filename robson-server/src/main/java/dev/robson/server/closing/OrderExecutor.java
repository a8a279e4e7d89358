package dev.robson.server.closing;

import dev.robson.core.market.Symbol;
import dev.robson.server.config.TradingMode;
import java.math.BigDecimal;
import java.util.Optional;

/** Where close and entry orders go: the paper book, or the exchange with the tenant's keys. */
public interface OrderExecutor {

    /**
     * @throws OrderOutcomeUnknown when the order's fate cannot be known now
     * @throws OrderRejected       when the exchange refused it (nothing was executed)
     */
    ExecutionReport submit(CloseOrder order);

    /**
     * The order as the exchange knows it, or empty when it never arrived there.
     *
     * @throws OrderOutcomeUnknown when the exchange cannot be asked now
     * @throws OrderLookupRefused  when the exchange refuses the key
     */
    Optional<ExecutionReport> lookup(CloseOrder order);

    /**
     * How much of {@code asset} the tenant's account has free to sell now; empty when it cannot
     * be read (the close then goes by what the operation holds).
     */
    Optional<BigDecimal> freeBalance(long tenantId, String asset);

    /**
     * The price the exchange judges a MARKET order's notional at (Binance: the average price
     * over the symbol's avgPriceMins, the last price when 0); empty when it cannot be read or
     * the executor has none, and the close then judges by its exit price.
     */
    default Optional<BigDecimal> marketNotionalPrice(Symbol symbol) {
        return Optional.empty();
    }

    /**
     * Places an entry: a LIMIT IOC BUY at the order's price, which fills what the book offers at
     * or below it and cancels the rest (Binance then reports EXPIRED with what executed).
     *
     * @throws OrderOutcomeUnknown when the order's fate cannot be known now
     * @throws OrderRejected       when the exchange refused it (nothing was executed)
     */
    default ExecutionReport submitEntry(EntryOrder order) {
        throw new OrderRejected(mode() + " trading places no entry orders");
    }

    /**
     * The entry order as the exchange knows it, or empty when it never arrived there.
     *
     * @throws OrderOutcomeUnknown when the exchange cannot be asked now
     * @throws OrderLookupRefused  when the exchange refuses the key
     */
    default Optional<ExecutionReport> lookupEntry(EntryOrder order) {
        return Optional.empty();
    }

    /** PAPER or LIVE. */
    TradingMode mode();
}
