package dev.robson.server.fees;

import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Fee;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Values commissions in the operation's quote asset: a fee in the quote asset as it is, one in
 * the base asset at its fill's price, one in BNB or any other asset at that asset's bid now (the
 * fill just happened). Reads prices, so it runs outside any database transaction.
 */
@Component
public class FeeValuation {

    private final SymbolCatalog symbols;
    private final QuoteSource quotes;

    FeeValuation(SymbolCatalog symbols, QuoteSource quotes) {
        this.symbols = symbols;
        this.quotes = quotes;
    }

    /** The fees of several trades of one order, summed. */
    public static Fee total(List<Fee> fees) {
        Fee total = Fee.NONE;
        for (Fee fee : fees) {
            total = total.plus(fee);
        }
        return total;
    }

    /** One commission of {@code amount} in {@code asset} on a trade at {@code fillPrice}. */
    public Fee fee(Symbol symbol, BigDecimal amount, String asset, BigDecimal fillPrice) {
        if (amount == null || amount.signum() == 0 || asset == null) {
            return Fee.NONE;
        }
        if (asset.equals(symbol.quote().code())) {
            return Fee.inQuote(amount, asset);
        }
        if (asset.equals(symbol.base().code())) {
            return Fee.inBase(amount, asset, fillPrice);
        }
        return new Fee(
                amount,
                asset,
                BigDecimal.ZERO,
                bidOf(asset, symbol).map(amount::multiply).orElse(null));
    }

    private Optional<BigDecimal> bidOf(String asset, Symbol in) {
        Optional<Symbol> market = symbols.find(asset + in.quote().code());
        if (market.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(quotes.quote(market.get()).quote().bid().value());
        } catch (RuntimeException noPrice) {
            // Shown in its own asset; valued later by nobody. Better unvalued than guessed.
            return Optional.empty();
        }
    }
}
