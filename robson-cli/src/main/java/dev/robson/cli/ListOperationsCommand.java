package dev.robson.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code robson operations list [--status closed]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List operations by status.")
final class ListOperationsCommand extends ServerCommand {

    @Mixin
    OperationStatusOption filter;

    @Override
    public Integer call() {
        return OperationsCommand.list(this, filter.status);
    }
}
