package dev.robson.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.market.CandleHistory;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * History requests are the heaviest a tenant can make: each may hold 10,080 candles. A tenant
 * gets a burst of 5 and one more a minute here; the cache holds 2,000 candles in all,
 * whoever asks.
 */
@ApiTest
@TestPropertySource(
        properties = {
            "robson.market-data.history-burst=5",
            "robson.market-data.history-per-minute=1",
            "robson.market-data.max-cached-candles=2000"
        })
class CandleFloodTest extends ApiFixture {

    @Autowired
    CandleHistory history;

    @Test
    void whenATenantAsksPastItsLimitThenItGets429WithRetryAfterAndOthersStillGetTheirs() {
        String flooder = api.login(tenants.newTrader("flooder").username(), TestTenants.PASSWORD);
        int refused = 0;
        for (int days = 1; days <= 8; days++) {
            var reply = api.get("/api/historical-data/?symbol=BTCUSDC&interval=1h&days=" + days, flooder);
            if (reply.status() == 429) {
                assertThat(reply.json().get("code").asString()).isEqualTo("rate_limited");
                assertThat(Long.parseLong(
                                reply.headers().firstValue("Retry-After").orElseThrow()))
                        .isPositive();
                refused++;
            } else {
                assertThat(reply.status()).isEqualTo(200);
            }
        }
        // 8 asked, 5 in the burst and at most 1 refilled while the test ran (one a minute).
        assertThat(refused).isGreaterThanOrEqualTo(2);

        String other = api.login(tenants.newTrader("other").username(), TestTenants.PASSWORD);
        assertThat(api.get("/api/historical-data/?symbol=BTCUSDC&interval=1h&days=1", other)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void whenManyTenantsAskForDistinctHistoriesThenTheCacheStaysWithinItsCandleBound() {
        int candlesServed = 0;
        String token = null;
        for (int days = 1; days <= 30; days++) {
            if (days % 5 == 1) {
                // A fresh tenant every 5 requests, so only the cache bound is under test here.
                token = api.login(tenants.newTrader("chart").username(), TestTenants.PASSWORD);
            }
            var reply = api.get("/api/historical-data/?symbol=ETHUSDC&interval=1h&days=" + days, token);
            assertThat(reply.status()).isEqualTo(200);
            candlesServed += reply.json().get("candles").size();
        }
        // 1 to 30 days of hourly candles: 24 x (1 + ... + 30) = 24 x 465 = 11,160 candles served,
        // more than five times the bound.
        assertThat(candlesServed).isEqualTo(11_160);
        assertThat(history.cachedCandles()).isPositive().isLessThanOrEqualTo(2_000);
    }
}
