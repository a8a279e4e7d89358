package dev.robson.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTenants;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An id or a bound means one number, written one way: ASCII decimal digits. */
@ApiTest
class StrictNumbersTest extends ApiFixture {

    String token;
    long id;

    @BeforeEach
    void setUp() {
        quotes.setUsualBtcBook();
        TestTenants.Trader trader = tenants.newTrader("numbers");
        id = tenants.number(trader, tenants.longBtc(trader));
        token = login(trader);
    }

    /** Hex, '#', a space, a plus sign, Arabic-Indic and full-width digits for the same id. */
    @ParameterizedTest
    @ValueSource(strings = {"0x%s", "%%23%s", "%%20%s", "+%s", "%s%%20"})
    void whenAnIdIsWrittenAnyOtherWayThenTheCloseIsRefusedAndNothingChanges(String spelling) {
        String path = "/api/operations/" + spelling.formatted(Long.toHexString(id)) + "/close/";
        if (!spelling.startsWith("0x")) {
            path = "/api/operations/" + spelling.formatted(id) + "/close/";
        }

        var reply = api.post(path, "", token);

        assertThat(reply.status()).as(path).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertStillActive();
    }

    @Test
    void whenAnIdIsWrittenInAnotherScriptsDigitsThenItIsRefused() {
        String arabicIndic = encode(String.valueOf(id).chars().map(c -> 0x0660 + (c - '0')));
        String fullWidth = encode(String.valueOf(id).chars().map(c -> 0xFF10 + (c - '0')));

        assertThat(api.post("/api/operations/" + arabicIndic + "/close/", "", token)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/operations/" + fullWidth + "/", token).status())
                .isEqualTo(400);
        assertStillActive();
    }

    @Test
    void whenAPageBoundIsHexThenItIsRefused() {
        assertThat(api.get("/api/operations/?limit=0x10", token).status()).isEqualTo(400);
        assertThat(api.get("/api/operations/?before=0x10", token).status()).isEqualTo(400);
        assertThat(api.get("/api/operations/?limit=16", token).status()).isEqualTo(200);
    }

    @Test
    void whenTheIdIsPlainDigitsThenItIsTheOperation() {
        assertThat(api.operation(id, token).get("operation_id").asLong()).isEqualTo(id);
    }

    private static String encode(IntStream codePoints) {
        String text = codePoints
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The refused request changed nothing: the operation is still guarded. */
    private void assertStillActive() {
        assertThat(api.operation(id, token).get("status").asString()).isEqualTo("ACTIVE");
    }
}
