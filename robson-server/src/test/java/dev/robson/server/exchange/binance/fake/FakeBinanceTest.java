package dev.robson.server.exchange.binance.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The fake's wire format and bookkeeping, read with a bare HTTP client rather than ours. */
class FakeBinanceTest extends FakeBinanceFixture {

    @Test
    void whenServingTheBookThenAmountsAreStringsAndTheWeightHeaderAccumulates() throws Exception {
        HttpResponse<String> first = get("/api/v3/ticker/bookTicker?symbol=ETHBTC");
        HttpResponse<String> second = get("/api/v3/exchangeInfo");

        assertThat(first.body())
                .isEqualTo("{\"symbol\":\"ETHBTC\",\"bidPrice\":\"0.03375000\",\"bidQty\":\"1.00000000\","
                        + "\"askPrice\":\"0.03376000\",\"askQty\":\"1.00000000\"}");
        assertThat(first.headers().firstValue("X-MBX-USED-WEIGHT-1M")).contains("2");
        assertThat(second.headers().firstValue("X-MBX-USED-WEIGHT-1M")).contains("22");
        assertThat(second.body()).contains("\"filterType\":\"LOT_SIZE\",\"minQty\":\"0.00001000\"");
    }

    @Test
    void whenTheSymbolIsUnknownThenBinancesErrorBodyComesWith400() throws Exception {
        HttpResponse<String> response = get("/api/v3/ticker/price?symbol=DOGEUSDC");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
    }

    @Test
    void whenASignedEndpointIsCalledWithoutAKeyThenItIsRefused() throws Exception {
        HttpResponse<String> response = get("/api/v3/account?timestamp=1&signature=00");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("-2014");
    }

    @Test
    void whenCalledConcurrentlyThenEveryCallIsCountedAndWeighed() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(callers.submit(() -> get("/api/v3/time")));
        }
        for (Future<HttpResponse<String>> answer : answers) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
        }
        callers.shutdown();

        assertThat(binance.calls("/api/v3/time")).isEqualTo(100);
        assertThat(binance.calls("GET /api/v3/time")).isEqualTo(100);
        assertThat(binance.usedWeight()).isEqualTo(100);

        binance.resetCounts();
        assertThat(binance.calls("/api/v3/time")).isZero();
        assertThat(binance.usedWeight()).isZero();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        URI uri = URI.create(binance.baseUrl() + pathAndQuery);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
