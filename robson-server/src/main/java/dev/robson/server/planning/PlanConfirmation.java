package dev.robson.server.planning;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import dev.robson.core.market.Symbol;
import dev.robson.core.planning.Confirmation;
import dev.robson.core.planning.EntryPlan;
import dev.robson.core.planning.EntryPlanner;
import dev.robson.core.planning.PlanRefusal;
import dev.robson.core.planning.PlanStatus;
import dev.robson.core.planning.PlanTerms;
import dev.robson.core.planning.Strategy;
import dev.robson.core.planning.budget.BudgetRefusal;
import dev.robson.core.planning.budget.RiskBudget;
import dev.robson.core.planning.sizing.SizingCosts;
import dev.robson.server.account.AccountValuation;
import dev.robson.server.auth.Tenant;
import dev.robson.server.closing.ClientOrderIdIssuer;
import dev.robson.server.closing.EntryOrder;
import dev.robson.server.closing.OperationEventKind;
import dev.robson.server.closing.OperationEventLog;
import dev.robson.server.operations.OperationRepository;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.symbols.SymbolCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trader's explicit confirmation of a plan, idempotent by its key: every guard re-run on a
 * fresh ask, fresh filters and the account now (the plan's own risk left out of the month), then
 * one LIMIT IOC BUY at E_max for at most the planned quantity. The answer is kept with the key,
 * so a replay answers the same and places nothing.
 */
@Service
class PlanConfirmation {

    /** 1 to 64 of {@code [A-Za-z0-9_-]}: a UUID fits, and nothing else needs escaping anywhere. */
    static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

    private record StoredProblem(String code, String detail) {}

    /** The market and account read before the transaction. */
    private record Fresh(
            Strategy strategy, Symbol symbol, Price ask, AccountValuation.Capital capital, SizingCosts costs) {}

    /** What the transaction decided: an answer to give, or an order to send first. */
    private record Decision(PlanView answer, ApiProblem problem, EntryOrder order, boolean replayed) {}

    private final PlanService plans;
    private final EntryPlanRepository stored;
    private final StrategyRepository strategies;
    private final ConfirmationKeyRepository keys;
    private final MonthlyBudget budgets;
    private final SupportReader market;
    private final SymbolCatalog symbols;
    private final AccountValuation account;
    private final EntryOrderPath entries;
    private final ClientOrderIdIssuer ids;
    private final OperationRepository operations;
    private final OperationEventLog events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    PlanConfirmation(
            PlanService plans,
            EntryPlanRepository stored,
            StrategyRepository strategies,
            ConfirmationKeyRepository keys,
            MonthlyBudget budgets,
            SupportReader market,
            SymbolCatalog symbols,
            AccountValuation account,
            EntryOrderPath entries,
            ClientOrderIdIssuer ids,
            OperationRepository operations,
            OperationEventLog events,
            TransactionTemplate transaction,
            JsonMapper json,
            Clock clock) {
        this.plans = plans;
        this.stored = stored;
        this.strategies = strategies;
        this.keys = keys;
        this.budgets = budgets;
        this.market = market;
        this.symbols = symbols;
        this.account = account;
        this.entries = entries;
        this.ids = ids;
        this.operations = operations;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @return the plan after its entry: ACTIVE (bought, in full or in part), FAILED (nothing
     *     bought), or ENTERING while the exchange's answer is still being looked up
     * @throws ApiProblem 422 with the refusing guard's code (the plan is REJECTED, or EXPIRED for
     *     plan_expired), 409 illegal_transition when the plan is not PLANNED, 422
     *     idempotency_key_reused when the key confirmed another plan
     */
    PlanView confirm(Tenant tenant, long operationId, String key) {
        long tenantId = tenant.tenantId();
        Optional<ConfirmationKeyRepository.Claimed> known = keys.find(tenantId, key);
        if (known.isPresent()) {
            return replay(tenant, operationId, known.get());
        }
        StoredPlan before = plans.require(tenant, operationId);
        Instant now = clock.instant();
        EntryPlan plan = before.plan();
        Fresh fresh = plan.status() == PlanStatus.PLANNED && !plan.isExpiredAt(now) ? fresh(tenant, before) : null;
        Decision decision = transaction.execute(status -> decide(tenant, operationId, key, fresh, now));
        if (decision.replayed()) {
            return replay(tenant, operationId, keys.find(tenantId, key).orElseThrow());
        }
        if (decision.problem() != null) {
            throw decision.problem();
        }
        if (decision.answer() != null) {
            return decision.answer();
        }
        entries.send(plans.require(tenant, operationId), decision.order());
        PlanView after = PlanView.of(plans.require(tenant, operationId));
        transaction.executeWithoutResult(
                status -> keys.answer(tenantId, key, HttpStatus.OK.value(), json.writeValueAsString(after)));
        return after;
    }

    private Decision decide(Tenant tenant, long operationId, String key, Fresh fresh, Instant now) {
        long tenantId = tenant.tenantId();
        operations.lockTenant(tenantId);
        if (keys.find(tenantId, key).isPresent()) {
            return new Decision(null, null, null, true);
        }
        keys.claim(tenantId, key, operationId, now);
        StoredPlan current = plans.require(tenant, operationId);
        EntryPlan plan = current.plan();
        if (plan.status() != PlanStatus.PLANNED) {
            return refuse(tenantId, key, illegal(current));
        }
        if (plan.isExpiredAt(now) || fresh == null) {
            plan.expire(now);
            moveOrConflict(current, PlanStatus.EXPIRED, null);
            events.record(
                    tenantId, operationId, now, OperationEventKind.EXPIRED, "not confirmed by " + plan.expiresAt());
            return refuse(
                    tenantId,
                    key,
                    ApiProblem.unprocessable(
                            EntryPlan.PLAN_EXPIRED,
                            "Plan " + current.number() + " expired at " + plan.expiresAt()
                                    + ": the chart and the ask it was drawn from are old; plan again."));
        }
        MonthlyBudget.Reading month = budgets.read(
                tenantId,
                fresh.strategy(),
                fresh.capital().quoteAsset(),
                fresh.capital().equity(),
                now,
                operationId);
        PlanStatus result = EntryPlanner.confirm(
                plan,
                new Confirmation(
                        fresh.strategy(),
                        fresh.symbol(),
                        fresh.ask(),
                        fresh.capital().freeQuote(),
                        fresh.costs(),
                        month.budget(),
                        now));
        if (result == PlanStatus.REJECTED) {
            String code = plan.rejection();
            moveOrConflict(current, PlanStatus.REJECTED, code);
            String why = rejection(code, plan.terms(), fresh, month.budget());
            events.record(tenantId, operationId, now, OperationEventKind.REJECTED, code + ": " + why);
            return refuse(tenantId, key, ApiProblem.unprocessable(code, why));
        }
        budgets.keep(tenantId, month, now);
        String clientOrderId = ids.forEntry(operationId);
        if (!stored.enter(tenantId, operationId, plan.orderQuantity(), clientOrderId, now)) {
            throw PlanService.concurrentChange(current);
        }
        PlanTerms terms = plan.terms();
        events.record(
                tenantId,
                operationId,
                now,
                OperationEventKind.CONFIRMED,
                "by " + tenant.username() + " at ask " + fresh.ask() + " (entry max " + terms.entryMax() + ")");
        events.record(
                tenantId,
                operationId,
                now,
                OperationEventKind.ENTRY_ORDER_SENT,
                "LIMIT IOC BUY " + plan.orderQuantity() + " " + terms.symbol().name() + " at " + terms.entryMax()
                        + " as " + clientOrderId + " (" + entries.mode() + ")");
        return new Decision(
                null,
                null,
                new EntryOrder(
                        tenantId,
                        operationId,
                        fresh.symbol(),
                        plan.orderQuantity().value(),
                        terms.entryMax(),
                        clientOrderId,
                        now),
                false);
    }

    /** The answer the key got, or for a confirmation still running the plan as it is now. */
    private PlanView replay(Tenant tenant, long operationId, ConfirmationKeyRepository.Claimed claimed) {
        if (claimed.operationId() != operationId) {
            throw ApiProblem.unprocessable(
                    "idempotency_key_reused",
                    "This Idempotency-Key confirmed another plan; send a new key for each confirmation.");
        }
        if (claimed.responseStatus() == null) {
            return PlanView.of(plans.require(tenant, operationId));
        }
        if (claimed.responseStatus() == HttpStatus.OK.value()) {
            return json.readValue(claimed.responseBody(), PlanView.class);
        }
        StoredProblem problem = json.readValue(claimed.responseBody(), StoredProblem.class);
        throw new ApiProblem(HttpStatus.valueOf(claimed.responseStatus()), problem.code(), problem.detail());
    }

    private Decision refuse(long tenantId, String key, ApiProblem problem) {
        keys.answer(
                tenantId,
                key,
                problem.status().value(),
                json.writeValueAsString(new StoredProblem(problem.code(), problem.getMessage())));
        return new Decision(null, problem, null, false);
    }

    private Fresh fresh(Tenant tenant, StoredPlan plan) {
        Strategy strategy = strategies
                .byId(tenant.tenantId(), plan.plan().strategyId())
                .orElseThrow()
                .strategy();
        Symbol symbol = symbols.find(plan.plan().terms().symbol().name()).orElseThrow();
        AccountValuation.Capital capital = account.capital(tenant);
        if (!symbol.quote().equals(capital.quoteAsset())) {
            throw PlanProblems.quoteAssetMismatch(
                    symbol.quote().code(), capital.quoteAsset().code());
        }
        Price ask = market.freshAsk(symbol);
        return new Fresh(strategy, symbol, ask, capital, plans.costs(tenant.tenantId(), symbol));
    }

    private void moveOrConflict(StoredPlan current, PlanStatus to, String rejection) {
        if (!stored.move(current.tenantId(), current.operationId(), PlanStatus.PLANNED, to, rejection, null)) {
            throw PlanService.concurrentChange(current);
        }
    }

    private static ApiProblem illegal(StoredPlan current) {
        return ApiProblem.conflict(
                DomainRuleViolation.ILLEGAL_TRANSITION,
                "Plan " + current.number() + " is " + current.plan().status()
                        + "; only a PLANNED plan can be confirmed.");
    }

    /** Why a guard refused at confirmation, in the words of the rule that refused. */
    private static String rejection(String code, PlanTerms terms, Fresh fresh, RiskBudget budget) {
        Symbol symbol = fresh.symbol();
        if (EntryPlan.PRICE_DRIFT.equals(code)) {
            return fresh.ask().compareTo(terms.entryMax()) > 0
                    ? "The ask is " + fresh.ask() + ", above the plan's entry max " + terms.entryMax()
                            + ": the entry would cost more than the plan's risk allows."
                    : "The ask is " + fresh.ask() + ", at or below the plan's stop " + terms.stopLoss() + ".";
        }
        if (PlanRefusal.SYMBOL_NOT_TRADING.equals(code)) {
            return "The exchange does not trade " + symbol.name() + " now (" + symbol.status() + ").";
        }
        Optional<BudgetRefusal> budgetRule = budget.refuse(symbol.name(), terms.side(), terms.plannedRisk());
        if (budgetRule.isPresent() && budgetRule.get().code().equals(code)) {
            String message = budgetRule.get().message();
            return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
        }
        return "At confirmation the plan no longer passes " + code.replace('_', ' ')
                + " with the account and the exchange's filters as they are now.";
    }
}
