package dev.robson.cli;

import picocli.CommandLine.Command;

/** {@code robson alerts list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the alert targets.")
final class ListAlertsCommand extends ServerCommand {

    @Override
    public Integer call() {
        return AlertsCommand.list(this);
    }
}
