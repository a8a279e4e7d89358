package dev.robson.cli;

import dev.robson.cli.api.Operation;
import dev.robson.cli.api.RobsonApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code robson operations close 1}: closes at the market now. With real money that cannot be
 * undone, so it asks first on a terminal and needs {@code --yes} anywhere else.
 */
@Command(name = "close", mixinStandardHelpOptions = true, description = "Close an operation at the market now.")
final class CloseOperationCommand extends ServerCommand {

    @Mixin
    OperationIdParameter operation;

    @Mixin
    YesOption yes;

    @Override
    public Integer call() {
        long id = operation.checked();
        RobsonCommand root = root();
        RobsonApi api = root.api();
        if (!yes.given) {
            Prompter prompter = root.environment().prompter();
            if (!prompter.available()) {
                throw CliFailure.usage("closing needs confirmation: pass --yes when there is no terminal");
            }
            Operation open = api.operation(id).value();
            if (!prompter.agrees("Close operation #" + id + " (" + open.symbol() + " " + open.direction() + " "
                    + Amounts.grouped(open.quantity()) + ") at the market now? [y/N] ")) {
                err().println("robson: not closed");
                return ExitCodes.OK;
            }
        }
        var reply = api.close(id);
        Operation closed = reply.value();
        return OperationsCommand.showOperation(
                this,
                reply,
                json.requested
                        ? null
                        : "Closed operation #" + id + ": realized P&L "
                                + amounts().signedMoney(closed.realizedPnl(), closed.quoteAsset()) + ".");
    }
}
