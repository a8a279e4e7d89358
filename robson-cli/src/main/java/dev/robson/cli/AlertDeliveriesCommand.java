package dev.robson.cli;

import dev.robson.cli.api.AlertDelivery;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code robson alerts deliveries ID}: the target's delivery log, newest first. */
@Command(
        name = "deliveries",
        mixinStandardHelpOptions = true,
        description = "Show a target's deliveries: each alert, its attempts and outcome.")
final class AlertDeliveriesCommand extends ServerCommand {

    @Mixin
    AlertTargetIdParameter target;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "How many, 1 to 200 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 200) {
            throw CliFailure.usage("--limit is 1 to 200");
        }
        return show(
                root().api().alertDeliveries(target.id, limit),
                deliveries -> table(deliveries, terminal().style()));
    }

    static List<String> table(List<AlertDelivery> deliveries, Style style) {
        if (deliveries.isEmpty()) {
            return List.of("No deliveries yet.");
        }
        Table table = new Table("EVENT", "STATUS", "ATTEMPTS>", "WHEN", "KEY", "LAST ERROR");
        for (AlertDelivery delivery : deliveries) {
            String status = switch (delivery.status()) {
                case "DELIVERED" -> style.green("DELIVERED");
                case "FAILED" -> style.red("FAILED");
                default ->
                    style.yellow("PENDING")
                            + (delivery.nextAttemptAt() == null
                                    ? ""
                                    : style.dim(" retry " + ServerTexts.inert(delivery.nextAttemptAt())));
            };
            table.row(
                    delivery.event(),
                    status,
                    Long.toString(delivery.attempts()),
                    ServerTexts.inert(delivery.createdAt()),
                    ServerTexts.inert(delivery.deliveryKey()),
                    ServerTexts.inert(delivery.lastError()));
        }
        return table.render(style);
    }
}
