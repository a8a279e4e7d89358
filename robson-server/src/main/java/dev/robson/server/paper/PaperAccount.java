package dev.robson.server.paper;

import dev.robson.core.DomainRuleViolation;
import dev.robson.server.auth.Tenant;
import dev.robson.server.holdings.AccountSource;
import dev.robson.server.holdings.AssetBalance;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The paper ledger: balances that paper trades move. It starts where the tenant says (the
 * demo seeds one); tracking a paper position books its purchase and each paper close its sale,
 * fees included, so after a round trip the quote balance moved by exactly the realized net P&amp;L.
 */
@Repository
public class PaperAccount implements AccountSource {

    /** The 422 code of a paper trade the ledger cannot cover. */
    public static final String INSUFFICIENT_PAPER_BALANCE = "insufficient_paper_balance";

    private final JdbcClient jdbc;

    PaperAccount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AssetBalance> balances(Tenant tenant) {
        return jdbc.sql("SELECT asset, free, locked FROM paper_balances WHERE tenant_id = :tenantId ORDER BY asset")
                .param("tenantId", tenant.tenantId())
                .query((rs, n) ->
                        new AssetBalance(rs.getString("asset"), rs.getBigDecimal("free"), rs.getBigDecimal("locked")))
                .list();
    }

    @Override
    public String label() {
        return "PAPER";
    }

    /** Sets a balance outright (seeding, administration). */
    public void set(long tenantId, String asset, BigDecimal free) {
        int updated = jdbc.sql("UPDATE paper_balances SET free = :free WHERE tenant_id = :tenantId AND asset = :asset")
                .param("free", free)
                .param("tenantId", tenantId)
                .param("asset", asset)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO paper_balances (tenant_id, asset, free, locked) VALUES (:tenantId, :asset, :free, 0)")
                    .param("tenantId", tenantId)
                    .param("asset", asset)
                    .param("free", free)
                    .update();
        }
    }

    /** What of an asset is free in the paper ledger; zero when it never held any. */
    public BigDecimal free(long tenantId, String asset) {
        return jdbc.sql("SELECT free FROM paper_balances WHERE tenant_id = :tenantId AND asset = :asset")
                .param("tenantId", tenantId)
                .param("asset", asset)
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO);
    }

    /**
     * Records a paper fill: {@code sold} of one asset for {@code bought} of another, exactly.
     * The ledger cannot go below zero: selling or spending more than it holds is refused, so
     * it always adds up (and a close never takes another position's coins).
     *
     * @throws DomainRuleViolation {@code insufficient_paper_balance} when the ledger holds less than {@code sold}
     */
    public void exchange(long tenantId, String soldAsset, BigDecimal sold, String boughtAsset, BigDecimal bought) {
        BigDecimal held = free(tenantId, soldAsset);
        if (held.compareTo(sold) < 0) {
            throw new DomainRuleViolation(
                    INSUFFICIENT_PAPER_BALANCE,
                    "The paper account holds " + held.stripTrailingZeros().toPlainString() + " " + soldAsset
                            + ", less than the " + sold.stripTrailingZeros().toPlainString() + " needed.");
        }
        set(tenantId, soldAsset, held.subtract(sold));
        set(tenantId, boughtAsset, free(tenantId, boughtAsset).add(bought));
    }
}
