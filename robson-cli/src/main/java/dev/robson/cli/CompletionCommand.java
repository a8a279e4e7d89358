package dev.robson.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code source <(robson completion)}: bash (and zsh with bashcompinit) completion, generated from the commands. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Print a bash/zsh completion script: source <(robson completion)")
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .print(AutoComplete.bash(
                        "robson", RobsonCli.commandLine(RobsonCommand.of(spec).environment())));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
