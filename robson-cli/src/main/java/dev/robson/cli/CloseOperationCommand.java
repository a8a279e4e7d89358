package dev.robson.cli;

import dev.robson.cli.api.Operation;
import dev.robson.cli.api.RobsonApi;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code robson operations close 1}: closes at the market now. With real money that cannot be
 * undone, so it asks first on a terminal and needs {@code --yes} anywhere else.
 */
@Command(name = "close", mixinStandardHelpOptions = true, description = "Close an operation at the market now.")
final class CloseOperationCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "Operation id.")
    long id;

    @Option(
            names = {"-y", "--yes"},
            description = "Do not ask for confirmation.")
    boolean confirmed;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OperationIds.check(id);
        RobsonCommand root = RobsonCommand.of(spec);
        RobsonApi api = root.api();
        if (!confirmed) {
            Prompter prompter = root.environment().prompter();
            if (!prompter.available()) {
                throw CliFailure.usage("closing needs confirmation: pass --yes when there is no terminal");
            }
            Operation operation = api.operation(id).value();
            String answer =
                    prompter.readLine("Close operation #" + id + " (" + operation.symbol() + " " + operation.direction()
                            + " " + Amounts.grouped(operation.quantity()) + ") at the market now? [y/N] ");
            if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                spec.commandLine().getErr().println("robson: not closed");
                return ExitCodes.OK;
            }
        }
        var reply = api.close(id);
        Operation closed = reply.value();
        OperationsCommand.print(
                spec,
                reply,
                json.requested,
                json.requested
                        ? null
                        : "Closed operation #" + id + ": realized P&L "
                                + RobsonCommand.of(spec)
                                        .amounts()
                                        .signedMoney(closed.realizedPnl(), closed.quoteAsset())
                                + ".");
        return ExitCodes.OK;
    }
}
