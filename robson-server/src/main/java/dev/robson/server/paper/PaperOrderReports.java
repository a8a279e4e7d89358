package dev.robson.server.paper;

import dev.robson.core.market.Price;
import dev.robson.core.operation.OrderStatus;
import dev.robson.server.closing.ExecutionReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * What each paper order did, stored with the ledger move it made: a paper order has at most one
 * fill (in full, at one price), so a report is one row, and its id is the fill's trade id. An
 * order's report outlives the process that filled it, so a lookup after a restart answers the
 * same as before it.
 */
final class PaperOrderReports {

    private final JdbcClient jdbc;

    PaperOrderReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A FILLED report of one fill: stored, and answered with the row's id as its trade id. */
    ExecutionReport filled(
            long tenantId,
            String clientOrderId,
            BigDecimal quantity,
            Price price,
            BigDecimal quoteQuantity,
            BigDecimal commission,
            String commissionAsset,
            Instant at) {
        long tradeId = insert(
                tenantId,
                clientOrderId,
                OrderStatus.FILLED,
                quantity,
                price,
                quoteQuantity,
                commission,
                commissionAsset,
                at);
        var fill = new ExecutionReport.ReportedFill(tradeId, price.value(), quantity, commission, commissionAsset);
        return new ExecutionReport(
                clientOrderId, OrderStatus.FILLED, quantity, price, quoteQuantity, List.of(fill), null);
    }

    /** An IOC that found no ask at or below its limit: EXPIRED with nothing bought. */
    ExecutionReport expired(long tenantId, String clientOrderId, Instant at) {
        insert(tenantId, clientOrderId, OrderStatus.EXPIRED, BigDecimal.ZERO, null, BigDecimal.ZERO, null, null, at);
        return new ExecutionReport(
                clientOrderId, OrderStatus.EXPIRED, BigDecimal.ZERO, null, BigDecimal.ZERO, List.of(), null);
    }

    Optional<ExecutionReport> find(long tenantId, String clientOrderId) {
        return jdbc.sql("""
                SELECT id, status, executed_quantity, average_price, quote_quantity, commission, commission_asset
                FROM paper_order_reports WHERE tenant_id = :tenantId AND client_order_id = :clientOrderId""")
                .param("tenantId", tenantId)
                .param("clientOrderId", clientOrderId)
                .query((rs, n) -> {
                    BigDecimal executed = rs.getBigDecimal("executed_quantity");
                    BigDecimal average = rs.getBigDecimal("average_price");
                    Price price = average == null ? null : Price.of(average);
                    List<ExecutionReport.ReportedFill> fills = average == null || executed.signum() == 0
                            ? List.of()
                            : List.of(new ExecutionReport.ReportedFill(
                                    rs.getLong("id"),
                                    average,
                                    executed,
                                    rs.getBigDecimal("commission"),
                                    rs.getString("commission_asset")));
                    return new ExecutionReport(
                            clientOrderId,
                            OrderStatus.valueOf(rs.getString("status")),
                            executed,
                            price,
                            rs.getBigDecimal("quote_quantity"),
                            fills,
                            null);
                })
                .optional();
    }

    private long insert(
            long tenantId,
            String clientOrderId,
            OrderStatus status,
            BigDecimal executed,
            Price price,
            BigDecimal quoteQuantity,
            BigDecimal commission,
            String commissionAsset,
            Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO paper_order_reports (tenant_id, client_order_id, status, executed_quantity, average_price,
                                                 quote_quantity, commission, commission_asset, recorded_at)
                VALUES (:tenantId, :clientOrderId, :status, :executed, :price, :quoteQuantity, :commission,
                        :commissionAsset, :at)""")
                .param("tenantId", tenantId)
                .param("clientOrderId", clientOrderId)
                .param("status", status.name())
                .param("executed", executed)
                .param("price", price == null ? null : price.value())
                .param("quoteQuantity", quoteQuantity)
                .param("commission", commission)
                .param("commissionAsset", commissionAsset)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
