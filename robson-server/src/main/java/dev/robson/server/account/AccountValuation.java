package dev.robson.server.account;

import dev.robson.core.market.Asset;
import dev.robson.core.market.Symbol;
import dev.robson.server.auth.Tenant;
import dev.robson.server.holdings.AccountSource;
import dev.robson.server.holdings.AssetBalance;
import dev.robson.server.market.QuoteSource;
import dev.robson.server.portfolio.PositionService;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The account in one quote asset: each holding valued at the price it would sell for (the
 * bid), summed at full precision and rounded once. A holding with no market into the quote
 * asset is listed without a value rather than guessed at.
 */
@Service
public class AccountValuation {

    private final AccountSource account;
    private final PositionService positions;
    private final SymbolCatalog symbols;
    private final QuoteSource quotes;
    private final Asset quote;
    private final Clock clock;

    AccountValuation(
            AccountSource account,
            PositionService positions,
            SymbolCatalog symbols,
            QuoteSource quotes,
            AccountProperties properties,
            Clock clock) {
        this.account = account;
        this.positions = positions;
        this.symbols = symbols;
        this.quotes = quotes;
        this.quote = Asset.of(properties.quoteAsset());
        this.clock = clock;
    }

    record BalanceLine(
            String asset,
            BigDecimal free,
            BigDecimal locked,
            BigDecimal total,
            @Nullable BigDecimal value) {}

    record Balances(
            String quoteAsset, List<BalanceLine> balances, BigDecimal totalValue, String source, long timestamp) {}

    record Summary(
            String quoteAsset,
            BigDecimal balance,
            BigDecimal positionsValue,
            BigDecimal available,
            BigDecimal exposurePercent,
            String source,
            long timestamp) {}

    record Patrimony(String quoteAsset, BigDecimal total, String source, long timestamp) {}

    Balances balances(Tenant tenant) {
        return exactBalances(tenant).rounded();
    }

    /** Balances with their total at full precision, so figures built on it are rounded only once. */
    private record ExactBalances(Balances shown, BigDecimal total) {

        Balances rounded() {
            return shown;
        }
    }

    /**
     * What a plan is sized from: the equity in the quote asset at full precision (every holding
     * valued as {@link #balances} values it) and the quote asset free to spend, from one read.
     */
    public record Capital(Asset quoteAsset, BigDecimal equity, BigDecimal freeQuote) {}

    public Capital capital(Tenant tenant) {
        List<AssetBalance> held = account.balances(tenant);
        BigDecimal free = held.stream()
                .filter(balance -> balance.asset().equals(quote.code()))
                .map(AssetBalance::free)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Capital(quote, exactBalances(held).total(), free);
    }

    private ExactBalances exactBalances(Tenant tenant) {
        return exactBalances(account.balances(tenant));
    }

    private ExactBalances exactBalances(List<AssetBalance> held) {
        List<BalanceLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (AssetBalance balance : held) {
            if (balance.total().signum() == 0) {
                continue;
            }
            Optional<BigDecimal> value = valueOf(balance.asset(), balance.total());
            total = total.add(value.orElse(BigDecimal.ZERO));
            lines.add(new BalanceLine(
                    balance.asset(),
                    amount(balance.asset(), balance.free()),
                    amount(balance.asset(), balance.locked()),
                    amount(balance.asset(), balance.total()),
                    value.map(this::rounded).orElse(null)));
        }
        return new ExactBalances(
                new Balances(
                        quote.code(),
                        lines,
                        rounded(total),
                        account.label(),
                        clock.instant().getEpochSecond()),
                total);
    }

    Summary summary(Tenant tenant) {
        BigDecimal balance = exactBalances(tenant).total();
        BigDecimal positionsValue = positions.value(tenant).stream()
                .filter(p -> p.valuation().operation().symbol().quote().equals(quote))
                .map(p -> p.valuation().positionValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal exposure = balance.signum() == 0
                ? BigDecimal.ZERO
                : positionsValue.divide(balance, MathContext.DECIMAL128).movePointRight(2);
        // Every figure from the exact balance and positions value, each rounded once.
        return new Summary(
                quote.code(),
                rounded(balance),
                rounded(positionsValue),
                rounded(balance.subtract(positionsValue)),
                exposure.setScale(2, RoundingMode.HALF_UP),
                account.label(),
                clock.instant().getEpochSecond());
    }

    Patrimony patrimony(Tenant tenant) {
        return new Patrimony(
                quote.code(),
                balances(tenant).totalValue(),
                account.label(),
                clock.instant().getEpochSecond());
    }

    private Optional<BigDecimal> valueOf(String asset, BigDecimal amount) {
        if (asset.equals(quote.code())) {
            return Optional.of(amount);
        }
        // A market the exchange does not trade now has no price to value a holding at.
        Optional<Symbol> market = symbols.find(asset + quote.code()).filter(Symbol::trading);
        return market.map(symbol -> quotes.quote(symbol).quote().bid().value().multiply(amount));
    }

    private BigDecimal rounded(BigDecimal amount) {
        return amount.setScale(quote.amountScale(), RoundingMode.HALF_UP);
    }

    /** Balances are shown exactly; stablecoins with at least cents, as people read money. */
    private static BigDecimal amount(String asset, BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        boolean stablecoin = new Asset(asset).isUsdStablecoin();
        return stablecoin && plain.scale() < 2 ? plain.setScale(2) : plain;
    }
}
