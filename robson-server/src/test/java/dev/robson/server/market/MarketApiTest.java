package dev.robson.server.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.FixedQuotes;
import dev.robson.server.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The price, candle and symbol endpoints over real HTTP. */
@ApiTest
class MarketApiTest extends ApiFixture {

    @BeforeEach
    void setUp() {
        quotes.set("BTCUSDC", "89245.00", "89246.00", "89245.50");
        signIn("market");
    }

    @Test
    void whenAskingForAPriceThenBidAskLastAndSpreadComeAsExactStrings() {
        var reply = api.get("/api/market/price/BTCUSDC/", token);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode price = reply.json();
        assertThat(price.get("symbol").asString()).isEqualTo("BTCUSDC");
        assertThat(price.get("base_asset").asString()).isEqualTo("BTC");
        assertThat(price.get("quote_asset").asString()).isEqualTo("USDC");
        assertThat(price.get("bid").asString()).isEqualTo("89245.00");
        assertThat(price.get("ask").asString()).isEqualTo("89246.00");
        assertThat(price.get("last").asString()).isEqualTo("89245.50");
        assertThat(price.get("spread").asString()).isEqualTo("1.00");
        // 1.00 / 89245.50 x 100 = 0.00112050...
        assertThat(price.get("spread_percent").asString()).isEqualTo("0.0011");
        assertThat(price.get("timestamp").asLong()).isEqualTo(FixedQuotes.READ_AT.getEpochSecond());
        assertThat(price.get("stale").asBoolean()).isFalse();
        assertThat(price.get("source").asString()).isEqualTo("SIMULATED");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "btcusdc",
                "BTCUSDCBTCUSDCBTCUSDCBTCUSDC",
                "BTC%27%3B%20DROP%20TABLE%20symbols",
                "BTC%2FUSDC",
                "%E2%82%BFUSDC",
                "DOGEUSDC"
            })
    void whenTheSymbolIsBadThen4xxAndTheMarketIsNotAsked(String symbol) {
        int before = quotes.calls();

        var reply = api.get("/api/market/price/" + symbol + "/", token);

        assertThat(reply.status()).isBetween(400, 404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(quotes.calls()).isEqualTo(before);
    }

    @Test
    void whenUnknownSymbolThen404AndMalformedThen400() {
        assertThat(codeOf("/api/market/price/DOGEUSDC/")).isEqualTo("unknown_symbol");
        assertThat(codeOf("/api/market/price/btcusdc/")).isEqualTo("invalid_symbol");
    }

    @Test
    void whenOneTenantPollsTooFastThenItIsToldWhenToRetryAndOthersAreUnaffected() {
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 40; i++) {
            var reply = api.get("/api/market/price/BTCUSDC/", token);
            if (reply.status() == 429) {
                limited++;
                retryAfter = reply.headers().firstValue("Retry-After").orElse(null);
                assertThat(reply.json().get("code").asString()).isEqualTo("rate_limited");
            }
        }

        assertThat(limited).isPositive();
        assertThat(retryAfter).isNotNull().matches("\\d+");
        String other = api.login(tenants.newTrader("calm").username(), TestTenants.PASSWORD);
        assertThat(api.get("/api/market/price/BTCUSDC/", other).status()).isEqualTo(200);
    }

    @Test
    void whenAskingForAWeekOfFifteenMinuteCandlesThen672OldestFirst() {
        var reply = api.get("/api/historical-data/?symbol=BTCUSDC&interval=15m&days=7", token);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("interval").asString()).isEqualTo("15m");
        JsonNode candles = body.get("candles");
        assertThat(candles).hasSize(672);
        JsonNode first = candles.get(0);
        assertThat(first.get("open_time").asLong() % 900).isZero();
        assertThat(first.get("open").isString()).isTrue();
        assertThat(first.get("close").asString()).matches("\\d+\\.\\d{2}");
        assertThat(candles.get(1).get("open_time").asLong()
                        - first.get("open_time").asLong())
                .isEqualTo(900);
        assertThat(candles.get(671).get("closed").asBoolean()).isFalse();
    }

    @Test
    void whenCandleParametersAreBadThen400() {
        assertThat(codeOf("/api/historical-data/?symbol=BTCUSDC&interval=7m&days=7"))
                .isEqualTo("invalid_interval");
        assertThat(codeOf("/api/historical-data/?symbol=BTCUSDC&interval=15m&days=0"))
                .isEqualTo("invalid_days");
        assertThat(api.get("/api/historical-data/?symbol=BTCUSDC&interval=15m&days=-3", token)
                        .status())
                .isEqualTo(400);
        assertThat(codeOf("/api/historical-data/?symbol=BTCUSDC&interval=1m&days=30"))
                .isEqualTo("too_many_candles");
        assertThat(api.get("/api/historical-data/?interval=15m&days=7", token).status())
                .isEqualTo(400);
    }

    @Test
    void whenListingSymbolsThenTheirFiltersAreShown() {
        JsonNode symbols = api.get("/api/market/symbols/", token).json();

        assertThat(symbols).extracting(s -> s.get("symbol").asString()).contains("BTCUSDC", "ETHBTC");
        JsonNode btc = symbols.valueStream()
                .filter(s -> s.get("symbol").asString().equals("BTCUSDC"))
                .findFirst()
                .orElseThrow();
        assertThat(btc.get("tick_size").asString()).isEqualTo("0.01");
        assertThat(btc.get("step_size").asString()).isEqualTo("0.00001");
    }

    @Test
    void whenAskedForDisplayRulesThenEveryDollarStablecoinOfTheCoreIsListedInOrder() {
        JsonNode rules = api.get("/api/market/display-rules/", token).json();

        assertThat(rules.get("usd_quote_assets").valueStream().map(JsonNode::asString))
                .containsExactly("BUSD", "DAI", "FDUSD", "PYUSD", "TUSD", "USD1", "USDC", "USDP", "USDT");
        assertThat(rules.propertyNames()).containsExactly("usd_quote_assets");
    }

    @Test
    void whenMarketEndpointsAreCalledWithoutTokenThen401() {
        assertThat(api.get("/api/market/price/BTCUSDC/", null).status()).isEqualTo(401);
        assertThat(api.get("/api/historical-data/?symbol=BTCUSDC", null).status())
                .isEqualTo(401);
        assertThat(api.get("/api/market/display-rules/", null).status()).isEqualTo(401);
    }

    /** The problem code the trader's GET of this path is answered with. */
    private String codeOf(String path) {
        return api.get(path, token).json().get("code").asString();
    }
}
