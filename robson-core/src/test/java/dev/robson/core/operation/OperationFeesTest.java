package dev.robson.core.operation;

import static dev.robson.core.MarketFixtures.LATER;
import static dev.robson.core.MarketFixtures.demoLong;
import static dev.robson.core.MarketFixtures.demoLongPaying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.DomainRuleViolation;
import dev.robson.core.market.Price;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Fees in the operation: what it holds, what it realized gross and net, and dust. */
class OperationFeesTest {

    /** Operation #1 with Binance's 0.1 % entry fee taken in BTC: 0.00033 x 0.001 = 0.00000033 BTC. */
    private static Operation operationOneWithBtcFee() {
        Operation operation =
                demoLongPaying(Fee.inBase(new BigDecimal("0.00000033"), "BTC", new BigDecimal("88837.92")));
        return operation.withId(1);
    }

    private static OrderExecution exit(
            String quantity, String price, String quote, Fee fee, String clientOrderId, OrderStatus status) {
        return new OrderExecution(
                OrderPurpose.EXIT,
                status,
                new BigDecimal(quantity),
                Price.of(price),
                LATER,
                clientOrderId,
                new BigDecimal(quote),
                fee);
    }

    @Test
    void anEntryFeeInTheBaseAssetIsNotHeldAndIsValuedAtTheFillPrice() {
        Operation operation = operationOneWithBtcFee();

        assertThat(operation.entryQuantity()).isEqualByComparingTo("0.00033");
        assertThat(operation.openQuantity()).isEqualByComparingTo("0.00032967");
        // 0.00000033 x 88837.92 = 0.0293165136
        assertThat(operation.feesPaid()).isEqualByComparingTo("0.0293165136");
    }

    @Test
    void operationOneClosedAtItsStopRealizesGrossAndNetOfBothFeesAndLeavesDust() {
        Operation operation = operationOneWithBtcFee();
        operation.beginClosing(CloseReason.STOP_LOSS);
        // 0.00032 x 87061.16 = 27.8595712 proceeds; exit fee 0.02785957 USDC as Binance rounds it.
        operation.recordExit(exit(
                "0.00032",
                "87061.16",
                "27.8595712",
                Fee.inQuote(new BigDecimal("0.02785957"), "USDC"),
                "c1",
                OrderStatus.FILLED));
        operation.completeClose(LATER);

        // 27.8595712 - 0.00032 x 88837.92 (28.4281344) = -0.5685632
        assertThat(operation.realizedPnl()).isEqualByComparingTo("-0.5685632");
        // -0.5685632 - 0.0293165136 - 0.02785957 = -0.6257392836
        assertThat(operation.realizedNetPnl()).isEqualByComparingTo("-0.6257392836");
        assertThat(operation.dustQuantity()).isEqualByComparingTo("0.00000967");
        assertThat(operation.hasUnvaluedFees()).isFalse();
    }

    @Test
    void aLaterReportOfTheSameOrderReplacesTheEarlierInsteadOfAddingToIt() {
        Operation operation = demoLong().withId(2);
        operation.beginClosing(CloseReason.MANUAL);
        operation.recordExit(exit("0.00020", "89245.00", "17.849", Fee.NONE, "c1", OrderStatus.PARTIALLY_FILLED));
        operation.recordExit(exit("0.00033", "89242.03", "29.4502", Fee.NONE, "c1", OrderStatus.FILLED));

        assertThat(operation.openQuantity()).isEqualByComparingTo("0");
        assertThat(operation.orders()).hasSize(2);
        // 29.4502 - 29.3165136 = 0.1336864, from the exact quote amount, not the rounded average.
        assertThat(operation.realizedPnl()).isEqualByComparingTo("0.1336864");
    }

    @Test
    void dustNeedsSomethingSoldAndResumingNeedsNothingSold() {
        Operation untouched = operationOneWithBtcFee();
        untouched.beginClosing(CloseReason.MANUAL);
        assertThatThrownBy(() -> untouched.closeLeavingDust(LATER)).isInstanceOf(DomainRuleViolation.class);
        untouched.resumeGuarding();
        assertThat(untouched.status()).isEqualTo(OperationStatus.ACTIVE);
        assertThat(untouched.closeReason()).isNull();

        Operation sold = operationOneWithBtcFee();
        sold.beginClosing(CloseReason.MANUAL);
        sold.recordExit(exit("0.00030", "89245.00", "26.7735", Fee.NONE, "c1", OrderStatus.FILLED));
        assertThatThrownBy(sold::resumeGuarding).isInstanceOf(DomainRuleViolation.class);
        sold.closeLeavingDust(LATER);
        // 0.00032967 - 0.00030 = 0.00002967 left, too little for the exchange.
        assertThat(sold.dustQuantity()).isEqualByComparingTo("0.00002967");
    }

    @Test
    void anEntryFeeOfTheWholeQuantityIsRefused() {
        assertThatThrownBy(
                        () -> demoLongPaying(Fee.inBase(new BigDecimal("0.00033"), "BTC", new BigDecimal("88837.92"))))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void feesOfOneOrderAddUpAndStayShownInTheirAssetOnlyWhileItIsOne() {
        Fee usdc = Fee.inQuote(new BigDecimal("0.01"), "USDC").plus(Fee.inQuote(new BigDecimal("0.02"), "USDC"));
        Fee mixed = usdc.plus(new Fee(new BigDecimal("0.0001"), "BNB", BigDecimal.ZERO, null));

        assertThat(usdc.amount()).isEqualByComparingTo("0.03");
        assertThat(usdc.asset()).isEqualTo("USDC");
        assertThat(mixed.asset()).isNull();
        assertThat(mixed.valued()).isFalse();
        assertThat(Fee.NONE.plus(usdc)).isEqualTo(usdc);
        assertThatThrownBy(() -> new Fee(BigDecimal.ONE, "BTC", BigDecimal.ONE.negate(), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
