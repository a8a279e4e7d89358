package dev.robson.cli;

import dev.robson.cli.api.ApiFailure;
import dev.robson.cli.api.SavedSession;
import dev.robson.cli.api.SessionStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code robson logout}: forgets the saved session first (that part cannot fail), then asks
 * the server to revoke it. If the server cannot be told, the user hears so: the refresh
 * token stays valid there until it expires.
 */
@Command(
        name = "logout",
        mixinStandardHelpOptions = true,
        description = "Revoke the session on the server and delete the saved tokens.")
final class LogoutCommand extends ServerCommand {

    @Override
    public Integer call() {
        RobsonCommand root = root();
        String server = root.server();
        SessionStore sessions = root.sessions();
        Optional<SavedSession> saved = sessions.load(server);
        boolean revoked = false;
        if (saved.isPresent()) {
            sessions.remove(server);
            try {
                root.auth().logout(saved.get().refreshToken());
                revoked = true;
            } catch (ApiFailure failure) {
                // 401: the server had already ended the session; nothing is left to revoke.
                if (failure.kind() != ApiFailure.Kind.UNAUTHORIZED) {
                    throw new CliFailure(
                            ExitCodes.of(failure.kind()),
                            "logged out locally, but the server did not " + "revoke the session: "
                                    + Failures.describe(failure));
                }
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("server", server);
        answer.put("was_logged_in", saved.isPresent());
        answer.put("revoked", revoked);
        printDocument(
                answer,
                () -> List.of(
                        saved.isPresent() ? "Logged out of " + server + "." : "Not logged in to " + server + "."));
        return ExitCodes.OK;
    }
}
