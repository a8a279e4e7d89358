package dev.robson.cli;

import dev.robson.cli.api.Strategy;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code robson strategies}: the strategies a plan can follow, with their risk settings. */
@Command(
        name = "strategies",
        mixinStandardHelpOptions = true,
        description = "List the strategies a plan can follow: timeframe, support level, risk per trade, month's limit.")
final class StrategiesCommand extends ServerCommand {

    @Override
    public Integer call() {
        return show(
                root().planning().strategies(),
                strategies -> table(strategies, terminal().style()));
    }

    static List<String> table(List<Strategy> strategies, Style style) {
        if (strategies.isEmpty()) {
            return List.of("No strategies.");
        }
        Table table = new Table("#>", "Name", "Side", "Timeframe", "Support>", "Risk/trade>", "Reward>", "Month max>");
        for (Strategy strategy : strategies) {
            table.row(
                    String.valueOf(strategy.id()),
                    strategy.name(),
                    strategy.side(),
                    strategy.timeframe(),
                    "L" + strategy.supportLevel(),
                    Amounts.percent(strategy.riskPerTradePercent()),
                    Amounts.grouped(strategy.rewardMultiple()) + "R",
                    Amounts.percent(strategy.maxMonthlyLossPercent()));
        }
        return table.render(style);
    }
}
