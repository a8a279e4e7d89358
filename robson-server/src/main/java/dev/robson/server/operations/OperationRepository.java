package dev.robson.server.operations;

import dev.robson.core.market.Price;
import dev.robson.core.operation.CloseReason;
import dev.robson.core.operation.Fee;
import dev.robson.core.operation.Operation;
import dev.robson.core.operation.OperationStatus;
import dev.robson.core.operation.OrderExecution;
import dev.robson.core.operation.OrderPurpose;
import dev.robson.core.operation.OrderStatus;
import dev.robson.core.operation.Side;
import dev.robson.server.symbols.SymbolCatalog;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * OperationService and their orders. Every statement carries the tenant's {@code tenant_id}: an
 * operation of another tenant is simply not found. Orders are append-only history.
 */
@Repository
public class OperationRepository {

    private static final String SELECT_OPERATION = """
            SELECT id, number, tenant_id, symbol, side, stop_loss, take_profit, status, close_reason,
                   opened_at, closed_at, version
            FROM operations""";

    /** The states of an operation that holds (or held) a position; the others are entry plans'. */
    private static final String POSITION_STATES = "status IN ('ACTIVE', 'CLOSING', 'CLOSED')";

    /** Ids bound in one IN list: far under the driver's limit, and a plan PostgreSQL still caches. */
    static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final SymbolCatalog symbols;

    OperationRepository(JdbcClient jdbc, SymbolCatalog symbols) {
        this.jdbc = jdbc;
        this.symbols = symbols;
    }

    public List<Operation> findByStatus(long tenantId, OperationStatus status) {
        List<OperationRow> rows = jdbc.sql(
                        SELECT_OPERATION + " WHERE tenant_id = :tenantId AND status = :status ORDER BY id")
                .param("tenantId", tenantId)
                .param("status", status.name())
                .query(OperationRepository::operationRow)
                .list();
        return assemble(tenantId, rows);
    }

    /**
     * The tenant's held operations, ACTIVE then CLOSING, each by id, read in one statement: two
     * reads (one per status) could each see a different moment, and an operation whose close began
     * between them would be listed twice.
     */
    public List<Operation> findHeld(long tenantId) {
        List<OperationRow> rows = jdbc.sql(SELECT_OPERATION
                        + " WHERE tenant_id = :tenantId AND status IN ('ACTIVE', 'CLOSING')"
                        + " ORDER BY CASE status WHEN 'ACTIVE' THEN 0 ELSE 1 END, id")
                .param("tenantId", tenantId)
                .query(OperationRepository::operationRow)
                .list();
        return assemble(tenantId, rows);
    }

    /**
     * One page of a tenant's operations in a status, newest first: at most {@code limit},
     * with tenant numbers below {@code beforeNumber} when given. Lists are paged because closed
     * history only grows.
     */
    public List<Operation> findPage(long tenantId, OperationStatus status, int limit, Long beforeNumber) {
        List<OperationRow> rows = jdbc.sql(SELECT_OPERATION + """
                 WHERE tenant_id = :tenantId AND status = :status AND number < :beforeNumber
                ORDER BY number DESC FETCH FIRST :limit ROWS ONLY""")
                .param("tenantId", tenantId)
                .param("status", status.name())
                .param("beforeNumber", beforeNumber == null ? Long.MAX_VALUE : beforeNumber)
                .param("limit", limit)
                .query(OperationRepository::operationRow)
                .list();
        return assemble(tenantId, rows);
    }

