package dev.robson.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code robson operations retry 1}: a CLOSING operation's close, tried again now. */
@Command(
        name = "retry",
        mixinStandardHelpOptions = true,
        description = "Try a CLOSING operation's close again now (looks up what is pending first).")
final class RetryCloseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "Operation id.")
    long id;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OperationIds.check(id);
        var reply = RobsonCommand.of(spec).api().retryClose(id);
        OperationsCommand.print(
                spec,
                reply,
                json.requested,
                "Operation #" + id + " is " + reply.value().status() + ".");
        return ExitCodes.OK;
    }
}
