package dev.robson.cli;

import dev.robson.cli.api.LevelAnalysis;
import dev.robson.cli.api.PlanWarning;
import dev.robson.cli.api.PlanningApi;
import dev.robson.cli.api.SupportLevel;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code robson analyze BTCUSDC}: the supports under the price on closed 15-minute candles and
 * the stop a plan would take — the chart reading behind a plan, with nothing planned.
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Show the support levels under the price and the technical stop a plan would take.")
final class AnalyzeCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "e.g. BTCUSDC")
    String symbol;

    @Option(
            names = "--strategy",
            paramLabel = "NAME",
            description = "Strategy whose parameters to use (see 'robson strategies'); default: the first.")
    String strategy;

    @Override
    public Integer call() {
        String checked = Symbols.checked(symbol);
        PlanningApi planning = root().planning();
        Long strategyId = strategy == null
                ? null
                : StrategyNames.resolve(planning, strategy).id();
        return show(planning.levels(checked, strategyId), analysis -> card(amounts(), analysis, terminal()));
    }

    static List<String> card(Amounts amounts, LevelAnalysis analysis, Terminal terminal) {
        Style style = terminal.style();
        Glyphs glyphs = terminal.glyphs();
        String quote = amounts.quoteOf(analysis.symbol(), null);
        Card card = new Card(
                        glyphs,
                        style.bold("LEVELS") + "  " + Amounts.pair(analysis.symbol(), quote) + "  15m"
                                + (analysis.candlesTo() == null ? "" : " to " + analysis.candlesTo()))
                .row("Entry ref", amounts.money(analysis.entryReference(), quote));
        if (analysis.stopLoss() != null) {
            card.row(
                    "Stop",
                    style.red(amounts.money(analysis.stopLoss(), quote)) + " (" + analysis.method() + " " + glyphs.dot()
                            + " " + analysis.confidence() + " confidence)");
        } else {
            card.row("Stop", style.red("none" + (analysis.refusal() == null ? "" : " (" + analysis.refusal() + ")")));
        }
        if (analysis.atr() != null) {
            card.row("ATR(14)", amounts.money(analysis.atr(), quote));
        }
        for (PlanWarning warning : analysis.warnings()) {
            card.text(style.yellow(glyphs.warning() + " " + warning.message() + " (" + warning.code() + ")"));
        }
        card.rule();
        if (analysis.levels().isEmpty()) {
            card.text("No support below the entry reference.");
        } else {
            Table table = new Table("Level", "Price>", "Lows>", "Last touch", "");
            int rank = 1;
            for (SupportLevel level : analysis.levels()) {
                boolean chosen =
                        analysis.technicalLevel() != null && level.price().compareTo(analysis.technicalLevel()) == 0;
                table.row(
                        "L" + rank++,
                        amounts.money(level.price(), quote),
                        String.valueOf(level.members()),
                        level.lastTouchTime() == null ? "-" : level.lastTouchTime(),
                        chosen ? "<- stop" : "");
            }
            table.render(style).forEach(line -> card.text(line.stripTrailing()));
        }
        for (SupportLevel skipped : analysis.skippedLevels()) {
            card.text(style.dim("skipped " + amounts.money(skipped.price(), quote) + " (" + skipped.reason() + ")"));
        }
        return card.render();
    }
}
