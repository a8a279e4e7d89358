package dev.robson.server.planning;

import dev.robson.core.market.Asset;
import dev.robson.core.planning.Strategy;
import dev.robson.core.planning.budget.MonthState;
import dev.robson.core.planning.budget.RiskBudget;
import dev.robson.core.planning.budget.RiskMonth;
import dev.robson.core.planning.budget.RiskStatus;
import dev.robson.core.planning.sizing.SizingRefusal;
import dev.robson.server.problem.ApiProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The tenant's month as a {@link RiskBudget}: the month's stored capital snapshot (or, before
 * its first plan, a provisional one of the equity now), its closed results, and what is open.
 * Reads the database only; the caller reads the equity beforehand, outside any transaction.
 */
@Component
class MonthlyBudget {

    /** @param provisional the snapshot is the equity now, not yet kept: the month has no plan yet */
    record Reading(RiskBudget budget, boolean provisional) {}

    private final RiskMonthRepository months;
    private final RiskLedgerRepository ledger;

    MonthlyBudget(RiskMonthRepository months, RiskLedgerRepository ledger) {
        this.months = months;
        this.ledger = ledger;
    }

    /**
     * @param equityNow the account's equity in {@code quote}, the snapshot if the month has none
     * @param excluded  an operation whose risk is left out (the plan being confirmed), or null
     */
    Reading read(long tenantId, Strategy strategy, Asset quote, BigDecimal equityNow, Instant now, Long excluded) {
        Optional<RiskMonth> stored = months.find(tenantId, RiskMonth.monthOf(now));
        if (stored.isEmpty() && equityNow.signum() <= 0) {
            throw ApiProblem.unprocessable(
                    SizingRefusal.INSUFFICIENT_BALANCE,
                    "The account holds nothing in " + quote + " terms: there is no capital to risk a part of.");
        }
        RiskMonth month = stored.orElseGet(() -> RiskMonth.snapshot(now, quote, equityNow));
        if (!month.quoteAsset().equals(quote)) {
            throw PlanProblems.quoteAssetMismatch(
                    quote.code(), month.quoteAsset().code());
        }
        RiskBudget budget = new RiskBudget(
                month,
                strategy.maxMonthlyLossPercent(),
                strategy.riskPerTradePercent(),
                ledger.realizedNetResults(tenantId, quote, month.start(), month.end()),
                ledger.openRisks(tenantId, now, excluded));
        return new Reading(budget, stored.isEmpty());
    }

    /** Keeps a provisional snapshot: the month's first plan is being saved. The caller holds the tenant's lock. */
    void keep(long tenantId, Reading reading, Instant now) {
        if (reading.provisional()) {
            months.save(tenantId, reading.budget().month(), now);
        }
    }

    /** The month as {@code GET /api/risk/status/} shows it; an account with no capital yet shows zeros. */
    RiskStatusView status(long tenantId, Strategy strategy, Asset quote, BigDecimal equityNow, Instant now) {
        if (months.find(tenantId, RiskMonth.monthOf(now)).isEmpty() && equityNow.signum() <= 0) {
            BigDecimal zero = BigDecimal.ZERO;
            return RiskStatusView.of(new RiskStatus(
                    RiskMonth.monthOf(now), quote.code(), zero, zero, zero, zero, zero, 0, MonthState.ACTIVE));
        }
        return RiskStatusView.of(
                read(tenantId, strategy, quote, equityNow, now, null).budget().status());
    }
}
