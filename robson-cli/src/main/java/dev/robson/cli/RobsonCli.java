package dev.robson.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The entry point of {@code ./robson}: builds the command line and exits with its status. */
public final class RobsonCli {

    /**
     * The subcommands, each built only when a run needs it: picocli reads a command's
     * annotations by reflection when it is added, which on a cold JVM is slow work, and a run
     * uses one command.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("login", LoginCommand::new);
        subcommands.put("logout", LogoutCommand::new);
        subcommands.put("positions", PositionsCommand::new);
        subcommands.put("price", PriceCommand::new);
        subcommands.put("account", AccountCommand::new);
        subcommands.put("operations", OperationsCommand::new);
        subcommands.put("history", HistoryCommand::new);
        subcommands.put("stats", StatsCommand::new);
        subcommands.put("strategies", StrategiesCommand::new);
        subcommands.put("analyze", AnalyzeCommand::new);
        subcommands.put("plan", PlanCommand::new);
        subcommands.put("confirm", ConfirmPlanCommand::new);
        subcommands.put("cancel", CancelPlanCommand::new);
        subcommands.put("risk", RiskCommand::new);
        subcommands.put("events", EventsCommand::new);
        subcommands.put("alerts", AlertsCommand::new);
        subcommands.put("completion", CompletionCommand::new);
        return subcommands;
    }

    private RobsonCli() {}

    public static void main(String[] args) {
        CliEnvironment environment = CliEnvironment.ofProcess();
        Charset charset = CliEnvironment.stdoutCharset();
        CommandLine commandLine = commandLine(environment, args);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset)));
        commandLine.setErr(
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset), true));
        int status = execute(commandLine, args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(status);
    }

    /** Runs the command line, then ends its HTTP client so the JVM exits at once. */
    static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } finally {
            ((RobsonCommand) commandLine.getCommand()).closeConnections();
        }
    }

    /** The whole command tree (for help and completion), wired to {@code environment}. */
    static CommandLine commandLine(CliEnvironment environment) {
        return commandLine(environment, new String[0]);
    }

    /**
     * The command tree that {@code args} needs: the named subcommand alone, the root alone for
     * {@code --version}, else everything (help, a mistyped command that gets suggestions).
     */
    static CommandLine commandLine(CliEnvironment environment, String... args) {
        CommandLine commandLine = new CommandLine(new RobsonCommand(environment));
        String named = subcommandNamed(args);
        List<String> words = List.of(args);
        boolean versionOnly = named == null
                && (words.contains("-V") || words.contains("--version"))
                && !words.contains("-h")
                && !words.contains("--help");
        SUBCOMMANDS.forEach((name, command) -> {
            if (named == null ? !versionOnly : named.equals(name)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                environment.terminal().colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
            command.getOut().flush();
            command.getErr().println("robson: " + Failures.describe(failure));
            command.getErr().flush();
            return Failures.exitCode(failure);
        });
        commandLine.setParameterExceptionHandler((failure, unparsed) -> {
            CommandLine command = failure.getCommandLine();
            String suggestion = "";
            if (failure instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getSuggestions().isEmpty()) {
                suggestion = "; did you mean '" + unmatched.getSuggestions().get(0) + "'?";
            }
            command.getErr()
                    .println("robson: " + failure.getMessage() + suggestion + " (see '"
                            + command.getCommandSpec().qualifiedName() + " --help')");
            command.getErr().flush();
            return ExitCodes.USAGE;
        });
        commandLine
                .getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.meanings());
        return commandLine;
    }

    /** The first word that is neither an option nor the value of {@code --server}, if it names a subcommand. */
    private static String subcommandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--server")) {
                i++;
            } else if (arg.equals("--")) {
                return null;
            } else if (!arg.startsWith("-")) {
                return SUBCOMMANDS.containsKey(arg) ? arg : null;
            }
        }
        return null;
    }
}
