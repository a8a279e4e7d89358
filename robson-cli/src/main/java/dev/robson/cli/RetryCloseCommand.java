package dev.robson.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code robson operations retry 1}: a CLOSING operation's close, tried again now. */
@Command(
        name = "retry",
        mixinStandardHelpOptions = true,
        description = "Try a CLOSING operation's close again now (looks up what is pending first).")
final class RetryCloseCommand extends ServerCommand {

    @Mixin
    OperationIdParameter operation;

    @Override
    public Integer call() {
        long id = operation.checked();
        var reply = root().api().retryClose(id);
        return OperationsCommand.showOperation(
                this, reply, "Operation #" + id + " is " + reply.value().status() + ".");
    }
}
