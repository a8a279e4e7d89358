package dev.robson.cli;

import picocli.CommandLine.Option;

/** {@code --json}: exactly one JSON document on stdout and nothing else, for scripts and jq. */
final class JsonOption {

    @Option(names = "--json", description = "Print one JSON document (the server's answer) and nothing else.")
    boolean requested;
}
