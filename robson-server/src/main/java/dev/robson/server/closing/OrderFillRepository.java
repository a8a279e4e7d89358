package dev.robson.server.closing;

import dev.robson.core.operation.Fee;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each trade of a close order as the exchange reported it, with its commission. A trade is
 * stored once by its trade id however many reports repeat it.
 */
@Repository
public class OrderFillRepository {

    private final JdbcClient jdbc;

    OrderFillRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(CloseOrder order, ExecutionReport.ReportedFill trade, Fee fee, Instant now) {
        record(order.tenantId(), order.operationId(), order.clientOrderId(), trade, fee, now);
    }

    /** One trade of an order (a close's or an entry's), once by its trade id: a report read twice adds nothing. */
    public void record(
            long tenantId,
            long operationId,
            String clientOrderId,
            ExecutionReport.ReportedFill trade,
            Fee fee,
            Instant now) {
        int known = jdbc.sql("""
                SELECT COUNT(*) FROM order_fills
                WHERE tenant_id = :tenantId AND client_order_id = :clientOrderId AND trade_id = :tradeId""")
                .param("tenantId", tenantId)
                .param("clientOrderId", clientOrderId)
                .param("tradeId", trade.tradeId())
                .query(Integer.class)
                .single();
        if (known > 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO order_fills (operation_id, tenant_id, client_order_id, trade_id, price, quantity, commission,
                                         commission_asset, commission_in_quote, recorded_at)
                VALUES (:operationId, :tenantId, :clientOrderId, :tradeId, :price, :quantity, :commission,
                        :commissionAsset, :commissionInQuote, :now)""")
                .param("operationId", operationId)
                .param("tenantId", tenantId)
                .param("clientOrderId", clientOrderId)
                .param("tradeId", trade.tradeId())
                .param("price", trade.price())
                .param("quantity", trade.quantity())
                .param("commission", trade.commission())
                .param("commissionAsset", trade.commissionAsset())
                .param("commissionInQuote", fee.inQuote())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }
}
