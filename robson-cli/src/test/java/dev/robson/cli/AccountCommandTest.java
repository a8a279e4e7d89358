package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code robson account}: the server's summary and balances, formatted, never recomputed. */
class AccountCommandTest extends LoggedInCliTest {

    /** The card of account-summary.json, which the launcher's training stand-in answers as well. */
    static final String SUMMARY_CARD = """
            ╔════════════════════════════╗
            ║ ACCOUNT USDC [PAPER]       ║
            ╠════════════════════════════╣
            ║ Balance:         $1,029.45 ║
            ║ Positions value:    $29.45 ║
            ║ Available:       $1,000.00 ║
            ║ Exposure:            2.86% ║
            ╚════════════════════════════╝
            """;

    @BeforeEach
    void recordedAccount() {
        server.onFixture("GET", "/api/account/summary/", "account-summary.json")
                .onFixture("GET", "/api/account/balance/", "account-balance.json");
    }

    @Test
    void whenTheAccountIsShownThenTheSummaryCardAndEachAssetAreListed() {
        var result = robson.execute("account");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(SUMMARY_CARD + """

                Asset      Free   Locked     Total      Value
                USDC   1,000.00     0.00  1,000.00  $1,000.00
                BTC     0.00033  0.00000   0.00033     $29.45
                Total                               $1,029.45
                """);
    }

    @Test
    void whenJsonIsAskedThenBothAnswersComeAsOneDocument() {
        var result = robson.execute("account", "--json");

        assertThat(result.exitCode()).isZero();
        var document = JsonDocuments.single(result.out());
        assertThat(document.get("summary").get("available").asString()).isEqualTo("1000.00");
        assertThat(document.get("balance").get("balances").get(1).get("free").asString())
                .isEqualTo("0.00033");
    }

    @Test
    void whenTheSummaryEndpointIsMissingThenItIsNotFound() {
        server.reset("GET", "/api/account/summary/");

        var result = robson.execute("account");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.out()).isEmpty();
    }
}
