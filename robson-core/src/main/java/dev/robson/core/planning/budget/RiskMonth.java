package dev.robson.core.planning.budget;

import dev.robson.core.market.Asset;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The UTC month a budget applies to and the capital it is a percentage of. The capital is
 * snapshotted once, on the month's first plan, so a losing month does not shrink its own budget
 * (nor a winning one grow it) while it runs.
 *
 * @param capitalBase equity in the quote asset when the month's first plan was made
 */
public record RiskMonth(YearMonth month, Asset quoteAsset, BigDecimal capitalBase) {

    public RiskMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(quoteAsset, "quoteAsset");
        Objects.requireNonNull(capitalBase, "capitalBase");
        if (capitalBase.signum() <= 0) {
            throw new IllegalArgumentException("capital base must be positive, got " + capitalBase.toPlainString());
        }
    }

    /** The month containing {@code at} with {@code equity} as its capital base. */
    public static RiskMonth snapshot(Instant at, Asset quoteAsset, BigDecimal equity) {
        return new RiskMonth(monthOf(at), quoteAsset, equity);
    }

    public static YearMonth monthOf(Instant at) {
        return YearMonth.from(Objects.requireNonNull(at, "at").atOffset(ZoneOffset.UTC));
    }

    public boolean covers(Instant at) {
        return month.equals(monthOf(at));
    }

    /**
     * This month while {@code at} is in it; past its end a new snapshot with {@code equityNow}.
     * The caller reads the equity only when {@link #covers} says a new month began.
     */
    public RiskMonth rollOver(Instant at, BigDecimal equityNow) {
        return covers(at) ? this : snapshot(at, quoteAsset, equityNow);
    }

    /** The first instant of the month: operations closed from here on count against it. */
    public Instant start() {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant of the next month, excluded. */
    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
