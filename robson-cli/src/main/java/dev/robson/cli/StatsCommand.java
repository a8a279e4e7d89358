package dev.robson.cli;

import dev.robson.cli.api.QuoteAssetPerformance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code robson stats}: how the trading went over a period, one block per quote asset. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Win rate, profit factor, expectancy, drawdown and more of the operations closed in a period, "
                + "per quote asset.")
final class StatsCommand extends ServerCommand {

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            defaultValue = "30d",
            description = "7d, 30d, today, month, all, 2026-11, 2026-11-02 or 2026-11-02..2026-11-08 "
                    + "(UTC days; default: ${DEFAULT-VALUE}).")
    String period;

    @Override
    public Integer call() {
        RobsonCommand root = root();
        ReviewPeriod days = ReviewPeriod.parse(period, root.environment().clock(), "--period");
        return show(
                root.api().performance(days.query(Map.of())),
                performance -> lines(amounts(), performance, days, terminal().style()));
    }

    static List<String> lines(
            Amounts amounts, List<QuoteAssetPerformance> performance, ReviewPeriod period, Style style) {
        if (performance.isEmpty()) {
            return List.of("No operations closed (" + period.describe() + ").");
        }
        List<String> lines = new ArrayList<>();
        for (QuoteAssetPerformance figures : performance) {
            String quote = figures.quoteAsset();
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(style.bold(quote + ", " + period.describe()));
            Table table = new Table("Figure", "Value>");
            table.row("Trades", figures.trades() + " (" + figures.wins() + " won, " + figures.losses() + " lost)");
            table.row("Win rate", Amounts.percent(figures.winRatePercent()));
            table.row("Realized P&L", signed(amounts, style, figures.realizedPnl(), quote));
            table.row("Realized P&L net", signed(amounts, style, figures.realizedPnlNet(), quote));
            table.row("Fees", amounts.money(figures.fees(), quote));
            table.row(
                    "Profit factor",
                    figures.profitFactor() == null
                            ? "- (no losses)"
                            : figures.profitFactor().toPlainString());
            table.row("Expectancy", signed(amounts, style, figures.expectancy(), quote));
            table.row("Average win", signed(amounts, style, figures.averageWin(), quote));
            table.row("Average loss", signed(amounts, style, figures.averageLoss(), quote));
            table.row("Best", signed(amounts, style, figures.best(), quote));
            table.row("Worst", signed(amounts, style, figures.worst(), quote));
            table.row("Max drawdown", amounts.money(figures.maxDrawdown(), quote));
            table.row("Average held", Durations.held(figures.averageDurationSeconds()));
            lines.addAll(table.render(style));
        }
        return lines;
    }

    private static String signed(Amounts amounts, Style style, BigDecimal amount, String quote) {
        return amount == null ? "-" : style.bySign(amount, amounts.signedMoney(amount, quote));
    }
}
