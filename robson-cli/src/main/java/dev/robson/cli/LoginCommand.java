package dev.robson.cli;

import dev.robson.cli.api.ApiFailure;
import dev.robson.cli.api.Json;
import dev.robson.cli.api.SavedSession;
import dev.robson.cli.api.TokenGrant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code robson login}: asks for the username and (without echo) the password, or takes them
 * from {@code --username} and {@code --password-stdin}; never from an argument, where the
 * password would land in the shell history and the process list.
 */
@Command(
        name = "login",
        mixinStandardHelpOptions = true,
        description = "Log in to the server and save the session (owner-only file).")
final class LoginCommand extends ServerCommand {

    @Option(
            names = {"-u", "--username"},
            paramLabel = "NAME",
            description = "Username (asked when omitted).")
    String username;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordFromStdin;

    @Override
    public Integer call() {
        RobsonCommand root = root();
        CliEnvironment environment = root.environment();
        String server = root.server();
        String name = username != null ? username.strip() : askUsername(environment.prompter());
        String password = passwordFromStdin ? firstLine(environment) : askPassword(environment.prompter());
        if (name.isEmpty() || password.isEmpty()) {
            throw CliFailure.usage("the username and the password must not be empty");
        }
        if (server.startsWith("http://") && !loopback(server)) {
            err().println("robson: warning: " + server
                    + " is plain HTTP: the password and tokens cross the network unencrypted");
        }
        Instant receivedAt = environment.clock().instant();
        TokenGrant grant;
        try {
            grant = root.auth().login(name, password).value();
        } catch (ApiFailure failure) {
            if (failure.kind() == ApiFailure.Kind.UNAUTHORIZED) {
                throw new CliFailure(ExitCodes.AUTH, "login failed: " + failure.detail());
            }
            throw failure;
        }
        SavedSession session = SavedSession.of(name, grant, receivedAt);
        root.sessions().save(server, session);
        PrintWriter out = out();
        if (json.requested) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("server", server);
            answer.put("username", name);
            answer.put("access_expires_at", session.accessExpiresAt().toString());
            answer.put("session_expires_at", session.refreshExpiresAt().toString());
            out.println(Json.write(answer));
        } else {
            out.println("Logged in to " + server + " as " + name + ".");
        }
        String token = environment.variables().get("ROBSON_TOKEN");
        if (token != null && !token.isBlank()) {
            err().println("robson: note: ROBSON_TOKEN is set and is used instead of this session");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean loopback(String server) {
        String host = URI.create(server).getHost();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    private static String askUsername(Prompter prompter) {
        if (!prompter.available()) {
            throw CliFailure.usage("no terminal to ask for the username: pass --username");
        }
        String typed = prompter.readLine("Username: ");
        return typed == null ? "" : typed.strip();
    }

    private static String askPassword(Prompter prompter) {
        if (!prompter.available()) {
            throw CliFailure.usage("no terminal to ask for the password: pipe it with --password-stdin");
        }
        char[] typed = prompter.readPassword("Password: ");
        return typed == null ? "" : new String(typed);
    }

    private static String firstLine(CliEnvironment environment) {
        try {
            String line =
                    new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException unreadable) {
            throw CliFailure.usage("cannot read the password from standard input: " + unreadable.getMessage());
        }
    }
}
