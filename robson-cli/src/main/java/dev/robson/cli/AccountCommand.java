package dev.robson.cli;

import dev.robson.cli.api.AccountBalances;
import dev.robson.cli.api.AccountSummary;
import dev.robson.cli.api.AssetBalance;
import dev.robson.cli.api.Json;
import dev.robson.cli.api.Reply;
import dev.robson.cli.api.RobsonApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code robson account}: balance, positions value, available and exposure (the server's
 * summary: the CLI computes no money), then the balance of each asset.
 */
@Command(
        name = "account",
        mixinStandardHelpOptions = true,
        description = "Show the account: balance, positions value, available, exposure, and each asset.")
final class AccountCommand extends ServerCommand {

    @Override
    public Integer call() {
        RobsonCommand root = root();
        RobsonApi api = root.api();
        Reply<AccountSummary> summary = api.accountSummary();
        Reply<AccountBalances> balances = api.accountBalances();
        // Two answers, one document: each kept exactly as the server sent it.
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("summary", new Json.RawJson(summary.json().strip()));
        both.put("balance", new Json.RawJson(balances.json().strip()));
        printDocument(
                both,
                () -> render(
                        root.amounts(),
                        summary.value(),
                        balances.value(),
                        root.environment().terminal()));
        return ExitCodes.OK;
    }

    static List<String> render(Amounts amounts, AccountSummary summary, AccountBalances balances, Terminal terminal) {
        Style style = terminal.style();
        String quote = summary.quoteAsset();
        List<String> values = List.of(
                amounts.money(summary.balance(), quote),
                amounts.money(summary.positionsValue(), quote),
                amounts.money(summary.available(), quote),
                Amounts.percent(summary.exposurePercent()));
        int width = values.stream().mapToInt(Style::width).max().orElse(0);
        Card card = new Card(
                        terminal.glyphs(),
                        style.bold("ACCOUNT") + " " + quote + Marks.unlessReal(summary.source(), style))
                .row("Balance", Style.padLeft(values.get(0), width))
                .row("Positions value", Style.padLeft(values.get(1), width))
                .row("Available", Style.padLeft(values.get(2), width))
                .row("Exposure", Style.padLeft(values.get(3), width));
        List<String> lines = new ArrayList<>(card.render());
        if (!balances.balances().isEmpty()) {
            Table table = new Table("Asset", "Free>", "Locked>", "Total>", "Value>");
            for (AssetBalance balance : balances.balances()) {
                table.row(
                        balance.asset(),
                        Amounts.grouped(balance.free()),
                        Amounts.grouped(balance.locked()),
                        Amounts.grouped(balance.total()),
                        amounts.money(balance.value(), balances.quoteAsset()));
            }
            if (balances.totalValue() != null) {
                table.row("Total", "", "", "", amounts.money(balances.totalValue(), balances.quoteAsset()));
            }
            lines.add("");
            lines.addAll(table.render(style));
        }
        return lines;
    }
}
