package dev.robson.server.operations;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Managing an operation's lifecycle through the API, and every way a request can be wrong. */
@ApiTest
class OperationsApiTest extends ApiFixture {

    private static final String TRACK_BTC = """
            {"symbol":"BTCUSDC","side":"BUY","quantity":"0.00033","entry_price":"88837.92",
             "stop_loss":"87061.16","take_profit":"92391.44","opened_at":"2025-12-22T14:30:00Z"}""";

    @BeforeEach
    void setUp() {
        quotes.setUsualBtcBook();
        signIn("ops");
        // Tracking on paper books the purchase: the paper ledger pays for it.
        tenants.paperBalance(trader, "USDC", "10000");
    }

    @Test
    void whenTrackingAFilledPositionThenItIsActiveAndShownInPositions() {
        var reply = api.post("/api/operations/", TRACK_BTC, token);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode operation = reply.json();
        long id = operation.get("operation_id").asLong();
        assertThat(reply.headers().firstValue("Location")).hasValue("/api/operations/" + id + "/");
        assertThat(operation.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(operation.get("quantity").asString()).isEqualTo("0.00033");
        assertThat(operation.get("entry_price").asString()).isEqualTo("88837.92");
        assertThat(operation.get("opened_at").asString()).isEqualTo("2025-12-22T14:30:00Z");
        JsonNode positions = api.get("/api/portfolio/positions/", token).json().get("positions");
        assertThat(positions)
                .extracting(node -> node.get("operation_id").asLong())
                .containsExactly(id);
    }

    @Test
    void whenTrackingWithLongLabelThenSideIsBuy() {
        var reply = api.post("/api/operations/", TRACK_BTC.replace("\"BUY\"", "\"LONG\""), token);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("side").asString()).isEqualTo("BUY");
        assertThat(reply.json().get("direction").asString()).isEqualTo("LONG");
    }

    @Test
    void whenStopIsAboveTheCurrentBidThenTrackingIsRefusedAndNothingIsStored() {
        var reply = api.post("/api/operations/", TRACK_BTC.replace("87061.16", "90000.00"), token);

        assertProblem(reply, 422, "invalid_protection");
        assertThat(reply.json().get("detail").asString()).contains("stop");
        assertThat(api.get("/api/operations/", token).json().get("operations")).isEmpty();
    }

    @Test
    void whenQuantityIsOffTheStepThenTrackingIsRefused() {
        var reply = api.post("/api/operations/", TRACK_BTC.replace("0.00033", "0.000335"), token);

        assertProblem(reply, 422, "invalid_quantity");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"btcusdc", "BTC-USDC", "BTCUSDC'; DROP TABLE operations;--", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void whenSymbolIsMalformedThen400(String symbol) {
        var reply = api.post("/api/operations/", TRACK_BTC.replace("\"BTCUSDC\"", jsonString(symbol)), token);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void whenSymbolIsUnknownThen404() {
        var reply = api.post("/api/operations/", TRACK_BTC.replace("\"BTCUSDC\"", "\"DOGEUSDC\""), token);

        assertProblem(reply, 404, "unknown_symbol");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"-0.00033\"", "\"0\"", "\"1E+999999999\"", "\"abc\"", "true", "[]"})
    void whenQuantityIsNotAPositiveDecimalThen400(String quantity) {
        var reply = api.post("/api/operations/", TRACK_BTC.replace("\"0.00033\"", quantity), token);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asString()).isIn("invalid_request", "malformed_body");
    }

