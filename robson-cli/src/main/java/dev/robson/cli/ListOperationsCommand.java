package dev.robson.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code robson operations list [--status closed]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List operations by status.")
final class ListOperationsCommand implements Callable<Integer> {

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            defaultValue = "active",
            description = "active, closing or closed (default: ${DEFAULT-VALUE}).")
    String status;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return OperationsCommand.list(spec, status, json.requested);
    }
}
