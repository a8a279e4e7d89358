package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.cli.api.Json;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Formatting keeps the server's digits: grouping and signs, no rounding, no exponent. */
class AmountsTest {

    /** The quote assets the server's display rules name as dollars (fixtures/display-rules.json). */
    static final Amounts PUBLISHED = new Amounts(Set.copyOf(
            Json.parseObject(FakeRobsonServer.fixture("display-rules.json")).texts("usd_quote_assets")));

    @Test
    void whenTheServerPublishesUsd1AsADollarThenItsAmountsReadAsDollars() {
        assertThat(PUBLISHED.money(new BigDecimal("0.13"), "USD1")).isEqualTo("$0.13");
        assertThat(PUBLISHED.signedMoney(new BigDecimal("0.13"), "PYUSD")).isEqualTo("+$0.13");
    }

    @Test
    void whenAnAnswerNamesNoQuoteThenItIsTheLongestPublishedDollarAssetTheSymbolEndsWith() {
        assertThat(PUBLISHED.quoteOf("BTCFDUSD", null)).isEqualTo("FDUSD");
        assertThat(PUBLISHED.quoteOf("ETHUSD1", null)).isEqualTo("USD1");
        assertThat(PUBLISHED.quoteOf("ETHBTC", null)).isNull();
        assertThat(PUBLISHED.quoteOf("USDC", null)).isNull();
        assertThat(PUBLISHED.quoteOf("BTCUSDC", "EUR")).isEqualTo("EUR");
    }

    @Test
    void whenTheServerPublishesNoDollarAssetsThenEveryAmountKeepsItsCode() {
        Amounts none = new Amounts(Set.of());

        assertThat(none.money(new BigDecimal("0.13"), "USD1")).isEqualTo("0.13 USD1");
        assertThat(none.signedMoney(new BigDecimal("-0.59"), "USDC")).isEqualTo("-0.59 USDC");
    }

    @Test
    void whenGroupingThenTheScaleIsKept() {
        assertThat(Amounts.grouped(new BigDecimal("89245.00"))).isEqualTo("89,245.00");
        assertThat(Amounts.grouped(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.891");
        assertThat(Amounts.grouped(new BigDecimal("999"))).isEqualTo("999");
        assertThat(Amounts.grouped(new BigDecimal("-1000"))).isEqualTo("-1,000");
        assertThat(Amounts.grouped(new BigDecimal("0.00033"))).isEqualTo("0.00033");
        assertThat(Amounts.grouped(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(Amounts.grouped(new BigDecimal("1E-8"))).isEqualTo("0.00000001");
        assertThat(Amounts.grouped(new BigDecimal("-0.00"))).isEqualTo("0.00");
    }

    @Test
    void whenTheQuoteIsAUsdStablecoinThenDollarsElseTheAssetName() {
        assertThat(PUBLISHED.money(new BigDecimal("89245.00"), "USDC")).isEqualTo("$89,245.00");
        assertThat(PUBLISHED.money(new BigDecimal("-0.59"), "FDUSD")).isEqualTo("-$0.59");
        assertThat(PUBLISHED.money(new BigDecimal("0.03370"), "BTC")).isEqualTo("0.03370 BTC");
        assertThat(PUBLISHED.money(new BigDecimal("12.5"), null)).isEqualTo("12.5");
        assertThat(PUBLISHED.money(null, "USDC")).isEqualTo("-");
    }

    @Test
    void whenPnlIsShownThenItAlwaysCarriesItsSign() {
        assertThat(PUBLISHED.signedMoney(new BigDecimal("0.13"), "USDC")).isEqualTo("+$0.13");
        assertThat(PUBLISHED.signedMoney(new BigDecimal("-0.59"), "USDT")).isEqualTo("-$0.59");
        assertThat(PUBLISHED.signedMoney(new BigDecimal("0.00"), "USDT")).isEqualTo("$0.00");
        assertThat(PUBLISHED.signedMoney(new BigDecimal("-0.00065000"), "BTC")).isEqualTo("-0.00065000 BTC");
        assertThat(Amounts.signedPercent(new BigDecimal("0.46"))).isEqualTo("+0.46%");
        assertThat(Amounts.signedPercent(new BigDecimal("-2.45"))).isEqualTo("-2.45%");
        assertThat(Amounts.signedPercent(null)).isEqualTo("-");
        assertThat(Amounts.percent(new BigDecimal("2.86"))).isEqualTo("2.86%");
        assertThat(PUBLISHED.signedMoney(null, "USDC")).isEqualTo("-");
    }

    @Test
    void whenAPairIsDerivedThenTheQuoteSuffixIsSplitOff() {
        assertThat(Amounts.pair("BTCUSDC", "USDC")).isEqualTo("BTC/USDC");
        assertThat(Amounts.pair("BTCUSDC", "USDT")).isEqualTo("BTCUSDC");
        assertThat(Amounts.pair("USDC", "USDC")).isEqualTo("USDC");
        assertThat(Amounts.base("ETHBTC", "BTC")).isEqualTo("ETH");
        assertThat(Amounts.base("ETHBTC", null)).isNull();
    }
}