    /**
     * A tenant's CLOSED operations, newest close first (ties: newest id first), at most
     * {@code limit}: closed at or after {@code start} and before {@code end} when given, on one
     * symbol and for one close reason when given, and after {@code after} in that order when
     * reading on from a previous page.
     */
    public List<Operation> findClosed(
            long tenantId, Instant start, Instant end, String symbol, CloseReason reason, int limit, Operation after) {
        StringBuilder where = new StringBuilder(" WHERE tenant_id = :tenantId AND status = 'CLOSED'");
        var params = new HashMap<String, Object>();
        params.put("tenantId", tenantId);
        params.put("limit", limit);
        if (start != null) {
            where.append(" AND closed_at >= :start");
            params.put("start", utc(start));
        }
        if (end != null) {
            where.append(" AND closed_at < :end");
            params.put("end", utc(end));
        }
        if (symbol != null) {
            where.append(" AND symbol = :symbol");
            params.put("symbol", symbol);
        }
        if (reason != null) {
            where.append(" AND close_reason = :reason");
            params.put("reason", reason.name());
        }
        if (after != null) {
            where.append(" AND (closed_at < :afterClosed OR (closed_at = :afterClosed AND id < :afterId))");
            params.put("afterClosed", utc(after.closedAt()));
            params.put("afterId", after.id());
        }
        List<OperationRow> rows = jdbc.sql(
                        SELECT_OPERATION + where + " ORDER BY closed_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .params(params)
                .query(OperationRepository::operationRow)
                .list();
        return assemble(tenantId, rows);
    }

    /**
     * Every tenant's operations in a status. Only the stop monitor reads across tenants: it
     * guards them all, and acts on each within that operation's own tenant.
     */
    public List<Operation> findAllByStatus(OperationStatus status) {
        List<OperationRow> rows = jdbc.sql(SELECT_OPERATION + " WHERE status = :status ORDER BY id")
                .param("status", status.name())
                .query(OperationRepository::operationRow)
                .list();
        return assembleAcrossTenants(rows);
    }

    /** Marks an operation as needing a person (e.g. too small to sell); null clears it. */
    public void flagAttention(long tenantId, long operationId, String reason) {
        jdbc.sql("UPDATE operations SET attention = :reason WHERE id = :id AND tenant_id = :tenantId")
                .param("reason", reason)
                .param("id", operationId)
                .param("tenantId", tenantId)
                .update();
    }

    /** The attention notes of some of a tenant's operations, by id (absent: none). */
    public Map<Long, String> attentionOf(long tenantId, Collection<Long> operationIds) {
        if (operationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> notes = new HashMap<>();
        for (List<Long> batch : batches(List.copyOf(operationIds))) {
            jdbc.sql(
                            "SELECT id, attention FROM operations WHERE tenant_id = :tenantId AND id IN (:ids) AND attention IS NOT NULL")
                    .param("tenantId", tenantId)
                    .param("ids", batch)
                    .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("attention")))
                    .list()
                    .forEach(entry -> notes.put(entry.getKey(), entry.getValue()));
        }
        return notes;
    }

    /**
     * Locks the tenant's row until the transaction ends, so two concurrent openings cannot both
     * pass the open-operation cap (nor take the same per-tenant number).
     */
    public void lockTenant(long tenantId) {
        jdbc.sql("SELECT id FROM tenants WHERE id = :tenantId FOR UPDATE")
                .param("tenantId", tenantId)
                .query(Long.class)
                .optional();
    }

    /**
     * How many of a tenant's operations the monitor guards or is closing, and the entry plans on
     * their way to becoming one (PLANNED, ENTERING): each may be guarded within seconds.
     */
    public int countOpen(long tenantId) {
        return jdbc.sql("SELECT COUNT(*) FROM operations WHERE tenant_id = :tenantId"
                        + " AND status IN ('ACTIVE', 'CLOSING', 'PLANNED', 'ENTERING')")
                .param("tenantId", tenantId)
                .query(Integer.class)
                .single();
    }

    /**
     * The storage id of a tenant's operation by the number the tenant knows it by: the one
     * translation from the API's numbers to ids (see {@code OperationNumberInterceptor}).
     */
    public Optional<Long> idOfNumber(long tenantId, long number) {
        return jdbc.sql("SELECT id FROM operations WHERE tenant_id = :tenantId AND number = :number")
                .param("tenantId", tenantId)
                .param("number", number)
                .query(Long.class)
                .optional();
    }

    /** A tenant's operation holding a position (or closed); an entry plan that bought nothing is not one. */
    public Optional<Operation> find(long tenantId, long operationId) {
        List<OperationRow> rows = jdbc.sql(
                        SELECT_OPERATION + " WHERE tenant_id = :tenantId AND id = :id AND " + POSITION_STATES)
                .param("tenantId", tenantId)
                .param("id", operationId)
                .query(OperationRepository::operationRow)
                .list();
        return assemble(tenantId, rows).stream().findFirst();
    }

