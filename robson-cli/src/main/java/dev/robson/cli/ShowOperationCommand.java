package dev.robson.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code robson operations show 1}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one operation.")
final class ShowOperationCommand extends ServerCommand {

    @Mixin
    OperationIdParameter operation;

    @Override
    public Integer call() {
        return OperationsCommand.showOperation(this, root().api().operation(operation.checked()), null);
    }
}
