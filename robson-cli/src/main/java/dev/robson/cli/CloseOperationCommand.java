package dev.robson.cli;

import dev.robson.cli.api.Operation;
import dev.robson.cli.api.RobsonApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code robson operations close 1}: closes at the market now. With real money that cannot be
 * undone, so it asks first on a terminal and needs {@code --yes} anywhere else.
 */
@Command(name = "close", mixinStandardHelpOptions = true, description = "Close an operation at the market now.")
final class CloseOperationCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "Operation id.")
    long id;

    @Mixin
    YesOption yes;

    @Override
    public Integer call() {
        OperationIds.check(id);
        RobsonCommand root = root();
        RobsonApi api = root.api();
        if (!yes.given) {
            Prompter prompter = root.environment().prompter();
            if (!prompter.available()) {
                throw CliFailure.usage("closing needs confirmation: pass --yes when there is no terminal");
            }
            Operation operation = api.operation(id).value();
            if (!prompter.agrees("Close operation #" + id + " (" + operation.symbol() + " " + operation.direction()
                    + " " + Amounts.grouped(operation.quantity()) + ") at the market now? [y/N] ")) {
                err().println("robson: not closed");
                return ExitCodes.OK;
            }
        }
        var reply = api.close(id);
        Operation closed = reply.value();
        OperationsCommand.print(
                this,
                reply,
                json.requested
                        ? null
                        : "Closed operation #" + id + ": realized P&L "
                                + root().amounts().signedMoney(closed.realizedPnl(), closed.quoteAsset())
                                + ".");
        return ExitCodes.OK;
    }
}
