package dev.robson.cli;

import dev.robson.cli.api.ClosedTrade;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code robson history}: closed operations, newest close first, with their realized P&amp;L. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "Closed operations, newest close first, with realized P&L gross and net, reason and duration.")
final class HistoryCommand extends ServerCommand {

    @Option(
            names = "--since",
            paramLabel = "WHEN",
            description = "7d, today, month, 2026-11, 2026-11-02 or 2026-11-02..2026-11-08 (UTC days; default: all).")
    String since;

    @Option(names = "--symbol", paramLabel = "SYMBOL", description = "Only this symbol, e.g. BTCUSDC.")
    String symbol;

    @Option(names = "--reason", paramLabel = "REASON", description = "Only STOP_LOSS, TAKE_PROFIT or MANUAL.")
    String reason;

    @Override
    public Integer call() {
        RobsonCommand root = root();
        ReviewPeriod period = since == null
                ? new ReviewPeriod(null, null)
                : ReviewPeriod.parse(since, root.environment().clock(), "--since");
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("symbol", symbol == null ? null : Symbols.checked(symbol));
        filters.put("reason", reason == null ? null : reason.strip().toUpperCase(Locale.ROOT));
        return show(
                root.api().history(period.query(filters)),
                trades -> table(amounts(), trades, period, terminal().style()));
    }

    static List<String> table(Amounts amounts, List<ClosedTrade> trades, ReviewPeriod period, Style style) {
        if (trades.isEmpty()) {
            return List.of("No closed operations (" + period.describe() + ").");
        }
        Table table = new Table(
                "#>", "Symbol", "Side", "Qty>", "Entry>", "Exit>", "P&L>", "Net>", "Reason", "Held>", "Closed");
        for (ClosedTrade trade : trades) {
            String quote = trade.quoteAsset();
            table.row(
                    String.valueOf(trade.operationId()),
                    trade.symbol(),
                    trade.direction(),
                    Amounts.grouped(trade.quantity()),
                    amounts.money(trade.entryPrice(), quote),
                    trade.exitPrice() == null ? "-" : amounts.money(trade.exitPrice(), quote),
                    style.bySign(trade.realizedPnl(), amounts.signedMoney(trade.realizedPnl(), quote)),
                    style.bySign(trade.realizedPnlNet(), amounts.signedMoney(trade.realizedPnlNet(), quote)),
                    trade.closeReason() == null ? "-" : trade.closeReason(),
                    Durations.held(trade.durationSeconds()),
                    trade.closedAt());
        }
        return table.render(style);
    }
}
