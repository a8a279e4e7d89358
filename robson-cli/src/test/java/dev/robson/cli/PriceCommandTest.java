package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code robson price SYMBOL} and every way the price endpoint can refuse. */
class PriceCommandTest extends LoggedInCliTest {

    static final String PRICE_PATH = "/api/market/price/BTCUSDC/";

    @Test
    void whenAPriceIsAskedThenTheSeedsLineIsPrintedWithTheSimulatedMark() {
        server.onFixture("GET", PRICE_PATH, "price.json");

        var result = robson.execute("price", "btcusdc");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("BTC/USDC: Bid $89,245.00 | Ask $89,246.00 | Spread $1.00 [SIMULATED]\n");
    }

    @Test
    void whenTheServerHasNoDisplayRulesThenAmountsKeepTheirAssetCode() {
        server.reset("GET", FakeRobsonServer.DISPLAY_RULES_PATH);
        server.onFixture("GET", PRICE_PATH, "price.json");

        var result = robson.execute("price", "BTCUSDC");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .isEqualTo("BTC/USDC: Bid 89,245.00 USDC | Ask 89,246.00 USDC | Spread 1.00 USDC [SIMULATED]\n");
    }

    @Test
    void whenJsonIsAskedThenTheDisplayRulesAreNotFetched() {
        server.onFixture("GET", PRICE_PATH, "price.json");

        robson.execute("price", "BTCUSDC", "--json");

        assertThat(server.requests("GET", FakeRobsonServer.DISPLAY_RULES_PATH)).isEmpty();
    }

    @Test
    void whenJsonIsAskedThenStdoutIsOneValidDocument() {
        server.onFixture("GET", PRICE_PATH, "price.json");

        var result = robson.execute("price", "BTCUSDC", "--json");

        assertThat(result.exitCode()).isZero();
        var document = JsonDocuments.single(result.out());
        assertThat(document.get("bid").asString()).isEqualTo("89245.00");
        assertThat(document.get("source").asString()).isEqualTo("SIMULATED");
    }

