package dev.robson.core.operation;

import static dev.robson.core.DomainRuleAssertions.assertRuleViolation;
import static dev.robson.core.MarketFixtures.demoQuote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Price;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SideTest {

    @Test
    void buyOpensALongAndSellAShort() {
        assertThat(Side.BUY.positionLabel()).isEqualTo("LONG");
        assertThat(Side.SELL.positionLabel()).isEqualTo("SHORT");
    }

    @Test
    void longExitsIntoTheBidAndShortExitsAtTheAsk() {
        assertThat(Side.BUY.exitPrice(demoQuote())).isEqualTo(Price.of("89245"));
        assertThat(Side.SELL.exitPrice(demoQuote())).isEqualTo(Price.of("89246"));
    }

    @Test
    void closingSideIsTheOppositeOrderSide() {
        assertThat(Side.BUY.closingSide()).isEqualTo(Side.SELL);
        assertThat(Side.SELL.closingSide()).isEqualTo(Side.BUY);
    }

    @ParameterizedTest
    @CsvSource({"BUY,BUY", "LONG,BUY", "SELL,SELL", "SHORT,SELL"})
    void parsesOrderSidesAndPositionLabels(String label, Side expected) {
        assertThat(Side.fromLabel(label)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"long", "Buy", "", "FLAT"})
    void rejectsUnknownLabelsWithInvalidSide(String label) {
        assertRuleViolation(() -> Side.fromLabel(label), "invalid_side")
                .hasMessageContaining("side must be BUY, SELL, LONG or SHORT");
    }

    @Test
    void pnlGainsWhenPriceMovesInTheSidesFavour() {
        BigDecimal entry = new BigDecimal("100");
        BigDecimal exit = new BigDecimal("110");
        BigDecimal quantity = new BigDecimal("0.5");

        assertThat(Side.BUY.pnl(entry, exit, quantity)).isEqualByComparingTo("5");
        assertThat(Side.SELL.pnl(entry, exit, quantity)).isEqualByComparingTo("-5");
    }

    @Test
    void rejectsMissingArguments() {
        assertThatThrownBy(() -> Side.BUY.exitPrice(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Side.BUY.pnl(null, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
