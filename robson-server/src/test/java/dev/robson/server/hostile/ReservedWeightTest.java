package dev.robson.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.credentials.CredentialVault;
import dev.robson.server.exchange.ExchangeKeys;
import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.exchange.binance.WeightClass;
import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ExchangeTest;
import dev.robson.server.support.TestTenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * One tenant's candle flood must not spend the weight that quotes and close orders need. The
 * fake Binance enforces a limit of 100 weight a minute (production: 6,000) and, past it,
 * refuses everything with 429, as Binance does; candles get 30 of it here.
 */
@ExchangeTest
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:robson-weight;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "robson.trading=live",
            "robson.master-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "robson.closing.settling-time=0s",
            "robson.binance.weight.minute-limit=100",
            "robson.binance.weight.candle-share=30",
            "robson.binance.weight.account-share=10",
            "robson.binance.weight.quote-share=40",
            "robson.binance.weight.orders-reserve=10",
            // Only the weight share may stop the flood here, not the per-tenant history limit.
            "robson.market-data.history-per-minute=10000",
            "robson.market-data.history-burst=10000"
        })
class ReservedWeightTest extends ApiFixture {

    static final FakeBinance BINANCE = FakeBinance.start();

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry registry) {
        BINANCE.limitWeightPerMinute(100);
        registry.add("robson.binance.base-url", () -> BINANCE.baseUrl().toString());
    }

    @AfterAll
    static void stop() {
        BINANCE.close();
    }

    @Autowired
    CredentialVault vault;

    @Autowired
    BinanceClient binance;

    @Test
    void whenCandlesHaveSpentTheirShareThenAQuoteAndACloseOrderStillGoThrough() {
        TestTenants.Trader flooder = tenants.newTrader("flooder");
        String flooderToken = login(flooder);
        TestTenants.Trader trader = tenants.newTrader("trader");
        String apiKey = ExchangeKeys.newKey(trader, BINANCE, vault);
        BINANCE.setBalance(apiKey, "BTC", "1", "0");
        String token = login(trader);

        // 60 distinct histories (no cache hit), one klines call of weight 2 each: 120 weight,
        // more than the fake's whole minute. The candle share of 30 lets at most 15 through a
        // minute (minus exchangeInfo's 20 at start-up, if in the same minute).
        int refused = 0;
        for (String interval : new String[] {"1h", "2h"}) {
            for (int days = 1; days <= 30; days++) {
                var reply = api.get(
                        "/api/historical-data/?symbol=BTCUSDC&interval=" + interval + "&days=" + days, flooderToken);
                if (reply.status() == 429) {
                    assertThat(reply.json().get("code").asString()).isEqualTo("exchange_weight_exhausted");
                    assertThat(reply.headers().firstValue("Retry-After")).isPresent();
                    refused++;
                } else {
                    assertThat(reply.status()).isEqualTo(200);
                }
            }
        }
        assertThat(refused).isPositive();
        // Even across a minute boundary at most two minutes of share (2 x 30) went to candles.
        assertThat(BINANCE.calls("GET /api/v3/klines")).isLessThanOrEqualTo(30);
        assertThat(binance.spentThisMinute(WeightClass.CANDLES)).isLessThanOrEqualTo(30);

        var price = api.get("/api/market/price/BTCUSDC/", token);
        assertThat(price.status()).isEqualTo(200);
        assertThat(price.json().get("source").asString()).isEqualTo("BINANCE");
        assertThat(price.json().get("stale").asBoolean()).isFalse();

        long id = api.track("""
                {"symbol":"BTCUSDC","side":"BUY","quantity":"0.00033","entry_price":"88837.92",
                 "stop_loss":"87061.16","take_profit":"92391.44"}""", token);
        var closed = api.post("/api/operations/" + id + "/close/", "{}", token);

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(BINANCE.calls("POST /api/v3/order")).isEqualTo(1);
        assertThat(BINANCE.weightLimited()).isZero();
    }
}
