package dev.robson.cli;

import dev.robson.cli.api.RiskStatus;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code robson risk}: the month's risk budget — how much may still be lost, and whether plans are paused. */
@Command(
        name = "risk",
        mixinStandardHelpOptions = true,
        description = "Show the month's risk budget: capital base, consumed, open risk, remaining, PAUSED.")
final class RiskCommand extends ServerCommand {

    @Override
    public Integer call() {
        return show(root().planning().riskStatus(), status -> card(amounts(), status, terminal()));
    }

    static List<String> card(Amounts amounts, RiskStatus status, Terminal terminal) {
        Style style = terminal.style();
        String quote = status.quoteAsset();
        Card card = new Card(
                        terminal.glyphs(),
                        style.bold("RISK " + status.month()) + "  " + quote + "  "
                                + (status.paused() ? style.red(status.status()) : style.green(status.status())))
                .row("Capital base", amounts.money(status.capitalBase(), quote))
                .row("Budget", amounts.money(status.budget(), quote))
                .row("Consumed", amounts.money(status.consumed(), quote))
                .row("Open risk", amounts.money(status.openRisk(), quote))
                .row("Remaining", style.bold(amounts.money(status.remaining(), quote)))
                .row("Slots", String.valueOf(status.slots()));
        if (status.paused()) {
            card.text(style.red("Losses reached the month's limit: no plan until " + nextMonth(status.month()) + "."));
        }
        return card.render();
    }

    private static String nextMonth(String month) {
        try {
            return YearMonth.parse(month).plusMonths(1).toString();
        } catch (DateTimeParseException unreadable) {
            return "next month";
        }
    }
}
