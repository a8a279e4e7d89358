package dev.robson.cli;

import dev.robson.cli.api.EntryPlan;
import dev.robson.cli.api.PlanWarning;
import dev.robson.cli.api.RiskStatus;
import java.time.Instant;
import java.util.List;

/** An entry plan as a card, and the month's budget in one line: what plan, confirm and cancel print. */
final class PlanCards {

    private PlanCards() {}

    static List<String> card(Amounts amounts, EntryPlan plan, Terminal terminal, Instant now) {
        Style style = terminal.style();
        Glyphs glyphs = terminal.glyphs();
        String quote = plan.quoteAsset();
        String base = Amounts.base(plan.symbol(), quote);
        String units = base == null ? "" : " " + base;
        String name = plan.operationId() == null ? "PLAN (dry run)" : "PLAN #" + plan.operationId();
        boolean filled = plan.entryPrice() != null;
        Card card = new Card(
                        glyphs,
                        style.bold(name) + "  " + status(plan.status(), style) + "  "
                                + Amounts.pair(plan.symbol(), quote) + " " + plan.side())
                .row("Entry ref", amounts.money(plan.entryReference(), quote))
                .row("Entry max", amounts.money(plan.entryMax(), quote) + " (LIMIT IOC)");
        if (filled) {
            card.row(
                    "Filled",
                    Amounts.grouped(plan.filledQuantity() == null ? plan.quantity() : plan.filledQuantity()) + units
                            + " at " + amounts.money(plan.entryPrice(), quote));
        }
        card.row(
                        "Stop",
                        style.red(amounts.money(plan.stopLoss(), quote)) + " ("
                                + Amounts.percent(plan.stopDistancePercent()) + " below entry ref)")
                .row(
                        "Target",
                        style.green(amounts.money(plan.takeProfit(), quote))
                                + (filled ? " (from the fill)" : " (estimate)"))
                .row(
                        "Size",
                        Amounts.grouped(plan.quantity()) + units + " (" + amounts.money(plan.notional(), quote) + ")")
                .row(
                        "Max loss",
                        amounts.money(plan.plannedRisk(), quote) + " (" + Amounts.percent(plan.plannedRiskPercent())
                                + " of capital)")
                .row("Method", plan.method() + " " + glyphs.dot() + " " + plan.confidence() + " confidence");
        if (plan.warnings().isEmpty()) {
            card.row("Warnings", "none");
        }
        for (PlanWarning warning : plan.warnings()) {
            card.text(style.yellow(glyphs.warning() + " " + warning.message() + " (" + warning.code() + ")"));
        }
        if (plan.failure() != null) {
            card.text(style.red("!! " + plan.status() + ": " + plan.failure()));
        }
        card.rule().text(budgetLine(amounts, plan.budget(), style, glyphs));
        if (plan.operationId() == null) {
            card.text("Dry run: nothing saved.");
        } else if ("PLANNED".equals(plan.status())) {
            String left = Countdown.until(plan.expiresAt(), now);
            card.text(
                    left.equals("expired")
                            ? "Expired: nothing will be bought; plan again."
                            : capitalized(left) + " " + glyphs.dot() + " robson confirm " + plan.operationId());
        }
        return card.render();
    }

    /** {@code Budget 2026-01: $30.85 left of $41.12 · 3 slots}, or the month's pause. */
    static String budgetLine(Amounts amounts, RiskStatus budget, Style style, Glyphs glyphs) {
        String quote = budget.quoteAsset();
        String line = "Budget " + budget.month() + ": " + amounts.money(budget.remaining(), quote) + " left of "
                + amounts.money(budget.budget(), quote) + " " + glyphs.dot() + " " + budget.slots()
                + (budget.slots() == 1 ? " slot" : " slots");
        return budget.paused() ? line + " " + glyphs.dot() + " " + style.red("PAUSED") : line;
    }

    private static String status(String status, Style style) {
        return switch (status) {
            case "ACTIVE" -> style.green(status);
            case "PLANNED", "ENTERING" -> style.yellow(status);
            case "EXPIRED", "CANCELLED" -> style.dim(status);
            default -> style.red(status);
        };
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
