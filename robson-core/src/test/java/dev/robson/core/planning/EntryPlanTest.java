package dev.robson.core.planning;

import static dev.robson.core.DomainRuleAssertions.assertRuleViolation;
import static dev.robson.core.MarketFixtures.btcUsdc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.MarketFixtures;
import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A plan on BTCUSDC: E 90,000, E_max 90,045 (5 bps), stop 88,650, target estimate 92,700
 * (90,000 + 2 × 1,350), 0.00601 BTC, sellable 0.00600, planned risk 9.99.
 */
class EntryPlanTest {

    private static final Instant CREATED = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant WITHIN_TTL = CREATED.plusSeconds(119);
    private static final Instant AT_TTL = CREATED.plusSeconds(120);
    private static final Price ASK = Price.of("90010.00");

    static PlanTerms terms() {
        return new PlanTerms(
                btcUsdc(),
                Side.BUY,
                Price.of("90000"),
                Price.of("90045"),
                Price.of("88650"),
                Price.of("88650"),
                Price.of("92700"),
                Quantity.of("0.00601"),
                Quantity.of("0.00600"),
                new BigDecimal("9.99"),
                BigDecimal.TWO,
                new BigDecimal("0.001"));
    }

    private static EntryPlan planned() {
        return EntryPlan.planned(MarketFixtures.TENANT_ID, 3L, terms(), CREATED).withId(41L);
    }

    private static EntryPlan entering() {
        EntryPlan plan = planned();
        plan.confirm(WITHIN_TTL, ASK);
        return plan;
    }

    /** 0.1 % of the quantity taken in BTC, as Binance does on a BUY. */
    private static EntryFill fill(String quantity, String average) {
        BigDecimal fee = new BigDecimal(quantity).multiply(new BigDecimal("0.001"));
        return new EntryFill(
                Quantity.of(quantity),
                Price.of(average),
                null,
                Fee.inBase(fee, "BTC", new BigDecimal(average)),
                WITHIN_TTL.plusSeconds(1),
                "rbs-41-entry");
    }

    private static void assertIllegal(EntryPlan plan, Consumer<EntryPlan> move, String messagePart) {
        PlanStatus before = plan.status();
        assertRuleViolation(() -> move.accept(plan), "illegal_transition").hasMessageContaining(messagePart);
        assertThat(plan.status()).isEqualTo(before);
    }

    @Test
    void aNewPlanWaitsOneHundredAndTwentySeconds() {
        EntryPlan plan = planned();

        assertThat(plan.status()).isEqualTo(PlanStatus.PLANNED);
        assertThat(plan.expiresAt()).isEqualTo(CREATED.plusSeconds(120));
        assertThat(plan.isExpiredAt(WITHIN_TTL)).isFalse();
        assertThat(plan.isExpiredAt(AT_TTL)).isTrue();
        assertThat(plan.status().isPending()).isTrue();
    }

    @Test
    void confirmingInTimeAtAFillablePriceEnters() {
        EntryPlan plan = planned();

        assertThat(plan.confirm(WITHIN_TTL, Price.of("90045"))).isEqualTo(PlanStatus.ENTERING);
        assertThat(plan.orderQuantity()).isEqualTo(Quantity.of("0.00601"));
        assertThat(plan.status().isPending()).isTrue();
    }

    @Test
    void confirmingNeverOrdersMoreThanPlanned() {
        EntryPlan less = planned();
        EntryPlan more = planned();

        less.confirm(WITHIN_TTL, ASK, Quantity.of("0.00550"));
        more.confirm(WITHIN_TTL, ASK, Quantity.of("0.00700"));

        assertThat(less.orderQuantity()).isEqualTo(Quantity.of("0.0055"));
        assertThat(more.orderQuantity()).isEqualTo(Quantity.of("0.00601"));
    }

