package dev.robson.server.planning;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Symbol;
import dev.robson.core.planning.EntryPlan;
import dev.robson.core.planning.EntryPlanner;
import dev.robson.core.planning.PlanOutcome;
import dev.robson.core.planning.PlanProposal;
import dev.robson.core.planning.PlanRefusal;
import dev.robson.core.planning.PlanRequest;
import dev.robson.core.planning.PlanStatus;
import dev.robson.core.planning.Strategy;
import dev.robson.core.planning.sizing.SizingCosts;
import dev.robson.core.planning.stop.DataUnavailable;
import dev.robson.core.planning.stop.NoValidStop;
import dev.robson.core.planning.stop.StopOutcome;
import dev.robson.core.planning.stop.TechnicalStop;
import dev.robson.server.account.AccountValuation;
import dev.robson.server.auth.Tenant;
import dev.robson.server.closing.OperationEventKind;
import dev.robson.server.closing.OperationEventLog;
import dev.robson.server.fees.CommissionRates;
import dev.robson.server.operations.OperationLimits;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entry plans from the Activate Monitoring button to a decision: the preview (saved, or a dry
 * run), reading it back, cancelling it, and the month's budget and the chart's levels it is
 * drawn from. Market and account are read before the database transaction; the budget and the
 * duplicate check run under the tenant's row lock, so two plans at once cannot both pass.
 */
@Service
class PlanService {

    private final StrategyRepository strategies;
    private final EntryPlanRepository plans;
    private final MonthlyBudget budgets;
    private final SupportReader market;
    private final SymbolCatalog symbols;
    private final AccountValuation account;
    private final CommissionRates rates;
    private final OperationRepository operations;
    private final OperationLimits limits;
    private final OperationEventLog events;
    private final TransactionTemplate transaction;
    /** At most this many pending plans are read for the waiting list (the cap is far below). */
    private static final int WAITING_PAGE = 100;

    private final Clock clock;