    /** Inserts a new operation with its orders and returns it with its id. */
    public Operation insert(Operation operation) {
        var key = new GeneratedKeyHolder();
        JdbcClient.StatementSpec insert = jdbc.sql("""
                INSERT INTO operations (tenant_id, number, symbol, side, stop_loss, take_profit, status,
                                        close_reason, realized_pnl, realized_pnl_net, fees_paid, dust_quantity,
                                        opened_at, closed_at, version)
                VALUES (:tenantId,
                        (SELECT COALESCE(MAX(number), 0) + 1 FROM operations WHERE tenant_id = :tenantId),
                        :symbol, :side, :stop, :target, :status, :reason, :realized, :realizedNet, :fees,
                        :dust, :openedAt, :closedAt, 0)""");
        withChangingColumns(insert, operation)
                .param("tenantId", operation.tenantId())
                .param("symbol", operation.symbol().name())
                .param("side", operation.side().name())
                .param("openedAt", utc(operation.openedAt()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertOrders(id, operation.tenantId(), operation.orders(), 0);
        return find(operation.tenantId(), id).orElseThrow();
    }

    /**
     * Binds the columns a stored operation can change (protection, status and its reason, the
     * realized figures, the close time), written alike by an insert and an update.
     */
    private static JdbcClient.StatementSpec withChangingColumns(
            JdbcClient.StatementSpec statement, Operation operation) {
        return statement
                .param("stop", operation.stopLoss().value())
                .param("target", operation.takeProfit().value())
                .param("status", operation.status().name())
                .param(
                        "reason",
                        operation.closeReason() == null
                                ? null
                                : operation.closeReason().name())
                .param("realized", realizedPnlOrNull(operation))
                .param("realizedNet", realizedNetOrNull(operation))
                .param("fees", operation.feesPaid())
                .param("dust", dustOrNull(operation))
                .param("closedAt", operation.closedAt() == null ? null : utc(operation.closedAt()));
    }

    /**
     * Saves a changed operation if nobody else changed it since it was read, and appends the
     * orders it gained.
     *
     * @throws OptimisticLockingFailureException when the operation changed concurrently
     */
    public Operation update(Operation operation) {
        JdbcClient.StatementSpec update = jdbc.sql("""
                UPDATE operations
                SET stop_loss = :stop, take_profit = :target, status = :status, close_reason = :reason,
                    realized_pnl = :realized, realized_pnl_net = :realizedNet, fees_paid = :fees,
                    dust_quantity = :dust, closed_at = :closedAt, version = version + 1,
                    changed_at = CURRENT_TIMESTAMP
                WHERE id = :id AND tenant_id = :tenantId AND version = :version""");
        int updated = withChangingColumns(update, operation)
                .param("id", operation.id())
                .param("tenantId", operation.tenantId())
                .param("version", operation.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Operation " + operation.id() + " changed concurrently");
        }
        int stored = jdbc.sql(
                        "SELECT COUNT(*) FROM operation_orders WHERE operation_id = :id AND tenant_id = :tenantId")
                .param("id", operation.id())
                .param("tenantId", operation.tenantId())
                .query(Integer.class)
                .single();
        updateReportedOrders(operation.id(), operation.tenantId(), operation.orders(), stored);
        insertOrders(operation.id(), operation.tenantId(), operation.orders(), stored);
        return find(operation.tenantId(), operation.id()).orElseThrow();
    }

    private static BigDecimal realizedPnlOrNull(Operation operation) {
        return operation.status() == OperationStatus.CLOSED ? operation.realizedPnl() : null;
    }

    private static BigDecimal realizedNetOrNull(Operation operation) {
        return operation.status() == OperationStatus.CLOSED ? operation.realizedNetPnl() : null;
    }

    private static BigDecimal dustOrNull(Operation operation) {
        return operation.status() == OperationStatus.CLOSED ? operation.dustQuantity() : null;
    }

    /**
     * A later report of an exit order replaces the earlier one in place (the exchange's figures
     * are cumulative), so the stored rows are brought up to what the operation now holds.
     */
    private void updateReportedOrders(long operationId, long tenantId, List<OrderExecution> orders, int stored) {
        for (int i = 0; i < Math.min(stored, orders.size()); i++) {
            OrderExecution order = orders.get(i);
            if (order.purpose() != OrderPurpose.EXIT) {
                continue;
            }
            jdbc.sql("""
                    UPDATE operation_orders SET status = :status, executed_quantity = :quantity, average_price = :price,
                           quote_quantity = :quoteQuantity, fee_amount = :feeAmount, fee_asset = :feeAsset,
                           fee_in_base = :feeInBase, fee_in_quote = :feeInQuote
                    WHERE operation_id = :operationId AND tenant_id = :tenantId AND sequence_no = :sequence""")
                    .params(orderParams(order))
                    .param("operationId", operationId)
                    .param("tenantId", tenantId)
                    .param("sequence", i)
                    .update();
        }
    }

    private static Map<String, Object> orderParams(OrderExecution order) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", order.status().name());
        params.put("quantity", order.executedQuantity());
        params.put(
                "price",
                order.averagePrice() == null ? null : order.averagePrice().value());
        params.put("quoteQuantity", order.quoteQuantity());
        params.put("feeAmount", order.fee().amount());
        params.put("feeAsset", order.fee().asset());
        params.put("feeInBase", order.fee().inBase());
        params.put("feeInQuote", order.fee().inQuote());
        return params;
    }

    private void insertOrders(long operationId, long tenantId, List<OrderExecution> orders, int alreadyStored) {
        for (int i = alreadyStored; i < orders.size(); i++) {
            OrderExecution order = orders.get(i);
            jdbc.sql("""
                    INSERT INTO operation_orders (operation_id, tenant_id, sequence_no, purpose, status,
                                                  executed_quantity, average_price, executed_at, client_order_id,
                                                  quote_quantity, fee_amount, fee_asset, fee_in_base, fee_in_quote)
                    VALUES (:operationId, :tenantId, :sequence, :purpose, :status, :quantity, :price, :at, :clientOrderId,
                            :quoteQuantity, :feeAmount, :feeAsset, :feeInBase, :feeInQuote)""")
                    .params(orderParams(order))
                    .param("operationId", operationId)
                    .param("tenantId", tenantId)
                    .param("sequence", i)
                    .param("purpose", order.purpose().name())
                    .param("at", utc(order.executedAt()))
                    .param("clientOrderId", order.clientOrderId())
                    .update();
        }
    }

    /** Orders are read per tenant, so even the monitor's reads keep the tenant filter. */
    private List<Operation> assembleAcrossTenants(List<OperationRow> rows) {
        Map<Long, List<OperationRow>> byTenant = new LinkedHashMap<>();
        rows.forEach(row -> byTenant.computeIfAbsent(row.tenantId(), id -> new ArrayList<>())
                .add(row));
        List<Operation> operations = new ArrayList<>();
        byTenant.forEach((tenantId, tenantRows) -> operations.addAll(assemble(tenantId, tenantRows)));
        return operations;
    }

    private List<Operation> assemble(long tenantId, List<OperationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OrderExecution>> ordersByOperation = new HashMap<>();
        for (List<Long> batch : batches(rows.stream().map(OperationRow::id).toList())) {
            jdbc.sql("""
                    SELECT operation_id, purpose, status, executed_quantity, average_price, executed_at, client_order_id,
                           quote_quantity, fee_amount, fee_asset, fee_in_base, fee_in_quote
                    FROM operation_orders
                    WHERE tenant_id = :tenantId AND operation_id IN (:ids)
                    ORDER BY operation_id, sequence_no""")
                    .param("tenantId", tenantId)
                    .param("ids", batch)
                    .query((rs, n) -> Map.entry(rs.getLong("operation_id"), orderExecution(rs)))
                    .list()
                    .forEach(entry -> ordersByOperation
                            .computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                            .add(entry.getValue()));
        }
        return rows.stream()
                .map(row -> new Operation(
                                row.id(),
                                row.tenantId(),
                                symbols.find(row.symbol()).orElseThrow(),
                                row.side(),
                                row.stopLoss(),
                                row.takeProfit(),
                                row.status(),
                                row.closeReason(),
                                row.openedAt(),
                                row.closedAt(),
                                ordersByOperation.getOrDefault(row.id(), List.of()),
                                row.version())
                        .numbered(row.number()))
                .toList();
    }

    /**
     * Id lists cut into statements of at most {@link #BATCH} parameters: PostgreSQL's protocol
     * numbers parameters in 16 bits, so one statement can never bind more than 65,535, and a
     * tenant may hold more operations than that.
     */
    static <T> List<List<T>> batches(List<T> ids) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return batches;
    }

