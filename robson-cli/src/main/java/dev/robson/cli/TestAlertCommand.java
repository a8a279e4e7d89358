package dev.robson.cli;

import dev.robson.cli.api.AlertDelivery;
import dev.robson.cli.api.Reply;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code robson alerts test ID}: a test alert now, and whether the receiver took it. */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Send a test alert to a target now.")
final class TestAlertCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The target's id (see 'robson alerts').")
    long id;

    @Override
    public Integer call() {
        RobsonCommand root = root();
        Style style = root.environment().terminal().style();
        Reply<AlertDelivery> reply = root.api().testAlertTarget(id);
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
