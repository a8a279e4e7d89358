package dev.robson.server.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Asset;
import dev.robson.core.market.Quote;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedMarketTest {

    private static final Symbol BTCUSDC = new Symbol("BTCUSDC", Asset.of("BTC"), Asset.of("USDC"),
            new BigDecimal("0.01"), new BigDecimal("0.00001"), new BigDecimal("5"));
    private static final Map<String, BigDecimal> ANCHORS = Map.of("BTC", new BigDecimal("89000.00"));
    private static final Instant START = Instant.parse("2026-01-05T12:00:00Z");

    @Test
    void whenTimePassesThenThePriceWalksOnTheTickGridNearTheAnchor() {
        var clock = new MovableClock(START);
        List<Quote> quotes = walk(clock, new SimulatedMarket(clock, 7L, ANCHORS), 600);

        assertThat(quotes.stream().map(q -> q.bid().value()).distinct().count()).isGreaterThan(300);
        for (Quote quote : quotes) {
            assertThat(BTCUSDC.isOnTick(quote.bid().value())).isTrue();
            assertThat(BTCUSDC.isOnTick(quote.ask().value())).isTrue();
            assertThat(quote.ask().value()).isGreaterThan(quote.bid().value());
            // Spread of at most about 0.1 basis point: 0.89 at 89,000.
            assertThat(quote.spread()).isLessThanOrEqualTo(new BigDecimal("1.00"));
            assertThat(quote.bid().value()).isBetween(new BigDecimal("80000"), new BigDecimal("98000"));
        }
    }

    @Test
    void whenSeededAlikeThenTwoMarketsWalkAlike() {
        var firstClock = new MovableClock(START);
        var secondClock = new MovableClock(START);
        List<Quote> first = walk(firstClock, new SimulatedMarket(firstClock, 42L, ANCHORS), 50);
        List<Quote> second = walk(secondClock, new SimulatedMarket(secondClock, 42L, ANCHORS), 50);

        assertThat(first).isEqualTo(second);
    }

    @Test
    void whenReadTwiceWithinASecondThenTheBookIsUnchangedAndLabelledSimulated() {
        var clock = new MovableClock(START);
        var market = new SimulatedMarket(clock, 7L, ANCHORS);

        MarketQuote first = market.quote(BTCUSDC);
        MarketQuote second = market.quote(BTCUSDC);

        assertThat(second.quote().bid()).isEqualTo(first.quote().bid());
        assertThat(first.source()).isEqualTo(PriceSource.SIMULATED);
        assertThat(first.quote().readAt()).isEqualTo(START);
    }

    private static List<Quote> walk(MovableClock clock, SimulatedMarket market, int seconds) {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < seconds; i++) {
            quotes.add(market.quote(BTCUSDC).quote());
            clock.advanceSecond();
        }
        return quotes;
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advanceSecond() {
            now = now.plusSeconds(1);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
