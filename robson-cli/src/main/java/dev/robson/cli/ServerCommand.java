package dev.robson.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that talks to the server: it answers in human lines or, with {@code --json},
 * exactly one JSON document. Picocli reads the annotated fields of this class for every
 * subclass, so each command declares only its own options.
 */
abstract class ServerCommand implements Callable<Integer> {

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    /** The top-level command: server, session, API client and the process's environment. */
    final RobsonCommand root() {
        return RobsonCommand.of(spec);
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
