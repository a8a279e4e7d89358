package dev.robson.cli;

import dev.robson.cli.api.AccessTokens;
import dev.robson.cli.api.AuthApi;
import dev.robson.cli.api.HttpTransport;
import dev.robson.cli.api.PlanningApi;
import dev.robson.cli.api.RobsonApi;
import dev.robson.cli.api.SessionStore;
import dev.robson.cli.api.SessionTokens;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code robson}: the root command, holding what every subcommand shares (server, session).
 * Its subcommands are added by {@link RobsonCli#commandLine}, only those a run needs.
 */
@Command(
        name = "robson",
        mixinStandardHelpOptions = true,
        versionProvider = RobsonCommand.Version.class,
        description = "Robson from the terminal: open positions, prices, account, operations, and entry plans.",
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  ROBSON_SERVER    server URL when --server is not given",
            "  ROBSON_TOKEN     access token to use instead of the saved session",
            "  NO_COLOR         no colours when set",
            "  XDG_CONFIG_HOME  sessions are kept in $XDG_CONFIG_HOME/robson",
            "                   (default ~/.config/robson)"
        })
final class RobsonCommand implements Callable<Integer> {

    private final CliEnvironment environment;
    private HttpTransport transport;
    private Amounts amounts;

    @Option(
            names = "--server",
            scope = ScopeType.INHERIT,
            paramLabel = "URL",
            description = {"Robson server.", "Default: $ROBSON_SERVER, else " + CliEnvironment.DEFAULT_SERVER + "."})
    String serverOption;

    @Spec
    CommandSpec spec;

    RobsonCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    static RobsonCommand of(CommandSpec spec) {
        return (RobsonCommand) spec.root().userObject();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    CliEnvironment environment() {
        return environment;
    }

    /** The server URL without a trailing slash: also the key of its saved session. */
    String server() {
        String typed = serverOption;
        if (typed == null || typed.isBlank()) {
            typed = environment.variables().get("ROBSON_SERVER");
        }
        if (typed == null || typed.isBlank()) {
            typed = CliEnvironment.DEFAULT_SERVER;
        }
        URI uri;
        try {
            uri = new URI(typed.strip());
        } catch (URISyntaxException malformed) {
            throw CliFailure.usage("the server '" + typed + "' is not a URL such as " + CliEnvironment.DEFAULT_SERVER);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getQuery() != null) {
            throw CliFailure.usage("the server '" + typed + "' is not an http:// or https:// URL such as "
                    + CliEnvironment.DEFAULT_SERVER);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + path;
    }

    SessionStore sessions() {
        return new SessionStore(environment.configDirectory());
    }

    AuthApi auth() {
        return new AuthApi(transport());
    }

    /** The API with ROBSON_TOKEN when set, else the saved session of this server (renewed as needed). */
    RobsonApi api() {
        String token = environment.variables().get("ROBSON_TOKEN");
        AccessTokens tokens = token != null && !token.isBlank()
                ? AccessTokens.fixed(token.strip())
                : new SessionTokens(sessions(), server(), auth(), environment.clock());
        return new RobsonApi(transport(), tokens);
    }

    /** Entry planning, strategies and the risk budget, on {@link #api()}. */
    PlanningApi planning() {
        return new PlanningApi(api());
    }

    /** How amounts read on this server: asked once per run, when a command first prints one. */
    Amounts amounts() {
        if (amounts == null) {
            amounts = new Amounts(api().usdQuoteAssets());
        }
        return amounts;
    }

    /** Ends the HTTP client, if this run made one; see {@link HttpTransport#close()}. */
    void closeConnections() {
        if (transport != null) {
            transport.close();
            transport = null;
        }
    }

    private HttpTransport transport() {
        if (transport == null) {
            transport = new HttpTransport(URI.create(server()));
        }
        return transport;
    }

    /** {@code robson 0.1.0} from the jar's manifest, and the Java it runs on. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RobsonCommand.class.getPackage().getImplementationVersion();
            return new String[] {
                "robson " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