    @Test
    void confirmingPastTheTimeToLiveExpires() {
        EntryPlan plan = planned();

        assertThat(plan.confirm(AT_TTL, ASK)).isEqualTo(PlanStatus.EXPIRED);
        assertThat(plan.orderQuantity()).isNull();
    }

    @Test
    void anAskAboveTheEntryMaxIsPriceDrift() {
        EntryPlan plan = planned();

        assertThat(plan.confirm(WITHIN_TTL, Price.of("90045.01"))).isEqualTo(PlanStatus.REJECTED);
        assertThat(plan.rejection()).isEqualTo("price_drift");
        assertThat(plan.status().isPending()).isFalse();
    }

    @Test
    void anAskThroughTheStopIsPriceDriftToo() {
        EntryPlan plan = planned();

        assertThat(plan.confirm(WITHIN_TTL, Price.of("88650"))).isEqualTo(PlanStatus.REJECTED);
        assertThat(plan.rejection()).isEqualTo("price_drift");
    }

    @Test
    void aGuardFailingAtConfirmationRejects() {
        EntryPlan plan = planned();

        plan.reject("monthly_budget_exhausted");

        assertThat(plan.status()).isEqualTo(PlanStatus.REJECTED);
        assertThat(plan.rejection()).isEqualTo("monthly_budget_exhausted");
    }

    @Test
    void expiresOnlyOnceItsTimeIsUp() {
        EntryPlan plan = planned();

        assertIllegal(plan, p -> p.expire(WITHIN_TTL), "before 2026-03-10T12:02:00Z");
        plan.expire(AT_TTL);

        assertThat(plan.status()).isEqualTo(PlanStatus.EXPIRED);
    }

    @Test
    void cancelsFromPlanned() {
        EntryPlan plan = planned();

        plan.cancel();

        assertThat(plan.status()).isEqualTo(PlanStatus.CANCELLED);
    }

    @Test
    void aFullFillBecomesAGuardedOperation() {
        EntryPlan plan = entering();

        Operation operation = plan.fill(fill("0.00601", "90010.37"));

        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(operation.id()).isEqualTo(41L);
        assertThat(operation.tenantId()).isEqualTo(MarketFixtures.TENANT_ID);
        assertThat(operation.status()).isEqualTo(OperationStatus.ACTIVE);
        assertThat(operation.entryQuantity()).isEqualByComparingTo("0.00601");
        // 0.00601 − the fee of 0.00000601 BTC.
        assertThat(operation.openQuantity()).isEqualByComparingTo("0.00600399");
        assertThat(operation.averageEntryPrice()).isEqualTo(Price.of("90010.37"));
        assertThat(operation.stopLoss()).isEqualTo(Price.of("88650"));
        // From the fill: 90,010.37 + 2 × 1,360.37 = 92,731.11.
        assertThat(operation.takeProfit()).isEqualTo(Price.of("92731.11"));
        assertThat(plan.takeProfit()).isEqualTo(Price.of("92731.11"));
        assertThat(operation.orders().getFirst().clientOrderId()).isEqualTo("rbs-41-entry");
    }

    @Test
    void aPartialFillIsActiveWithWhatWasBought() {
        EntryPlan plan = entering();

        Operation operation = plan.fill(fill("0.004", "90020"));

        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(operation.entryQuantity()).isEqualByComparingTo("0.004");
        assertThat(plan.entryFill().quantity()).isEqualTo(Quantity.of("0.004"));
    }

    @Test
    void aFillBelowTheStopIsStillGuardedAndItsStopIsReached() {
        EntryPlan plan = entering();

        Operation operation = plan.fill(fill("0.00601", "88600"));

        assertThat(operation.takeProfit()).isEqualTo(Price.of("92700"));
        assertThat(operation.triggeredBy(MarketFixtures.quote("BTCUSDC", "88600", "88601")))
                .contains(CloseReason.STOP_LOSS);
    }

