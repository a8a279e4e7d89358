package dev.robson.server.paper;

import static dev.robson.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Paper trading charges the fees live trading pays, and its ledger adds up to the realized net P&L. */
@ApiTest
class PaperLedgerTest extends ApiFixture {

    @Autowired
    PaperAccount ledger;

    @BeforeEach
    void setUp() {
        quotes.setUsualBtcBook();
        signIn("paper");
        tenants.paperBalance(trader, "USDC", "1000");
        tenants.paperBalance(trader, "ETH", "0.0500");
    }

    @Test
    void afterAPaperRoundTripTheQuoteBalanceMovedByExactlyTheRealizedNetPnlAndOtherHoldingsAreUntouched() {
        long id = api.track("""
                {"symbol":"BTCUSDC","side":"LONG","quantity":"0.00033","entry_price":"88837.92",
                 "stop_loss":"87061.16","take_profit":"92391.44"}""", token);
        // Cost 0.00033 x 88837.92 = 29.3165136 and the 0.1 % paper fee 0.0293165136 out of 1000: 970.6541698864.
        assertThat(ledger.free(trader.tenantId(), "USDC")).isEqualByComparingTo("970.6541698864");
        assertThat(ledger.free(trader.tenantId(), "BTC")).isEqualByComparingTo("0.00033");

        var closed = api.post("/api/operations/" + id + "/close/", "", token);

        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        // Sold at the bid: 0.00033 x 89245.00 = 29.45085, less 0.1 %: 29.45085 - 0.02945085 = 29.42139915 in.
        BigDecimal usdc = ledger.free(trader.tenantId(), "USDC");
        assertThat(usdc).isEqualByComparingTo("1000.0755690364");
        // Net = 0.1343364 gross - 0.0293165136 - 0.02945085 fees = 0.0755690364: exactly what the balance moved.
        assertThat(usdc.subtract(new BigDecimal("1000"))).isEqualByComparingTo("0.0755690364");
        assertThat(closed.json().get("realized_pnl_net").asString()).isEqualTo("0.08");
        assertThat(ledger.free(trader.tenantId(), "BTC")).isEqualByComparingTo("0");
        assertThat(ledger.free(trader.tenantId(), "ETH")).isEqualByComparingTo("0.0500");
    }

    @Test
    void trackingAPaperPositionTheLedgerCannotPayForIsRefused() {
        tenants.paperBalance(trader, "USDC", "10");

        var reply = api.post("/api/operations/", """
                {"symbol":"BTCUSDC","side":"LONG","quantity":"0.00033","entry_price":"88837.92",
                 "stop_loss":"87061.16","take_profit":"92391.44"}""", token);

        assertProblem(reply, 422, "insufficient_paper_balance");
        assertThat(api.get("/api/operations/?status=active", token).json().get("operations"))
                .isEmpty();
        assertThat(ledger.free(trader.tenantId(), "USDC")).isEqualByComparingTo("10");
    }
}
