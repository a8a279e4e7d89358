package dev.robson.server.paper;

import dev.robson.server.holdings.AccountSource;
import dev.robson.server.holdings.AssetBalance;
import dev.robson.server.auth.Tenant;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The paper ledger: balances that paper trades move. It starts where the tenant says (the
 * demo seeds one) and each paper close sells the base asset for the quote asset.
 */
@Repository
public class PaperAccount implements AccountSource {

    private final JdbcClient jdbc;

    PaperAccount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AssetBalance> balances(Tenant tenant) {
        return jdbc.sql("SELECT asset, free, locked FROM paper_balances WHERE client_id = :clientId ORDER BY asset")
                .param("clientId", tenant.clientId())
                .query((rs, n) -> new AssetBalance(rs.getString("asset"), rs.getBigDecimal("free"),
                        rs.getBigDecimal("locked")))
                .list();
    }

    @Override
    public String label() {
        return "PAPER";
    }

    /** Sets a balance outright (seeding, administration). */
    public void set(long clientId, String asset, BigDecimal free) {
        int updated = jdbc.sql("UPDATE paper_balances SET free = :free WHERE client_id = :clientId AND asset = :asset")
                .param("free", free).param("clientId", clientId).param("asset", asset).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO paper_balances (client_id, asset, free, locked) VALUES (:clientId, :asset, :free, 0)")
                    .param("clientId", clientId).param("asset", asset).param("free", free).update();
        }
    }

    /**
     * Records a paper fill: {@code sold} of one asset for {@code bought} of another. The sold
     * side never goes below zero: a position tracked from outside may hold more than the
     * paper ledger was told about.
     */
    public void exchange(long clientId, String soldAsset, BigDecimal sold, String boughtAsset, BigDecimal bought) {
        BigDecimal held = jdbc.sql("SELECT free FROM paper_balances WHERE client_id = :clientId AND asset = :asset")
                .param("clientId", clientId).param("asset", soldAsset)
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
        set(clientId, soldAsset, held.subtract(sold).max(BigDecimal.ZERO));
        BigDecimal holding = jdbc.sql("SELECT free FROM paper_balances WHERE client_id = :clientId AND asset = :asset")
                .param("clientId", clientId).param("asset", boughtAsset)
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
        set(clientId, boughtAsset, holding.add(bought));
    }
}
