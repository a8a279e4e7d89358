package dev.robson.server.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Asset;
import dev.robson.core.market.Candle;
import dev.robson.core.market.CandleInterval;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import dev.robson.server.support.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedMarketTest {

    private static final Symbol BTCUSDC = new Symbol(
            "BTCUSDC",
            Asset.of("BTC"),
            Asset.of("USDC"),
            new BigDecimal("0.01"),
            new BigDecimal("0.00001"),
            new BigDecimal("5"));
    private static final Map<String, BigDecimal> LEVELS = Map.of("BTC", new BigDecimal("89000.00"));
    private static final Instant START = Instant.parse("2026-01-05T12:00:07Z");

    @Test
    void whenTimePassesThenThePriceWalksOnTheTickGridNearTheRealLevel() {
        var clock = new MutableClock(START);
        List<Quote> quotes = walk(clock, market(clock, 7L), 600);

        assertThat(quotes.stream().map(q -> q.bid().value()).distinct().count()).isGreaterThan(300);
        for (Quote quote : quotes) {
            assertThat(BTCUSDC.isOnTick(quote.bid().value())).isTrue();
            assertThat(BTCUSDC.isOnTick(quote.ask().value())).isTrue();
            assertThat(quote.ask().value()).isGreaterThan(quote.bid().value());
            // At most about 0.1 basis point of spread: 0.89 at 89,000.
            assertThat(quote.spread()).isLessThanOrEqualTo(new BigDecimal("0.89"));
            // The demo position's stop (87,061.16) and target (92,391.44) lie outside the walk's reach.
            assertThat(quote.bid().value()).isBetween(new BigDecimal("87100"), new BigDecimal("92300"));
        }
    }

    @Test
    void whenSeededAlikeThenTwoMarketsWalkAlike() {
        var firstClock = new MutableClock(START);
        var secondClock = new MutableClock(START);

        assertThat(walk(firstClock, market(firstClock, 42L), 50))
                .isEqualTo(walk(secondClock, market(secondClock, 42L), 50));
    }

    @Test
    void whenReadTwiceWithinASecondThenTheBookIsUnchangedAndLabelledSimulated() {
        var clock = new MutableClock(START);
        var market = market(clock, 7L);

        MarketQuote first = market.quote(BTCUSDC);
        MarketQuote second = market.quote(BTCUSDC);

        assertThat(second.quote()).isEqualTo(first.quote());
        assertThat(first.source()).isEqualTo(PriceSource.SIMULATED);
        assertThat(first.quote().readAt()).isEqualTo(START);
    }

    @Test
    void whenAskedForAWeekOfFifteenMinuteCandlesThenThereAre672EndingWithTheFormingOne() {
        var clock = new MutableClock(START);
        var market = market(clock, 7L);
        Instant forming = CandleInterval.FIFTEEN_MINUTES.openOf(START);

        List<Candle> candles = market.candles(
                BTCUSDC,
                CandleInterval.FIFTEEN_MINUTES,
                forming.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(15)),
                START);

        assertThat(candles).hasSize(672);
        assertThat(candles.getLast().openTime()).isEqualTo(forming);
        assertThat(candles.getLast().closed()).isFalse();
        assertThat(candles.subList(0, 671)).allMatch(Candle::closed);
        for (int i = 1; i < candles.size(); i++) {
            assertThat(candles.get(i).openTime()).isEqualTo(candles.get(i - 1).closeTime());
        }
        assertThat(candles).allMatch(c -> c.volume().signum() > 0);
    }

    @Test
    void whenTheMarketTicksThenTheFormingCandleFollowsTheLastTrade() {
        var clock = new MutableClock(START);
        var market = market(clock, 7L);
        List<Quote> quotes = walk(clock, market, 120);

        Instant open = CandleInterval.ONE_MINUTE.openOf(clock.instant());
        Candle forming = market.candles(BTCUSDC, CandleInterval.ONE_MINUTE, open, clock.instant())
                .getFirst();
        Quote now = market.quote(BTCUSDC).quote();

        assertThat(forming.close()).isEqualTo(now.last());
        // Every trade of the last full minute lies within that minute's high and low.
        Instant previousOpen = open.minusSeconds(60);
        Candle previous = market.candles(BTCUSDC, CandleInterval.ONE_MINUTE, previousOpen, previousOpen)
                .getFirst();
        quotes.stream()
                .filter(q -> !q.readAt().isBefore(previousOpen) && q.readAt().isBefore(open))
                .forEach(q -> assertThat(q.last().value())
                        .isBetween(previous.low().value(), previous.high().value()));
    }

    @Test
    void whenTheDemoSeedPlaysAMonthThenOperationOnesStopAndTargetAreNeverTouched() {
        var clock = new MutableClock(START);
        var market = new SimulatedMarket(clock, 20251222L, LEVELS, Duration.ofDays(31));

        List<Candle> month = market.candles(BTCUSDC, CandleInterval.ONE_HOUR, START.minus(Duration.ofDays(30)), START);

        assertThat(month).hasSizeGreaterThan(700);
        assertThat(month).allSatisfy(candle -> {
            assertThat(candle.low().value()).isGreaterThan(new BigDecimal("87061.16"));
            assertThat(candle.high().value()).isLessThan(new BigDecimal("92391.44"));
        });
        BigDecimal lowest = month.stream()
                .map(c -> c.low().value())
                .min(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal highest = month.stream()
                .map(c -> c.high().value())
                .max(BigDecimal::compareTo)
                .orElseThrow();
        // And it moves like a market: more than one percent from low to high over the month.
        assertThat(highest.subtract(lowest)).isGreaterThan(new BigDecimal("890"));
    }

    @Test
    void whenAnySeedPlaysAMonthThenThePriceStaysWithinItsBandAroundTheRealLevel() {
        for (long seed = 1; seed <= 4; seed++) {
            var clock = new MutableClock(START);
            var market = new SimulatedMarket(clock, seed, LEVELS, Duration.ofDays(31));

            List<Candle> month =
                    market.candles(BTCUSDC, CandleInterval.FOUR_HOURS, START.minus(Duration.ofDays(30)), START);

            // 89,000 ± 1.9 %, plus at most one spread for a trade at the ask.
            assertThat(month).allSatisfy(candle -> {
                assertThat(candle.low().value()).isGreaterThanOrEqualTo(new BigDecimal("87309.00"));
                assertThat(candle.high().value()).isLessThanOrEqualTo(new BigDecimal("90691.89"));
            });
        }
    }

    private static SimulatedMarket market(MutableClock clock, long seed) {
        return new SimulatedMarket(clock, seed, LEVELS, Duration.ofDays(8));
    }

    private static List<Quote> walk(MutableClock clock, SimulatedMarket market, int seconds) {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < seconds; i++) {
            quotes.add(market.quote(BTCUSDC).quote());
            clock.advance(Duration.ofSeconds(1));
        }
        return quotes;
    }
}
