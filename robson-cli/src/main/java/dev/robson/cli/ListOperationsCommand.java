package dev.robson.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code robson operations list [--status closed]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List operations by status.")
final class ListOperationsCommand extends ServerCommand {

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            defaultValue = "active",
            description = "active, closing or closed (default: ${DEFAULT-VALUE}).")
    String status;

    @Override
    public Integer call() {
        return OperationsCommand.list(this, status);
    }
}
