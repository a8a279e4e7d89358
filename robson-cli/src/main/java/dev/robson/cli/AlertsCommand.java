package dev.robson.cli;

import dev.robson.cli.api.AlertTarget;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code robson alerts}: where Robson tells the trader that a stop or a target was hit, or that
 * an operation needs a person. Alone it lists the targets; its subcommands add, test, remove
 * and show a target's deliveries.
 */
@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = "List alert targets; add, test or remove one, or show its deliveries.",
        subcommands = {
            ListAlertsCommand.class,
            AddAlertCommand.class,
            TestAlertCommand.class,
            RemoveAlertCommand.class,
            AlertDeliveriesCommand.class
        })
final class AlertsCommand extends ServerCommand {

    @Override
    public Integer call() {
        return list(this);
    }

    static int list(ServerCommand command) {
        return command.show(
                command.root().api().alertTargets(),
                targets -> table(targets, command.terminal().style()));
    }

    static List<String> table(List<AlertTarget> targets, Style style) {
        if (targets.isEmpty()) {
            return List.of("No alert targets.", style.dim("Add one with 'robson alerts add --help'."));
        }
        Table table = new Table("ID", "KIND", "NAME", "TO", "EVENTS", "STATUS");
        for (AlertTarget target : targets) {
            String status = switch (target.status()) {
                case "FAILING" -> style.red("!! FAILING");
                case "DISABLED" -> style.dim("DISABLED");
                default -> style.green("OK");
            };
            table.row(
                    "#" + target.id(),
                    target.kind(),
                    ServerTexts.inert(target.name()),
                    ServerTexts.inert(target.destination()),
                    String.join(",", target.events()),
                    status);
        }
        return table.render(style);
    }
}
