package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A server that lies: escape sequences in its text, absurd numbers, an endless body. */
class HostileServerTest extends LoggedInCliTest {

    private static final String ESC = "\u001b";

    @Test
    void whenASymbolCarriesEscapeSequencesThenTheyArePrintedInert() {
        // Retitle the terminal (OSC 0 ... BEL), clear the screen (CSI 2J), plant a hyperlink
        // (OSC 8), then flip the rest right-to-left (U+202E): all JSON-escaped, as a server would.
        String symbol =
                "BTC\\u001b]0;pwned\\u0007\\u001b[2J\\u001b]8;;https://evil.example\\u001b\\\\USDC\\u202e\\u009b";
        var result = positionsWith("\"symbol\":\"BTCUSDC\"", "\"symbol\":\"" + symbol + "\"");

        assertThat(result.out()).doesNotContain(ESC, "\u0007", "\u202e", "\u009b");
        assertThat(result.out()).contains("BTC]0;pwned[2J]8;;https://evil.example\\USDC");
    }

    @Test
    void whenAListOfTextsCarriesEscapeSequencesThenTheyArePrintedInert() {
        // An alert target's events are a list of texts, read apart from single text fields.
        server.on(
                "GET",
                "/api/alerts/targets/",
                200,
                "{\"targets\":[" + AlertsCommandTest.WEBHOOK.replace("\"CLOSED\"", "\"CLOSED\\u001b[2J\\u009b\"")
                        + "}]}");

        var result = robson.execute("alerts");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain(ESC, "\u009b").contains("CLOSED[2J");
    }

    @Test
    void whenAnErrorDetailCarriesEscapesThenTheyArePrintedInert() {
        server.on(
                "GET",
                "/api/portfolio/positions/",
                503,
                "{\"code\":\"x\",\"detail\":\"\\u001b[31mfake red\\u001b[0m \\u2066warning\\u2069\",\"status\":503}");

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).doesNotContain(ESC, "\u2066", "\u2069").contains("[31mfake red[0m warning");
    }

    @Test
    void whenAnAmountHasAnAbsurdExponentThenItIsRefusedNotExpanded() {
        var result = positionsWith("\"0.00033\"", "\"1E+999999999\"");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.out()).doesNotContain("000000000000000000000");
    }

    @Test
    void whenTheAnswerIsLargerThanAnyRealOneThenItIsNotRead() {
        String huge = "{\"positions\":[],\"padding\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}";
        server.on("GET", "/api/portfolio/positions/", 200, huge);

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("larger than 16 MB");
    }

    /** {@code robson positions}, the server answering positions.json with {@code real} swapped for {@code hostile}. */
    private CliRun.Result positionsWith(String real, String hostile) {
        String positions = FakeRobsonServer.fixture("positions.json");
        assertThat(positions).as("the fixture holds what is swapped").contains(real);
        server.on("GET", "/api/portfolio/positions/", 200, positions.replace(real, hostile));
        return robson.execute("positions");
    }
}
