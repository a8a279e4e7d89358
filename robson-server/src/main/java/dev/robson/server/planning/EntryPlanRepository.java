package dev.robson.server.planning;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import dev.robson.core.market.Symbol;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Side;
import dev.robson.core.planning.EntryFill;
import dev.robson.core.planning.EntryPlan;
import dev.robson.core.planning.PlanStatus;
import dev.robson.core.planning.PlanTerms;
import dev.robson.server.closing.ExecutionReport;
import dev.robson.server.closing.OrderFillRepository;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entry plans and the operation rows they are. A plan's every move is a conditional update
 * from the state it was read in, on the plan row and the operation row together, so two
 * replicas (an expiry sweep and a confirmation, say) can never both move one plan.
 */
@Repository
class EntryPlanRepository {

    private static final String SELECT = """
            SELECT p.operation_id, p.tenant_id, p.strategy_id, p.status, p.symbol, p.entry_reference, p.entry_max,
                   p.technical_level, p.stop_loss, p.take_profit_estimate, p.quantity, p.sellable_quantity, p.notional,
                   p.planned_risk, p.planned_risk_percent, p.stop_distance_percent, p.reward_multiple, p.fee_rate,
                   p.fee_in_base, p.capital_base, p.quote_asset, p.method, p.confidence, p.atr, p.candles_from,
                   p.candles_to, p.preview, p.created_at, p.expires_at, p.order_quantity, p.rejection, p.failure,
                   p.client_order_id, p.order_status, p.order_sent_at, p.lookups,
                   o.number, s.number AS strategy_number,
                   e.executed_quantity, e.average_price, e.quote_quantity, e.fee_amount, e.fee_asset, e.fee_in_base
                   AS entry_fee_in_base, e.fee_in_quote, e.executed_at, e.client_order_id AS entry_client_order_id
            FROM entry_plans p
            JOIN operations o ON o.id = p.operation_id
            JOIN strategies s ON s.id = p.strategy_id
            LEFT JOIN operation_orders e ON e.operation_id = p.operation_id AND e.sequence_no = 0""";

    private final JdbcClient jdbc;
    private final SymbolCatalog symbols;
    private final JsonMapper json;

    /** Entries record their trades where closes do, so fees and fills read the same for both. */
    private final OrderFillRepository fills;

    private final TenantSelect<StoredPlan> select;

    EntryPlanRepository(JdbcClient jdbc, SymbolCatalog symbols, JsonMapper json, OrderFillRepository fills) {
        this.fills = fills;
        this.jdbc = jdbc;
        this.select = new TenantSelect<>(jdbc, SELECT, "p.tenant_id", this::row);
        this.symbols = symbols;
        this.json = json;
    }

