package dev.robson.cli;

import picocli.CommandLine.Parameters;

/** {@code ID}: the alert target a subcommand of {@code robson alerts} acts on, as the listing numbers it. */
final class AlertTargetIdParameter {

    @Parameters(index = "0", paramLabel = "ID", description = "The target's id (see 'robson alerts').")
    long id;
}
