package dev.robson.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code robson operations show 1}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one operation.")
final class ShowOperationCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "Operation id.")
    long id;

    @Override
    public Integer call() {
        OperationIds.check(id);
        OperationsCommand.print(this, root().api().operation(id), null);
        return ExitCodes.OK;
    }
}
