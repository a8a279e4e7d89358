package dev.robson.server.admin;

import dev.robson.server.credentials.ExchangeCredentials;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar robson-server.jar admin ...}: manages tenants and users against the
 * database the server uses (same {@code DATABASE_URL}), without starting the web server.
 */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Manage tenants, users and exchange keys in Robson's database.",
        subcommands = {
            AdminCommand.CreateTenant.class,
            AdminCommand.CreateUser.class,
            AdminCommand.SetApiKey.class,
            UserAccessCommands.DisableUser.class,
            UserAccessCommands.EnableUser.class
        })
public class AdminCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return new CommandLine(new AdminCommand()).execute(rest);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLine.ExitCode.USAGE;
    }

    static ConfigurableApplicationContext openDatabase() {
        return new SpringApplicationBuilder(AdminContext.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run();
    }

    /** Also answers to its first name, {@code create-client}, so existing scripts keep working. */
    @Command(
            name = "create-tenant",
            aliases = "create-client",
            mixinStandardHelpOptions = true,
            description = "Create a tenant.")
    static class CreateTenant implements Callable<Integer> {

        @Parameters(index = "0", description = "Tenant name: 2 to 64 letters, digits, '-' or '_'.")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return administer(spec.commandLine(), admin -> admin.createTenant(name));
        }
    }

    @Command(
            name = "create-user",
            mixinStandardHelpOptions = true,
            description = "Create a user of a tenant; the password is read from standard input.")
    static class CreateUser implements Callable<Integer> {

        @Option(
                names = {"--tenant", "--client"},
                required = true,
                description = "The tenant the user belongs to.")
        String tenant;

        @Option(
                names = "--username",
                required = true,
                description = "Login name: 2 to 64 letters, digits, '.', '-' or '_'.")
        String username;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String password = PasswordInput.read(spec.commandLine().getOut());
            return administer(spec.commandLine(), admin -> admin.createUser(tenant, username, password));
        }
    }

    @Command(
            name = "set-api-key",
            mixinStandardHelpOptions = true,
            description = "Store a tenant's Binance API key, encrypted with ROBSON_MASTER_KEY; the secret"
                    + " (HMAC secret, or Ed25519 private key in PEM) is read from standard input.")
    static class SetApiKey implements Callable<Integer> {

        @Option(
                names = {"--tenant", "--client"},
                required = true,
                description = "The tenant whose exchange account it is.")
        String tenant;

        @Option(names = "--api-key", required = true, description = "The API key (not secret by itself).")
        String apiKey;

        @Option(names = "--type", defaultValue = "HMAC", description = "HMAC or ED25519 (default: ${DEFAULT-VALUE}).")
        ExchangeCredentials.KeyType type;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String secret = PasswordInput.readAll();
            return administer(spec.commandLine(), admin -> admin.setApiKey(tenant, type, apiKey, secret));
        }
    }

    /** One step against the database, its outcome reported: the database is open only while the step runs. */
    static int administer(CommandLine commandLine, Function<TenantAdministration, TenantAdministration.Outcome> step) {
        try (var context = openDatabase()) {
            return report(commandLine, step.apply(context.getBean(TenantAdministration.class)));
        }
    }

    static int report(CommandLine commandLine, TenantAdministration.Outcome outcome) {
        PrintWriter writer = outcome.succeeded() ? commandLine.getOut() : commandLine.getErr();
        writer.println(outcome.message());
        writer.flush();
        return outcome.succeeded() ? 0 : 1;
    }
}
