package dev.robson.core.planning.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.core.market.Asset;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskMonthTest {

    private static final Asset USDC = Asset.of("USDC");

    @Test
    void keepsTheSnapshotForTheWholeUtcMonth() {
        RiskMonth march = RiskMonth.snapshot(Instant.parse("2026-03-05T09:00:00Z"), USDC, new BigDecimal("1000"));

        // Equity fell to 970 by the 31st: the month keeps its base of 1,000.
        RiskMonth lastSecond = march.rollOver(Instant.parse("2026-03-31T23:59:59Z"), new BigDecimal("970"));

        assertThat(lastSecond).isSameAs(march);
        assertThat(march.start()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    }

    @Test
    void rollsOverAtMidnightUtcWithANewSnapshot() {
        RiskMonth march = RiskMonth.snapshot(Instant.parse("2026-03-05T09:00:00Z"), USDC, new BigDecimal("1000"));
        Clock aprilFirst = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);

        RiskMonth april = march.rollOver(aprilFirst.instant(), new BigDecimal("970"));

        assertThat(april.month()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(april.capitalBase()).isEqualByComparingTo("970");
        assertThat(april.quoteAsset()).isEqualTo(USDC);
    }

    @Test
    void theMonthIsUtcWhateverTheTraderIsLocalTime() {
        // 22:30 on 31 March in New York is already 1 April in UTC.
        Instant newYorkEvening =
                OffsetDateTime.parse("2026-03-31T22:30:00-04:00").toInstant();

        assertThat(RiskMonth.monthOf(newYorkEvening)).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void aNewMonthStartsWithAFreshBudget() {
        // March ended PAUSED at −40; April's budget knows nothing of March's losses.
        RiskMonth april = RiskMonth.snapshot(Instant.parse("2026-04-01T08:00:00Z"), USDC, new BigDecimal("960"));
        RiskBudget aprilBudget = new RiskBudget(april, new BigDecimal("4"), BigDecimal.ONE, List.of(), List.of());

        // 4 % of 960 = 38.4; floor(38.4 / 9.6) = 4.
        assertThat(aprilBudget.budget()).isEqualByComparingTo("38.4");
        assertThat(aprilBudget.state()).isEqualTo(MonthState.ACTIVE);
        assertThat(aprilBudget.slots()).isEqualTo(4);
    }
}