    /** A row of {@code operations} before its orders are attached. */
    private record OperationRow(
            long id,
            long number,
            long tenantId,
            String symbol,
            Side side,
            Price stopLoss,
            Price takeProfit,
            OperationStatus status,
            CloseReason closeReason,
            Instant openedAt,
            Instant closedAt,
            long version) {}

    private static OperationRow operationRow(ResultSet rs, int rowNum) throws SQLException {
        String reason = rs.getString("close_reason");
        return new OperationRow(
                rs.getLong("id"),
                rs.getLong("number"),
                rs.getLong("tenant_id"),
                rs.getString("symbol"),
                Side.valueOf(rs.getString("side")),
                Price.of(rs.getBigDecimal("stop_loss")),
                Price.of(rs.getBigDecimal("take_profit")),
                OperationStatus.valueOf(rs.getString("status")),
                reason == null ? null : CloseReason.valueOf(reason),
                instant(rs, "opened_at"),
                instant(rs, "closed_at"),
                rs.getLong("version"));
    }

    private static OrderExecution orderExecution(ResultSet rs) throws SQLException {
        BigDecimal average = rs.getBigDecimal("average_price");
        return new OrderExecution(
                OrderPurpose.valueOf(rs.getString("purpose")),
                OrderStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("executed_quantity"),
                average == null ? null : Price.of(average),
                instant(rs, "executed_at"),
                rs.getString("client_order_id"),
                rs.getBigDecimal("quote_quantity"),
                new Fee(
                        rs.getBigDecimal("fee_amount"),
                        rs.getString("fee_asset"),
                        rs.getBigDecimal("fee_in_base"),
                        rs.getBigDecimal("fee_in_quote")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
