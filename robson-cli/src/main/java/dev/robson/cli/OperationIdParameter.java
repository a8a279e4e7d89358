package dev.robson.cli;

import picocli.CommandLine.Parameters;

/** {@code ID}: the one operation a subcommand of {@code robson operations} acts on. */
final class OperationIdParameter {

    @Parameters(index = "0", paramLabel = "ID", description = "Operation id.")
    long id;

    /** The id, refused before anything is sent unless it is positive ({@link OperationIds}). */
    long checked() {
        OperationIds.check(id);
        return id;
    }
}
