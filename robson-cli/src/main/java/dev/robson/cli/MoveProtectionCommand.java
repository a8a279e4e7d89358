package dev.robson.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code robson operations move 1 --stop 87500 --target 93000}: the server checks stop < price < target. */
@Command(name = "move", mixinStandardHelpOptions = true, description = "Move the stop-loss and/or the take-profit.")
final class MoveProtectionCommand extends ServerCommand {

    @Mixin
    OperationIdParameter operation;

    @Option(names = "--stop", paramLabel = "PRICE", description = "New stop-loss price.")
    String stop;

    @Option(names = "--target", paramLabel = "PRICE", description = "New take-profit price.")
    String target;

    @Override
    public Integer call() {
        long id = operation.checked();
        if (stop == null && target == null) {
            throw CliFailure.usage("say what to move: --stop PRICE and/or --target PRICE");
        }
        Map<String, Object> change = new LinkedHashMap<>();
        if (stop != null) {
            change.put("stop_loss", Decimals.positive("--stop", stop));
        }
        if (target != null) {
            change.put("take_profit", Decimals.positive("--target", target));
        }
        return OperationsCommand.showOperation(
                this, root().api().moveProtection(id, change), "Moved the protection of operation #" + id + ".");
    }
}
