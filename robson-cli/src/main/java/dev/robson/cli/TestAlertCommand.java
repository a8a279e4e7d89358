package dev.robson.cli;

import dev.robson.cli.api.AlertDelivery;
import dev.robson.cli.api.Reply;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code robson alerts test ID}: a test alert now, and whether the receiver took it. */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Send a test alert to a target now.")
final class TestAlertCommand extends ServerCommand {

    @Mixin
    AlertTargetIdParameter target;

    @Override
    public Integer call() {
        long id = target.id;
        Style style = terminal().style();
        Reply<AlertDelivery> reply = root().api().testAlertTarget(id);
        printReply(
                reply,
                delivery -> "DELIVERED".equals(delivery.status())
                        ? List.of(style.green("Delivered") + " to target #" + id + " (HTTP " + delivery.lastStatus()
                                + ").")
                        : List.of(style.red("Not delivered") + " to target #" + id + ": "
                                + ServerTexts.inert(delivery.lastError())));
        return "DELIVERED".equals(reply.value().status()) ? ExitCodes.OK : ExitCodes.REJECTED;
    }
}
