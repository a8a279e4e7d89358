package dev.robson.cli;

import dev.robson.cli.api.Operation;
import dev.robson.cli.api.OperationFee;
import dev.robson.cli.api.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code robson operations}: the lifecycle without a database console. Alone it lists the
 * active operations; its subcommands track, move the stop/target, and close.
 */
@Command(
        name = "operations",
        mixinStandardHelpOptions = true,
        description = "List operations (active by default); track, move stop/target, or close one.",
        subcommands = {
            ListOperationsCommand.class,
            ShowOperationCommand.class,
            TrackOperationCommand.class,
            MoveProtectionCommand.class,
            CloseOperationCommand.class,
            RetryCloseCommand.class,
            ResolveCloseCommand.class
        })
final class OperationsCommand extends ServerCommand {

    @Mixin
    OperationStatusOption filter;

    @Override
    public Integer call() {
        return list(this, filter.status);
    }

    static int list(ServerCommand command, String status) {
        String wanted = status.strip().toLowerCase(Locale.ROOT);
        if (!List.of("active", "closing", "closed").contains(wanted)) {
            throw CliFailure.usage("--status is one of active, closing, closed; not '" + status + "'");
        }
        return command.show(
                command.root().api().operations(wanted),
                operations -> table(
                        command.amounts(),
                        operations,
                        wanted,
                        command.terminal().style()));
    }

    static List<String> table(Amounts amounts, List<Operation> operations, String status, Style style) {
        if (operations.isEmpty()) {
            return List.of("No " + status + " operations.");
        }
        boolean closed = "closed".equals(status);
        Table table = closed
                ? new Table("#>", "Symbol", "Side", "Qty>", "Entry>", "Realized P&L>", "Reason", "Closed")
                : new Table("#>", "Symbol", "Side", "Qty>", "Entry>", "Stop>", "Target>", "Status");
        for (Operation operation : operations) {
            String quote = amounts.quoteOf(operation.symbol(), operation.quoteAsset());
            if (closed) {
                table.row(
                        String.valueOf(operation.operationId()),
                        operation.symbol(),
                        operation.direction(),
                        Amounts.grouped(operation.size()),
                        amounts.money(operation.entryPrice(), quote),
                        style.bySign(operation.realizedPnl(), amounts.signedMoney(operation.realizedPnl(), quote)),
                        orDash(operation.closeReason()),
                        orDash(operation.closedAt()));
            } else {
                table.row(
                        String.valueOf(operation.operationId()),
                        operation.symbol(),
                        operation.direction(),
                        Amounts.grouped(operation.quantity()),
                        amounts.money(operation.entryPrice(), quote),
                        amounts.money(operation.stopLoss(), quote),
                        amounts.money(operation.takeProfit(), quote),
                        operation.status());
            }
        }
        return table.render(style);
    }

    /** One operation as a card: what {@code show}, {@code track}, {@code move} and {@code close} print. */
    static List<String> card(Amounts amounts, Operation operation, Terminal terminal) {
        Style style = terminal.style();
        String quote = amounts.quoteOf(operation.symbol(), operation.quoteAsset());
        String base = Amounts.base(operation.symbol(), quote);
        Card card = new Card(
                        terminal.glyphs(),
                        style.bold("OPERATION #" + operation.operationId()) + "  " + operation.status())
                .row("Symbol", style.bold(operation.symbol()))
                .row("Side", operation.direction())
                .row("Qty", Amounts.grouped(operation.size()) + (base == null ? "" : " " + base))
                .row("Entry", amounts.money(operation.entryPrice(), quote))
                .row("Stop", amounts.money(operation.stopLoss(), quote))
                .row("Target", amounts.money(operation.takeProfit(), quote));
        if (operation.openedAt() != null) {
            card.row("Opened", operation.openedAt());
        }
        if (operation.closedAt() != null) {
            card.row(
                    "Closed",
                    operation.closedAt()
                            + (operation.closeReason() == null ? "" : " (" + operation.closeReason() + ")"));
        }
        if (operation.realizedPnl() != null) {
            card.row(
                    "Realized P&L",
                    style.bySign(operation.realizedPnl(), amounts.signedMoney(operation.realizedPnl(), quote)));
        }
        if (operation.realizedPnlNet() != null) {
            card.row(
                    "Net of fees",
                    style.bySign(operation.realizedPnlNet(), amounts.signedMoney(operation.realizedPnlNet(), quote))
                            + (operation.feesPaid() == null
                                    ? ""
                                    : style.dim("  fees " + amounts.money(operation.feesPaid(), quote))));
        }
        if (!operation.fees().isEmpty()) {
            card.row("Fees", feesByAsset(amounts, operation.fees(), quote));
        }
        if (operation.attention() != null) {
            card.text(style.red("!! " + operation.attention()));
        }
        return new ArrayList<>(card.render());
    }

    /**
     * Each asset's fee in its own asset, and its quote value beside any not charged in the quote:
     * "0.00003681 BNB (0.02 USDC), 0.03 USDC".
     */
    static String feesByAsset(Amounts amounts, List<OperationFee> fees, String quote) {
        List<String> parts = new ArrayList<>();
        for (OperationFee fee : fees) {
            if (fee.asset().equals(quote)) {
                parts.add(amounts.money(fee.amount(), quote));
            } else {
                parts.add(fee.amount().toPlainString() + " " + fee.asset() + " ("
                        + (fee.quoteValue() == null ? "not valued" : amounts.money(fee.quoteValue(), quote)) + ")");
            }
        }
        return String.join(", ", parts);
    }

    /** One operation's answer: the JSON as it came, or an optional headline and its card. */
    static int showOperation(ServerCommand command, Reply<Operation> reply, String headline) {
        return command.show(reply, operation -> {
            List<String> lines = new ArrayList<>();
            if (headline != null) {
                lines.add(headline);
            }
            lines.addAll(card(command.amounts(), operation, command.terminal()));
            return lines;
        });
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
