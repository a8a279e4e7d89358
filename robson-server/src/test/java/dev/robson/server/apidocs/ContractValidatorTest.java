package dev.robson.server.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.OpenApiDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker the conformance tests rely on must catch each kind of lie it claims to catch. */
class ContractValidatorTest {

    private static final OpenApiDocument CONTRACT = OpenApiDocument.checkedIn();
    private static final String PRICE = """
            {"symbol":"BTCUSDC","base_asset":"BTC","quote_asset":"USDC","bid":"89245.00","ask":"89246.00",
             "last":"89245.50","spread":"1.00","spread_percent":"0.0011","timestamp":1767614400,
             "age_seconds":0,"stale":false,"source":"SIMULATED"}""";

    @Test
    void whenTheAnswerIsAsDocumentedThenNothingIsReported() {
        assertThat(price(200, "application/json", PRICE)).isEmpty();
    }

    @Test
    void whenAPriceIsAJsonNumberThenItIsReported() {
        assertThat(price(200, "application/json", PRICE.replace("\"89245.00\"", "89245.00")))
                .singleElement()
                .asString()
                .contains("$.bid");
    }

    @Test
    void whenAPropertyIsNotDocumentedThenItIsReported() {
        assertThat(price(200, "application/json", PRICE.replace("{", "{\"bidPrice\":\"1\",")))
                .singleElement()
                .asString()
                .contains("'bidPrice' is not documented");
    }

    @Test
    void whenARequiredPropertyIsMissingThenItIsReported() {
        assertThat(price(200, "application/json", PRICE.replace("\"stale\":false,", "")))
                .singleElement()
                .asString()
                .contains("'stale' is missing");
    }

    @Test
    void whenADecimalIsInExponentNotationThenItIsReported() {
        assertThat(price(200, "application/json", PRICE.replace("\"1.00\"", "\"1E+0\"")))
                .singleElement()
                .asString()
                .contains("$.spread");
    }

    @Test
    void whenTheStatusOrMediaTypeIsNotDocumentedThenItIsReported() {
        assertThat(price(418, "application/json", PRICE))
                .singleElement()
                .asString()
                .contains("status not documented");
        assertThat(price(200, "text/plain", PRICE)).singleElement().asString().contains("media type text/plain");
    }

    @Test
    void whenAProblemLacksItsCodeThenItIsReported() {
        assertThat(price(404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}"))
                .singleElement()
                .asString()
                .contains("'code' is missing");
    }

    private static List<String> price(int status, String mediaType, String body) {
        return CONTRACT.violations("GET", "/api/market/price/{symbol}/", status, mediaType, body);
    }
}