    /**
     * Saves a new plan: its operation row (PLANNED, under the tenant's next operation number;
     * the caller holds the tenant's lock) and its plan row. Answers the operation's storage id.
     */
    long insert(EntryPlan plan, PlanFigures figures, PlanPreview preview) {
        PlanTerms terms = plan.terms();
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO operations (tenant_id, number, symbol, side, stop_loss, take_profit, status, opened_at,
                                        version)
                VALUES (:tenantId,
                        (SELECT COALESCE(MAX(number), 0) + 1 FROM operations WHERE tenant_id = :tenantId),
                        :symbol, :side, :stop, :target, 'PLANNED', :createdAt, 0)""")
                .param("tenantId", plan.tenantId())
                .param("symbol", terms.symbol().name())
                .param("side", terms.side().name())
                .param("stop", terms.stopLoss().value())
                .param("target", terms.takeProfitEstimate().value())
                .param("createdAt", utc(plan.createdAt()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("""
                INSERT INTO entry_plans (operation_id, tenant_id, strategy_id, status, symbol, entry_reference,
                                         entry_max, technical_level, stop_loss, take_profit_estimate, quantity,
                                         sellable_quantity, notional, planned_risk, planned_risk_percent,
                                         stop_distance_percent, reward_multiple, fee_rate, fee_in_base, capital_base,
                                         quote_asset, method, confidence, atr, candles_from, candles_to, preview,
                                         created_at, expires_at)
                VALUES (:id, :tenantId, :strategyId, 'PLANNED', :symbol, :entryReference, :entryMax, :technicalLevel,
                        :stop, :target, :quantity, :sellable, :notional, :risk, :riskPercent, :distancePercent,
                        :reward, :feeRate, :feeInBase, :capitalBase, :quoteAsset, :method, :confidence, :atr,
                        :candlesFrom, :candlesTo, :preview, :createdAt, :expiresAt)""")
                .param("id", id)
                .param("tenantId", plan.tenantId())
                .param("strategyId", plan.strategyId())
                .param("symbol", terms.symbol().name())
                .param("entryReference", terms.entryReference().value())
                .param("entryMax", terms.entryMax().value())
                .param("technicalLevel", terms.technicalLevel().value())
                .param("stop", terms.stopLoss().value())
                .param("target", terms.takeProfitEstimate().value())
                .param("quantity", terms.quantity().value())
                .param("sellable", terms.sellableQuantity().value())
                .param("notional", figures.notional())
                .param("risk", terms.plannedRisk())
                .param("riskPercent", figures.plannedRiskPercent())
                .param("distancePercent", figures.stopDistancePercent())
                .param("reward", terms.rewardMultiple())
                .param("feeRate", terms.feeRate())
                .param("feeInBase", figures.feeInBase())
                .param("capitalBase", figures.capitalBase())
                .param("quoteAsset", figures.quoteAsset())
                .param("method", figures.method())
                .param("confidence", figures.confidence())
                .param("atr", figures.atr())
                .param("candlesFrom", utc(figures.candlesFrom()))
                .param("candlesTo", utc(figures.candlesTo()))
                .param("preview", json.writeValueAsString(preview))
                .param("createdAt", utc(plan.createdAt()))
                .param("expiresAt", utc(plan.expiresAt()))
                .update();
        return id;
    }

    Optional<StoredPlan> find(long tenantId, long operationId) {
        return select.where(tenantId, " AND p.operation_id = :id", Map.of("id", operationId))
                .optional();
    }

    /** The tenant's pending plans (PLANNED, ENTERING), newest first, numbers below {@code beforeNumber}. */
    List<StoredPlan> pending(long tenantId, int limit, Long beforeNumber) {
        return select.where(
                        tenantId,
                        """
                         AND p.status IN ('PLANNED', 'ENTERING') AND o.number < :before
                        ORDER BY o.number DESC FETCH FIRST :limit ROWS ONLY""",
                        Map.of("before", beforeNumber == null ? Long.MAX_VALUE : beforeNumber, "limit", limit))
                .list();
    }

    /**
     * Moves a plan, and its operation row, from {@code from} to {@code to}; false when it was no
     * longer in {@code from} (someone else moved it first), and then nothing changed.
     */
    boolean move(long tenantId, long operationId, PlanStatus from, PlanStatus to, String rejection, String failure) {
        int moved = jdbc.sql("""
                UPDATE entry_plans SET status = :to, rejection = :rejection, failure = :failure
                WHERE operation_id = :id AND tenant_id = :tenantId AND status = :from""")
                .param("to", to.name())
                .param("rejection", rejection)
                .param("failure", failure)
                .param("id", operationId)
                .param("tenantId", tenantId)
                .param("from", from.name())
                .update();
        if (moved == 1 && to != PlanStatus.ACTIVE) {
            // ACTIVE is written by the operation's own save, with its entry order.
            jdbc.sql(
                            "UPDATE operations SET status = :to, changed_at = CURRENT_TIMESTAMP WHERE id = :id AND status = :from")
                    .param("to", to.name())
                    .param("id", operationId)
                    .param("from", from.name())
                    .update();
        }
        return moved == 1;
    }

    /** PLANNED → ENTERING with the order about to be sent; false when the plan was no longer PLANNED. */
    boolean enter(long tenantId, long operationId, Quantity orderQuantity, String clientOrderId, Instant sentAt) {
        int moved = jdbc.sql("""
                UPDATE entry_plans SET status = 'ENTERING', order_quantity = :quantity, client_order_id = :clientOrderId,
                       order_status = 'PENDING', order_sent_at = :sentAt
                WHERE operation_id = :id AND tenant_id = :tenantId AND status = 'PLANNED'""")
                .param("quantity", orderQuantity.value())
                .param("clientOrderId", clientOrderId)
                .param("sentAt", utc(sentAt))
                .param("id", operationId)
                .param("tenantId", tenantId)
                .update();
        if (moved == 1) {
            jdbc.sql("UPDATE operations SET status = 'ENTERING', changed_at = CURRENT_TIMESTAMP"
                            + " WHERE id = :id AND status = 'PLANNED'")
                    .param("id", operationId)
                    .update();
        }
        return moved == 1;
    }

    void orderStatus(long operationId, String status) {
        jdbc.sql("UPDATE entry_plans SET order_status = :status WHERE operation_id = :id")
                .param("status", status)
                .param("id", operationId)
                .update();
    }

    /** Counts one more lookup of the entry order that could not tell; answers how many there have been. */
    int countLookup(long operationId) {
        jdbc.sql("UPDATE entry_plans SET lookups = lookups + 1 WHERE operation_id = :id")
                .param("id", operationId)
                .update();
        return jdbc.sql("SELECT lookups FROM entry_plans WHERE operation_id = :id")
                .param("id", operationId)
                .query(Integer.class)
                .single();
    }

    /** The operation of a filled plan opened when its entry filled, not when it was planned. */
    void openedAt(long operationId, Instant filledAt) {
        jdbc.sql("UPDATE operations SET opened_at = :at WHERE id = :id")
                .param("at", utc(filledAt))
                .param("id", operationId)
                .update();
    }

    /** One trade of an entry order, as the exchange reported it, once by its trade id. */
    void recordFill(StoredPlan stored, ExecutionReport.ReportedFill trade, Fee fee, Instant now) {
        fills.record(stored.tenantId(), stored.operationId(), stored.clientOrderId(), trade, fee, now);
    }

    /** A plan due to expire, across tenants: the sweep's reading. */
    record Due(long tenantId, long operationId) {}

    /** Up to {@code limit} PLANNED plans past their time to live. */
    List<Due> dueToExpire(Instant now, int limit) {
        return jdbc.sql("""
                SELECT tenant_id, operation_id FROM entry_plans WHERE status = 'PLANNED' AND expires_at <= :now
                ORDER BY expires_at FETCH FIRST :limit ROWS ONLY""")
                .param("now", utc(now))
                .param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong("tenant_id"), rs.getLong("operation_id")))
                .list();
    }

    /**
     * ENTERING plans whose entry order's answer was lost ({@code UNKNOWN}, sent before
     * {@code unknownBefore}) or never recorded ({@code PENDING} since before {@code pendingBefore}:
     * the process that sent it died), with lookups left: what the sweep looks up.
     */
    List<Due> unanswered(Instant unknownBefore, Instant pendingBefore, int maxLookups, int limit) {
        return jdbc.sql("""
                SELECT tenant_id, operation_id FROM entry_plans WHERE status = 'ENTERING' AND lookups < :maxLookups
                AND ((order_status = 'UNKNOWN' AND order_sent_at <= :unknownBefore)
                     OR (order_status <> 'UNKNOWN' AND order_sent_at <= :pendingBefore))
                ORDER BY order_sent_at FETCH FIRST :limit ROWS ONLY""")
                .param("maxLookups", maxLookups)
                .param("unknownBefore", utc(unknownBefore))
                .param("pendingBefore", utc(pendingBefore))
                .param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong("tenant_id"), rs.getLong("operation_id")))
                .list();
    }

    private StoredPlan row(ResultSet rs, int rowNum) throws SQLException {
        Symbol symbol = symbols.find(rs.getString("symbol")).orElseThrow();
        PlanTerms terms = new PlanTerms(
                symbol,
                Side.BUY,
                price(rs, "entry_reference"),
                price(rs, "entry_max"),
                price(rs, "technical_level"),
                price(rs, "stop_loss"),
                price(rs, "take_profit_estimate"),
                Quantity.of(rs.getBigDecimal("quantity")),
                Quantity.of(rs.getBigDecimal("sellable_quantity")),
                rs.getBigDecimal("planned_risk"),
                rs.getBigDecimal("reward_multiple"),
                rs.getBigDecimal("fee_rate"));
        PlanStatus status = PlanStatus.valueOf(rs.getString("status"));
        BigDecimal orderQuantity = rs.getBigDecimal("order_quantity");
        EntryFill fill = status == PlanStatus.ACTIVE ? fill(rs) : null;
        EntryPlan plan = new EntryPlan(
                rs.getLong("operation_id"),
                rs.getLong("tenant_id"),
                rs.getLong("strategy_id"),
                terms,
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                status,
                orderQuantity == null ? null : Quantity.of(orderQuantity),
                rs.getString("rejection"),
                fill);
        PlanFigures figures = new PlanFigures(
                rs.getBigDecimal("notional"),
                rs.getBigDecimal("planned_risk_percent"),
                rs.getBigDecimal("stop_distance_percent"),
                rs.getBigDecimal("capital_base"),
                rs.getString("quote_asset"),
                rs.getString("method"),
                rs.getString("confidence"),
                rs.getBigDecimal("atr"),
                instant(rs, "candles_from"),
                instant(rs, "candles_to"),
                rs.getBoolean("fee_in_base"));
        return new StoredPlan(
                plan,
                rs.getLong("number"),
                rs.getLong("strategy_number"),
                figures,
                json.readValue(rs.getString("preview"), PlanPreview.class),
                rs.getString("failure"),
                rs.getString("client_order_id"),
                rs.getString("order_status"),
                instant(rs, "order_sent_at"),
                rs.getInt("lookups"));
    }

    /** The entry as the operation recorded it: its first order. */
    private static EntryFill fill(ResultSet rs) throws SQLException {
        BigDecimal average = rs.getBigDecimal("average_price");
        return new EntryFill(
                Quantity.of(rs.getBigDecimal("executed_quantity")),
                Price.of(average),
                rs.getBigDecimal("quote_quantity"),
                new Fee(
                        rs.getBigDecimal("fee_amount"),
                        rs.getString("fee_asset"),
                        rs.getBigDecimal("entry_fee_in_base"),
                        rs.getBigDecimal("fee_in_quote")),
                instant(rs, "executed_at"),
                rs.getString("entry_client_order_id"));
    }

    private static Price price(ResultSet rs, String column) throws SQLException {
        return Price.of(rs.getBigDecimal(column));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
