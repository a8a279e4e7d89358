package dev.robson.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code robson operations move 1 --stop 87500 --target 93000}: the server checks stop < price < target. */
@Command(name = "move", mixinStandardHelpOptions = true, description = "Move the stop-loss and/or the take-profit.")
final class MoveProtectionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "Operation id.")
    long id;

    @Option(names = "--stop", paramLabel = "PRICE", description = "New stop-loss price.")
    String stop;

    @Option(names = "--target", paramLabel = "PRICE", description = "New take-profit price.")
    String target;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OperationIds.check(id);
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
        var reply = RobsonCommand.of(spec).api().moveProtection(id, change);
        OperationsCommand.print(spec, reply, json.requested, "Moved the protection of operation #" + id + ".");
        return ExitCodes.OK;
    }
}