    @Test
    void anEntryThatBoughtNothingFails() {
        EntryPlan plan = entering();

        plan.nothingFilled();

        assertThat(plan.status()).isEqualTo(PlanStatus.FAILED);
    }

    @Test
    void theActiveOperationFollowsItsOwnLifecycleToClosed() {
        EntryPlan plan = entering();
        Operation operation = plan.fill(fill("0.00601", "90010.37"));

        operation.beginClosing(CloseReason.STOP_LOSS);
        operation.recordExit(MarketFixtures.filledExit("0.006", "88600"));
        operation.completeClose(WITHIN_TTL.plusSeconds(600));

        assertThat(operation.status()).isEqualTo(OperationStatus.CLOSED);
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void refusesAFillAboveTheOrderedQuantity() {
        EntryPlan plan = entering();

        assertRuleViolation(() -> plan.fill(fill("0.00602", "90010")), "invalid_quantity");
        assertThat(plan.status()).isEqualTo(PlanStatus.ENTERING);
    }

    @Test
    void refusesEveryOtherMove() {
        assertIllegal(entering(), EntryPlan::cancel, "cannot cancel plan 41 while ENTERING; it must be PLANNED");
        assertIllegal(entering(), p -> p.confirm(WITHIN_TTL, ASK), "cannot confirm");
        assertIllegal(entering(), p -> p.reject("price_drift"), "cannot reject");
        assertIllegal(entering(), p -> p.expire(AT_TTL), "cannot expire");
        assertIllegal(
                planned(), p -> p.fill(fill("0.00601", "90010")), "cannot record a fill on plan 41 while PLANNED");
        assertIllegal(planned(), EntryPlan::nothingFilled, "cannot fail");
        assertIllegal(planned(), EntryPlan::operation, "cannot read the operation");

        EntryPlan cancelled = planned();
        cancelled.cancel();
        assertIllegal(cancelled, EntryPlan::cancel, "while CANCELLED");
        assertIllegal(cancelled, p -> p.confirm(WITHIN_TTL, ASK), "while CANCELLED");

        EntryPlan expired = planned();
        expired.expire(AT_TTL);
        assertIllegal(expired, p -> p.confirm(AT_TTL, ASK), "while EXPIRED");

        EntryPlan active = entering();
        active.fill(fill("0.00601", "90010"));
        assertIllegal(active, p -> p.fill(fill("0.00601", "90010")), "while ACTIVE");
        assertIllegal(active, EntryPlan::nothingFilled, "while ACTIVE");
        assertIllegal(active, EntryPlan::cancel, "while ACTIVE");

        EntryPlan failed = entering();
        failed.nothingFilled();
        assertIllegal(failed, p -> p.fill(fill("0.00601", "90010")), "while FAILED");

        EntryPlan rejected = planned();
        rejected.reject("duplicate_position");
        assertIllegal(rejected, p -> p.confirm(WITHIN_TTL, ASK), "while REJECTED");
    }

    @Test
    void restoresAStoredPlanThatAgreesWithItsStatus() {
        EntryPlan entering = new EntryPlan(
                41L,
                MarketFixtures.TENANT_ID,
                3L,
                terms(),
                CREATED,
                AT_TTL,
                PlanStatus.ENTERING,
                Quantity.of("0.00601"),
                null,
                null);

        assertThat(entering.fill(fill("0.00601", "90010")).id()).isEqualTo(41L);
        assertThatThrownBy(() ->
                        new EntryPlan(41L, 7L, 3L, terms(), CREATED, AT_TTL, PlanStatus.ENTERING, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new EntryPlan(41L, 7L, 3L, terms(), CREATED, AT_TTL, PlanStatus.REJECTED, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryPlan(
                        41L, 7L, 3L, terms(), CREATED, AT_TTL, PlanStatus.ENTERING, Quantity.of("0.00602"), null, null))
                .hasMessageContaining("exceeds the planned quantity");
    }
}
