package dev.robson.server.symbols;

import dev.robson.core.market.Asset;
import dev.robson.core.market.OrderLimits;
import dev.robson.core.market.Symbol;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code symbols} table: every symbol the server ever knew, with its filters and market status. */
@Repository
class SymbolRepository {

    private static final String SELECT = """
            SELECT symbol, base_asset, quote_asset, tick_size, step_size, min_notional, status, min_qty, max_qty,
                   market_min_qty, market_max_qty, market_step_size, max_notional, apply_min_to_market,
                   apply_max_to_market, min_price, max_price, avg_price_mins
            FROM symbols""";

    private final JdbcClient jdbc;

    SymbolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Symbol> all() {
        return jdbc.sql(SELECT).query(SymbolRepository::symbol).list();
    }

    /** Writes {@code valid} (updated or added) and marks every other row {@code notListed}. */
    void replaceAll(List<Symbol> valid, String notListed) {
        jdbc.sql("UPDATE symbols SET trading = FALSE, status = :status")
                .param("status", notListed)
                .update();
        for (Symbol symbol : valid) {
            int updated = jdbc.sql("""
                    UPDATE symbols SET base_asset = :base, quote_asset = :quote, tick_size = :tick,
                           step_size = :step, min_notional = :minNotional, trading = :trading, status = :status,
                           min_qty = :minQty, max_qty = :maxQty, market_min_qty = :marketMinQty,
                           market_max_qty = :marketMaxQty, market_step_size = :marketStep,
                           max_notional = :maxNotional, apply_min_to_market = :applyMin,
                           apply_max_to_market = :applyMax, min_price = :minPrice, max_price = :maxPrice,
                           avg_price_mins = :avgPriceMins
                    WHERE symbol = :symbol""").params(filters(symbol)).update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO symbols (symbol, base_asset, quote_asset, tick_size, step_size, min_notional, trading,
                                             status, min_qty, max_qty, market_min_qty, market_max_qty,
                                             market_step_size, max_notional, apply_min_to_market, apply_max_to_market,
                                             min_price, max_price, avg_price_mins)
                        VALUES (:symbol, :base, :quote, :tick, :step, :minNotional, :trading, :status, :minQty,
                                :maxQty, :marketMinQty, :marketMaxQty, :marketStep, :maxNotional, :applyMin, :applyMax,
                                :minPrice, :maxPrice, :avgPriceMins)""").params(filters(symbol)).update();
            }
        }
    }

    private static Map<String, Object> filters(Symbol symbol) {
        OrderLimits limits = symbol.limits();
        Map<String, Object> params = new HashMap<>();
        params.put("symbol", symbol.name());
        params.put("base", symbol.base().code());
        params.put("quote", symbol.quote().code());
        params.put("tick", symbol.tickSize());
        params.put("step", symbol.stepSize());
        params.put("minNotional", symbol.minNotional());
        params.put("trading", symbol.trading());
        params.put("status", symbol.status());
        params.put("minQty", limits.minQty());
        params.put("maxQty", limits.maxQty());
        params.put("marketMinQty", limits.marketMinQty());
        params.put("marketMaxQty", limits.marketMaxQty());
        params.put("marketStep", limits.marketStepSize());
        params.put("maxNotional", limits.maxNotional());
        params.put("applyMin", limits.applyMinToMarket());
        params.put("applyMax", limits.applyMaxToMarket());
        params.put("minPrice", limits.minPrice());
        params.put("maxPrice", limits.maxPrice());
        params.put("avgPriceMins", limits.avgPriceMins());
        return params;
    }

    private static Symbol symbol(ResultSet rs, int row) throws SQLException {
        BigDecimal step = rs.getBigDecimal("step_size");
        BigDecimal minQty = rs.getBigDecimal("min_qty");
        BigDecimal marketMin = rs.getBigDecimal("market_min_qty");
        BigDecimal marketStep = rs.getBigDecimal("market_step_size");
        OrderLimits limits = new OrderLimits(
                minQty == null ? step : minQty,
                rs.getBigDecimal("max_qty"),
                marketMin == null ? BigDecimal.ZERO : marketMin,
                rs.getBigDecimal("market_max_qty"),
                marketStep == null ? BigDecimal.ZERO : marketStep,
                rs.getBigDecimal("max_notional"),
                rs.getBoolean("apply_min_to_market"),
                rs.getBoolean("apply_max_to_market"),
                rs.getBigDecimal("min_price"),
                rs.getBigDecimal("max_price"),
                rs.getObject("avg_price_mins", Integer.class));
        return new Symbol(
                rs.getString("symbol"),
                Asset.of(rs.getString("base_asset")),
                Asset.of(rs.getString("quote_asset")),
                rs.getBigDecimal("tick_size"),
                step,
                rs.getBigDecimal("min_notional"),
                limits,
                rs.getString("status"));
    }
}
