package dev.robson.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code robson operations retry 1}: a CLOSING operation's close, tried again now. */
@Command(
        name = "retry",
        mixinStandardHelpOptions = true,
        description = "Try a CLOSING operation's close again now (looks up what is pending first).")
final class RetryCloseCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "Operation id.")
    long id;

    @Override
    public Integer call() {
        OperationIds.check(id);
        var reply = root().api().retryClose(id);
        OperationsCommand.print(
                this, reply, "Operation #" + id + " is " + reply.value().status() + ".");
        return ExitCodes.OK;
    }
}
