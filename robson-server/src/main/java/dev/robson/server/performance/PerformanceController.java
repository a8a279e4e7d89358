package dev.robson.server.performance;

import dev.robson.core.operation.CloseReason;
import dev.robson.core.performance.PerformanceStatistics;
import dev.robson.server.auth.Tenant;
import dev.robson.server.problem.ApiProblem;
import dev.robson.server.symbols.SymbolCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How the trading went: closed trades, their statistics and the day-by-day realized P&amp;L. */
@RestController
class PerformanceController {

    static final int DEFAULT_HISTORY = 500;
    static final int MAX_HISTORY = 5000;

    private static final String FROM = "First UTC day included, e.g. 2026-11-02; absent: from the first trade.";
    private static final String TO = "Last UTC day included, e.g. 2026-11-30; absent: up to now.";

    private final TradeHistory history;
    private final SymbolCatalog symbols;

    PerformanceController(TradeHistory history, SymbolCatalog symbols) {
        this.history = history;
        this.symbols = symbols;
    }

    record PerformanceList(List<PerformanceView> performance) {}

    record DailyList(List<DailyView> daily) {}

    /** @param truncated more trades match than {@code limit}: narrow the period to see them all */
    record HistoryList(List<HistoryEntryView> trades, boolean truncated) {}

    @Operation(summary = "Statistics of the trades closed in a period, one entry per quote asset (never summed across)")
    @GetMapping({"/api/portfolio/performance", "/api/portfolio/performance/"})
    PerformanceList performance(
            Tenant tenant,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        var trades = history.all(tenant, Period.parse(from, to));
        return new PerformanceList(PerformanceStatistics.of(trades).stream()
                .map(PerformanceView::of)
                .toList());
    }

    @Operation(summary = "Realized P&L per UTC day and quote asset, with the running equity of the period")
    @GetMapping({"/api/portfolio/daily", "/api/portfolio/daily/"})
    DailyList daily(
            Tenant tenant,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to) {
        var trades = history.all(tenant, Period.parse(from, to));
        return new DailyList(
                PerformanceStatistics.daily(trades).stream().map(DailyView::of).toList());
    }

    @Operation(summary = "Closed operations, newest close first, filtered by period, symbol and close reason")
    @GetMapping({"/api/portfolio/history", "/api/portfolio/history/"})
    HistoryList history(
            Tenant tenant,
            @Parameter(description = FROM) @RequestParam(required = false) String from,
            @Parameter(description = TO) @RequestParam(required = false) String to,
            @RequestParam(required = false) String symbol,
            @Parameter(description = "STOP_LOSS, TAKE_PROFIT or MANUAL") @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "" + DEFAULT_HISTORY) @Min(1) @Max(MAX_HISTORY) int limit) {
        String symbolName = symbol == null || symbol.isBlank() ? null : filterSymbol(symbol.strip());
        // One more than asked tells whether the list was cut.
        var trades = history.recent(tenant, Period.parse(from, to), symbolName, closeReason(reason), limit + 1);
        return new HistoryList(
                trades.stream()
                        .limit(limit)
                        .map(trade -> HistoryEntryView.of(trade, symbols.require(trade.symbol())))
                        .toList(),
                trades.size() > limit);
    }

    /** A symbol the server does not trade is a bad filter (400), not a missing resource: the path names none. */
    private String filterSymbol(String symbol) {
        try {
            return symbols.require(symbol).name();
        } catch (ApiProblem unknown) {
            if ("unknown_symbol".equals(unknown.code())) {
                throw ApiProblem.badRequest("unknown_symbol", unknown.getMessage());
            }
            throw unknown;
        }
    }

    private static CloseReason closeReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        try {
            return CloseReason.valueOf(reason.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.badRequest("invalid_reason", "reason is one of STOP_LOSS, TAKE_PROFIT, MANUAL.");
        }
    }
}