    PlanService(
            StrategyRepository strategies,
            EntryPlanRepository plans,
            MonthlyBudget budgets,
            SupportReader market,
            SymbolCatalog symbols,
            AccountValuation account,
            CommissionRates rates,
            OperationRepository operations,
            OperationLimits limits,
            OperationEventLog events,
            TransactionTemplate transaction,
            Clock clock) {
        this.strategies = strategies;
        this.plans = plans;
        this.budgets = budgets;
        this.market = market;
        this.symbols = symbols;
        this.account = account;
        this.rates = rates;
        this.operations = operations;
        this.limits = limits;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    List<StrategyView> strategies(Tenant tenant) {
        return strategies.all(tenant.tenantId(), clock.instant()).stream()
                .map(StrategyView::of)
                .toList();
    }

    /** The finder's reading of the chart at the ask now; 503 data_unavailable when the chart cannot be trusted. */
    LevelsView levels(Tenant tenant, String symbolName, Long strategyNumber) {
        Symbol symbol = symbols.require(symbolName);
        Strategy strategy = strategy(tenant, strategyNumber).strategy();
        StopOutcome outcome = market.levels(strategy, symbol, clock.instant());
        return switch (outcome) {
            case DataUnavailable unavailable -> throw PlanProblems.dataUnavailable(unavailable.message());
            case NoValidStop none -> LevelsView.of(symbol, none);
            case TechnicalStop stop -> LevelsView.of(symbol, stop);
        };
    }

    RiskStatusView risk(Tenant tenant) {
        Strategy strategy = strategy(tenant, null).strategy();
        AccountValuation.Capital capital = account.capital(tenant);
        Instant now = clock.instant();
        return transaction.execute(
                status -> budgets.status(tenant.tenantId(), strategy, capital.quoteAsset(), capital.equity(), now));
    }

    /**
     * Proposes a plan and, unless {@code dryRun}, saves it PLANNED as a new operation with an
     * audited PLANNED event. A refusal is a problem with the refusing rule's code (422; 503
     * data_unavailable) and saves nothing.
     */
    PlanView plan(Tenant tenant, PlanEntryRequest request, boolean dryRun) {
        long tenantId = tenant.tenantId();
        StoredStrategy stored = strategy(tenant, request.strategyId());
        Strategy strategy = stored.strategy();
        Symbol symbol = symbols.require(request.symbol());
        AccountValuation.Capital capital = account.capital(tenant);
        if (!symbol.quote().equals(capital.quoteAsset())) {
            throw PlanProblems.quoteAssetMismatch(
                    symbol.quote().code(), capital.quoteAsset().code());
        }
        SupportReader.Market chart = market.market(strategy, symbol);
        SizingCosts costs = costs(tenantId, symbol);
        Instant now = clock.instant();
        return transaction.execute(status -> {
            if (!dryRun) {
                operations.lockTenant(tenantId);
            }
            requireRoom(tenantId);
            MonthlyBudget.Reading month =
                    budgets.read(tenantId, strategy, capital.quoteAsset(), capital.equity(), now, null);
            PlanOutcome outcome = EntryPlanner.propose(new PlanRequest(
                    strategy,
                    symbol,
                    chart.entryReference(),
                    chart.candles(),
                    capital.freeQuote(),
                    costs,
                    month.budget(),
                    now));
            PlanProposal proposal = switch (outcome) {
                case PlanRefusal refusal -> throw PlanProblems.refusal(refusal);
                case PlanProposal proposed -> proposed;
            };
            PlanFigures figures = figures(proposal, capital, costs);
            PlanPreview preview = preview(proposal);
            if (dryRun) {
                status.setRollbackOnly();
                return PlanView.proposed(proposal, stored.number(), figures, preview);
            }
            budgets.keep(tenantId, month, now);
            EntryPlan planned = EntryPlan.planned(tenantId, stored.id(), proposal.terms(), now);
            long id = plans.insert(planned, figures, preview);
            events.record(
                    tenantId,
                    id,
                    now,
                    OperationEventKind.PLANNED,
                    "BUY " + proposal.size().quantity() + " " + symbol.name() + " up to "
                            + proposal.size().entryMax()
                            + ", stop " + proposal.stop().stopLoss() + " ("
                            + proposal.stop().method() + ", "
                            + proposal.stop().confidence() + "), risking "
                            + symbol.roundQuoteAmount(proposal.size().plannedRisk())
                            + " " + symbol.quote() + " ("
                            + proposal.size().plannedRiskPercent().setScale(4, RoundingMode.HALF_UP) + " %)");
            return PlanView.of(plans.find(tenantId, id).orElseThrow());
        });
    }

    /**
     * The tenant's plans still waiting for a confirmation: PLANNED and not past their time to
     * live (the sweep may not have expired them yet), newest first. The open-operation cap keeps
     * them few; one page of pending operations is read.
     */
    List<PlanView> waiting(Tenant tenant) {
        Instant now = clock.instant();
        return plans.pending(tenant.tenantId(), WAITING_PAGE, null).stream()
                .filter(stored -> stored.plan().status() == PlanStatus.PLANNED)
                .filter(stored -> stored.plan().expiresAt().isAfter(now))
                .map(PlanView::of)
                .toList();
    }

    PlanView get(Tenant tenant, long operationId) {
        return PlanView.of(require(tenant, operationId));
    }

    /** PLANNED → CANCELLED; 409 from any other state. */
    PlanView cancel(Tenant tenant, long operationId) {
        long tenantId = tenant.tenantId();
        return transaction.execute(status -> {
            StoredPlan stored = require(tenant, operationId);
            EntryPlan plan = stored.plan();
            if (plan.status() != PlanStatus.PLANNED) {
                // The domain's own refusal names the storage id; the tenant knows the plan by its number.
                throw ApiProblem.conflict(
                        DomainRuleViolation.ILLEGAL_TRANSITION,
                        "Plan " + stored.number() + " is " + plan.status() + "; only a PLANNED plan can be cancelled.");
            }
            plan.cancel();
            if (!plans.move(tenantId, operationId, PlanStatus.PLANNED, PlanStatus.CANCELLED, null, null)) {
                throw concurrentChange(stored);
            }
            events.record(
                    tenantId,
                    operationId,
                    clock.instant(),
                    OperationEventKind.CANCELLED,
                    "cancelled by " + tenant.username());
            return PlanView.of(plans.find(tenantId, operationId).orElseThrow());
        });
    }

    StoredPlan require(Tenant tenant, long operationId) {
        return plans.find(tenant.tenantId(), operationId).orElseThrow(PlanProblems::planNotFound);
    }

    /** The strategy named by its number, or the tenant's first when none is named. */
    StoredStrategy strategy(Tenant tenant, Long number) {
        Instant now = clock.instant();
        if (number == null) {
            return strategies.first(tenant.tenantId(), now);
        }
        return strategies
                .find(tenant.tenantId(), number, now)
                .orElseThrow(() ->
                        ApiProblem.notFound("strategy_not_found", "There is no strategy " + number + " to plan with."));
    }

    /** The account's fee: its taker rate, taken from the coins bought unless it pays in BNB. */
    SizingCosts costs(long tenantId, Symbol symbol) {
        return SizingCosts.PAPER.withFee(rates.takerRate(tenantId, symbol), !rates.paysFeesInBnb(tenantId, symbol));
    }

    private void requireRoom(long tenantId) {
        int open = operations.countOpen(tenantId);
        if (open >= limits.maxOpenPerTenant()) {
            throw ApiProblem.unprocessable(
                    "open_operations_limit",
                    "This account already has " + open
                            + " open operations and pending plans, the most it may hold; close or cancel some first.");
        }
    }

    static ApiProblem concurrentChange(StoredPlan stored) {
        return ApiProblem.conflict(
                DomainRuleViolation.ILLEGAL_TRANSITION,
                "Plan " + stored.number() + " changed meanwhile; read it again.");
    }

    private static PlanFigures figures(PlanProposal proposal, AccountValuation.Capital capital, SizingCosts costs) {
        TechnicalStop stop = proposal.stop();
        return new PlanFigures(
                proposal.size().notional(),
                proposal.size().plannedRiskPercent(),
                stop.stopDistancePercent(),
                proposal.budget().capitalBase(),
                capital.quoteAsset().code(),
                stop.method().code(),
                stop.confidence().name(),
                stop.analysis().atr(),
                stop.analysis().candlesFrom(),
                stop.analysis().candlesTo(),
                costs.feeInBase());
    }

    private static PlanPreview preview(PlanProposal proposal) {
        Symbol symbol = proposal.symbol();
        return new PlanPreview(
                proposal.stop().analysis().levels().stream()
                        .map(level -> ChartViews.LevelView.of(level, symbol))
                        .toList(),
                proposal.stop().analysis().skippedLevels().stream()
                        .map(skipped -> ChartViews.SkippedLevelView.of(skipped, symbol))
                        .toList(),
                proposal.warnings().stream().map(ChartViews.WarningView::of).toList(),
                RiskStatusView.of(proposal.budget()));
    }
}
