package dev.robson.cli;

import picocli.CommandLine.Option;

/**
 * {@code -y/--yes}: the trader's answer given in advance, for a change with real money that
 * cannot be undone. Without it a command asks on the terminal, and refuses where there is none.
 */
final class YesOption {

    @Option(
            names = {"-y", "--yes"},
            description = "Do not ask for confirmation.")
    boolean given;
}
