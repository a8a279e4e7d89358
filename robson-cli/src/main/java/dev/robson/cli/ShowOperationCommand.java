package dev.robson.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code robson operations show 1}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one operation.")
final class ShowOperationCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "Operation id.")
    long id;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OperationIds.check(id);
        OperationsCommand.print(spec, RobsonCommand.of(spec).api().operation(id), json.requested, null);
        return ExitCodes.OK;
    }
}