    @Test
    void whenBodyHasAnUnknownFieldThenItIsRefusedRatherThanIgnored() {
        var reply = api.post("/api/operations/", TRACK_BTC.replace("\"stop_loss\"", "\"stop_los\""), token);

        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void whenSideIsUnknownThenTrackingIsRefused() {
        var reply = api.post("/api/operations/", TRACK_BTC.replace("\"BUY\"", "\"HOLD\""), token);

        assertProblem(reply, 422, "invalid_side");
    }

    @Test
    void whenMovingStopBelowCurrentThenItMovesAndTheTargetStays() {
        long id = heldBtc();

        var reply = api.patch("/api/operations/" + id + "/", "{\"stop_loss\":\"88500.00\"}", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("stop_loss").asString()).isEqualTo("88500.00");
        assertThat(reply.json().get("take_profit").asString()).isEqualTo("92391.44");
    }

    @Test
    void whenMovingTargetBelowCurrentThenRefusedAndUnchanged() {
        long id = heldBtc();

        var reply = api.patch("/api/operations/" + id + "/", "{\"take_profit\":\"89000.00\"}", token);

        assertProblem(reply, 422, "invalid_protection");
        assertThat(api.operation(id, token).get("take_profit").asString()).isEqualTo("92391.44");
    }

    @Test
    void whenMovingNothingThen400() {
        long id = heldBtc();

        assertThat(api.patch("/api/operations/" + id + "/", "{}", token).status())
                .isEqualTo(400);
    }

    @Test
    void whenClosingByHandThenRealizedPnlAndReasonAreKept() {
        long id = heldBtc();
        // The paper ledger sells only coins it holds.
        tenants.paperBalance(trader, "BTC", "0.00033");

        var reply = api.post("/api/operations/" + id + "/close/", "", token);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode closed = reply.json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("close_reason").asString()).isEqualTo("MANUAL");
        assertThat(closed.get("quantity").asString()).isEqualTo("0.00000");
        // Sold 0.00033 at the bid 89245.00: (89245.00 - 88837.92) x 0.00033 = 0.1343364
        assertThat(closed.get("realized_pnl").asString()).isEqualTo("0.13");
        assertThat(closed.get("closed_at").asString()).isNotBlank();
        assertThat(api.get("/api/portfolio/positions/", token).json().get("positions"))
                .isEmpty();
        assertThat(api.get("/api/operations/?status=closed", token).json().get("operations"))
                .extracting(node -> node.get("operation_id").asLong())
                .containsExactly(id);
    }

    @Test
    void whenClosingTwiceThenTheSecondIsAConflict() {
        long id = heldBtc();
        api.post("/api/operations/" + id + "/close/", "", token);

        var again = api.post("/api/operations/" + id + "/close/", "", token);

        assertProblem(again, 409, "illegal_transition");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "99999999999999999999999", "1%27%20OR%201=1"})
    void whenOperationIdIsMalformedThen400(String id) {
        var reply = api.get("/api/operations/" + id + "/", token);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void whenListingManyOperationsThenTheyComeNewestFirstAPageAtATime() {
        long first = heldBtc();
        long second = heldBtc();
        long third = heldBtc();

        JsonNode page = api.get("/api/operations/?status=active&limit=2", token).json();

        assertThat(page.get("operations"))
                .extracting(o -> o.get("operation_id").asLong())
                .containsExactly(third, second);
        long cursor = page.get("next_before").asLong();
        JsonNode last = api.get("/api/operations/?status=active&limit=2&before=" + cursor, token)
                .json();
        assertThat(last.get("operations"))
                .extracting(o -> o.get("operation_id").asLong())
                .containsExactly(first);
        assertThat(last.has("next_before")).isFalse();
        assertThat(api.get("/api/operations/?limit=0", token).status()).isEqualTo(400);
        assertThat(api.get("/api/operations/?limit=501", token).status()).isEqualTo(400);
    }

    @Test
    void whenStatusFilterIsUnknownThen400() {
        var reply = api.get("/api/operations/?status=everything", token);

        assertProblem(reply, 400, "invalid_status");
    }

    @Test
    void whenRouteDoesNotExistThen404Problem() {
        var reply = api.get("/api/nothing-here/", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void whenMarketHasNoPriceThenTrackingAnswers503() {
        var reply = api.post("/api/operations/", TRACK_BTC.replace("\"BTCUSDC\"", "\"BTCUSDT\""), token);

        assertProblem(reply, 503, "market_unavailable");
    }

    /** The API's number of a fresh one of the suite's usual BTC positions, held by this test's trader. */
    private long heldBtc() {
        return tenants.number(trader, tenants.longBtc(trader));
    }

    private static String jsonString(String raw) {
        return "\"" + raw.replace("\"", "\\\"") + "\"";
    }
}