    /** A quote the price endpoint may answer, and the line the trader reads of it. */
    record Quote(String what, String symbol, String body, String line) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Quote> quotes() {
        return Stream.of(
                new Quote(
                        "USD1, which the server publishes as a dollar, reads in dollars",
                        "ETHUSD1",
                        """
                        {"symbol":"ETHUSD1","base_asset":"ETH","quote_asset":"USD1","bid":"0.13","ask":"0.14",\
                        "last":"0.13","spread":"0.01","spread_percent":"7.4074","timestamp":1767614400,"stale":false,\
                        "source":"BINANCE"}""",
                        "ETH/USD1: Bid $0.13 | Ask $0.14 | Spread $0.01\n"),
                new Quote(
                        "a stale quote from the exchange shows only the stale mark",
                        "ETHBTC",
                        """
                        {"symbol":"ETHBTC","base_asset":"ETH","quote_asset":"BTC","bid":"0.03370","ask":"0.03371",\
                        "last":"0.03370","spread":"0.00001","spread_percent":"0.0297","timestamp":1767614400,"stale":true,\
                        "source":"BINANCE"}""",
                        "ETH/BTC: Bid 0.03370 BTC | Ask 0.03371 BTC | Spread 0.00001 BTC [STALE]\n"),
                // Without quote_asset the quote is the published dollar asset the symbol ends with.
                new Quote(
                        "only the seed's fields: the spread is ask minus bid",
                        "BTCUSDC",
                        """
                        {"symbol":"BTCUSDC","bid":"89245.00","ask":"89246.50","last":"89245.50","timestamp":1703251200}""",
                        "BTC/USDC: Bid $89,245.00 | Ask $89,246.50 | Spread $1.50\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void whenThePriceEndpointAnswersAQuoteThenItsLineFollowsTheDisplayRules(Quote quote) {
        var result = priceAnswered(quote.symbol(), 200, quote.body());

        assertThat(result.out()).isEqualTo(quote.line());
        assertThat(server.requests("GET", FakeRobsonServer.DISPLAY_RULES_PATH)).hasSize(1);
    }

    /** An answer of the price endpoint other than a price, and what the trader gets of it. */
    record Refusal(String what, String symbol, int status, String body, int exitCode, String err) {
        @Override
        public String toString() {
            return what + " (HTTP " + status + ")";
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal(
                        "unknown symbol",
                        "DOGEUSDC",
                        404,
                        FakeRobsonServer.problem(404, "unknown_symbol", "Unknown symbol DOGEUSDC."),
                        ExitCodes.NOT_FOUND,
                        "robson: not found: Unknown symbol DOGEUSDC\n"),
                new Refusal(
                        "symbol the server calls malformed",
                        "X1",
                        400,
                        FakeRobsonServer.problem(
                                400, "invalid_symbol", "A symbol is 5 to 20 capital letters or digits."),
                        ExitCodes.USAGE,
                        "robson: the server refused the request: A symbol is 5 to 20 capital letters or digits\n"),
                new Refusal(
                        "market unavailable",
                        "BTCUSDC",
                        503,
                        FakeRobsonServer.problem(503, "market_unavailable", "The exchange is down."),
                        ExitCodes.SERVER_ERROR,
                        "robson: server error (HTTP 503 market_unavailable): The exchange is down\n"),
                new Refusal(
                        "something not JSON",
                        "BTCUSDC",
                        200,
                        "<html>proxy login</html>",
                        ExitCodes.SERVER_ERROR,
                        "robson: the server's answer was not understood: unexpected character '<' at offset 0\n"),
                new Refusal(
                        "a gateway failing with HTML",
                        "BTCUSDC",
                        502,
                        "<html>Bad Gateway</html>",
                        ExitCodes.SERVER_ERROR,
                        "robson: server error (HTTP 502): HTTP 502\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void whenThePriceEndpointRefusesThenTheExitCodeAndOneLineSayWhy(Refusal refusal) {
        var result = priceAnswered(refusal.symbol(), refusal.status(), refusal.body());

        assertThat(result.exitCode()).isEqualTo(refusal.exitCode());
        assertThat(result.err()).isEqualTo(refusal.err());
        assertThat(result.out()).isEmpty();
    }

    @Test
    void whenTheSymbolHasCharactersThatCouldBendTheUrlThenItNeverLeavesTheCli() {
        var result = robson.execute("price", "../account");

        assertRefusedBeforeAnyRequest(result, "'../account' is not a symbol: 2 to 24 letters and digits, e.g. BTCUSDC");
    }

    @Test
    void whenRateLimitedThenItIsAServerErrorSayingWhenToRetry() {
        server.on(
                "GET",
                PRICE_PATH,
                new FakeRobsonServer.Answer(
                        429,
                        FakeRobsonServer.problem(429, "rate_limited", "Too many price requests."),
                        Map.of("Retry-After", "3")));

        var result = robson.execute("price", "BTCUSDC");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.SERVER_ERROR);
        assertThat(result.err()).isEqualTo("robson: too many requests; retry in 3 s\n");
    }

    @Test
    void whenTheSymbolIsMissingThenUsageIsOneLine() {
        var result = robson.execute("price");

        assertRefusedBeforeAnyRequest(result, "Missing required parameter: 'SYMBOL' (see 'robson price --help')");
    }

    @Test
    void whenTheIntervalIsBelowTheFloorThenItIsAUsageError() {
        var result = robson.shortestInterval(Duration.ofMillis(200))
                .execute("price", "BTCUSDC", "--watch", "--interval", "10ms");

        assertRefusedBeforeAnyRequest(result, "--interval must be at least 200ms");
    }

    @Test
    void whenTheIntervalIsNotADurationThenItIsAUsageError() {
        var result = robson.execute("price", "BTCUSDC", "--watch", "--interval", "soon");

        assertRefusedBeforeAnyRequest(
                result,
                "Invalid value for option '--interval': 'soon' is not an interval such as 500ms, 2s or 1m"
                        + " (see 'robson price --help')");
    }

    /** {@code robson price SYMBOL} when the symbol's price endpoint answers this. */
    private CliRun.Result priceAnswered(String symbol, int status, String body) {
        server.on("GET", "/api/market/price/" + symbol + "/", status, body);
        return robson.execute("price", symbol);
    }
}
