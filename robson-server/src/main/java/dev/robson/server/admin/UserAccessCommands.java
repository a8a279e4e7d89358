package dev.robson.server.admin;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admin disable-user} and {@code admin enable-user}: an operator's switch on one user. */
final class UserAccessCommands {

    private UserAccessCommands() {}

    /** The user's tenant and name, and the command's own output. */
    abstract static class OneUser implements Callable<Integer> {

        @Option(
                names = {"--tenant", "--client"},
                required = true,
                description = "The tenant the user belongs to.")
        String tenant;

        @Option(names = "--username", required = true, description = "The user's login name.")
        String username;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
    }

    @Command(
            name = "disable-user",
            mixinStandardHelpOptions = true,
            description = "Disable a user: revoke their sessions and refuse their logins and access tokens.")
    static final class DisableUser extends OneUser {

        @Override
        public Integer call() {
            return AdminCommand.administer(spec.commandLine(), admin -> admin.disableUser(tenant, username));
        }
    }

    @Command(name = "enable-user", mixinStandardHelpOptions = true, description = "Let a disabled user log in again.")
    static final class EnableUser extends OneUser {

        @Override
        public Integer call() {
            return AdminCommand.administer(spec.commandLine(), admin -> admin.enableUser(tenant, username));
        }
    }
}
