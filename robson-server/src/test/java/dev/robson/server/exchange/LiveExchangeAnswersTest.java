package dev.robson.server.exchange;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.exchange.binance.Kline;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every exchange answer is checked against the question before anyone acts on it. */
class LiveExchangeAnswersTest extends LiveScenario {

    @Test
    void aBookTickerNamingAnotherSymbolIsNoPriceForTheOneAsked() {
        BINANCE.misnameBookTicker("BTCUSDT", "ETHUSDT");
        try {
            var reply = api.get("/api/market/price/BTCUSDT/", token);

            assertProblem(reply, 503, "market_unavailable");
        } finally {
            BINANCE.misnameBookTicker("BTCUSDT", null);
        }
        assertThat(api.get("/api/market/price/BTCUSDT/", token).status()).isEqualTo(200);
    }

    @Test
    void candlesOfAnotherIntervalThanTheOneAskedAreRefused() {
        // One-minute bars filed under 15m: each is 60,000 ms long, not 900,000.
        long now = System.currentTimeMillis();
        long first = (now / 60_000 - 30) * 60_000;
        List<Kline> minutes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long open = first + i * 60_000L;
            BigDecimal price = new BigDecimal("2.5");
            minutes.add(new Kline(open, price, price, price, price, BigDecimal.ONE, open + 59_999));
        }
        BINANCE.setKlines("ETHBTC", "15m", minutes);

        var reply = api.get("/api/historical-data/?symbol=ETHBTC&interval=15m&days=1", token);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("detail").asString()).contains("60000 ms candle");
    }
}
