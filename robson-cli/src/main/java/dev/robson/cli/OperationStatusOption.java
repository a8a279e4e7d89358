package dev.robson.cli;

import picocli.CommandLine.Option;

/** {@code --status}: which operations a listing shows; {@code robson operations} and its {@code list} take it alike. */
final class OperationStatusOption {

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            defaultValue = "active",
            description = "active, closing or closed (default: ${DEFAULT-VALUE}).")
    String status;
}
