package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.cli.api.AuthApi;
import dev.robson.cli.api.HttpTransport;
import dev.robson.cli.api.SavedSession;
import dev.robson.cli.api.SessionTokens;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Login, logout, the saved session and its automatic renewal. */
class SessionTest {

    static final String POSITIONS = "/api/portfolio/positions/";

    @TempDir
    Path home;

    Path config;
    FakeRobsonServer server;
    CliRun robson;

    @BeforeEach
    void setUp() {
        config = home.resolve("config/robson");
        server = new FakeRobsonServer();
        robson = new CliRun(config, server.url());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void whenLoggingInFromAScriptThenTheSessionIsSavedOwnerOnly() throws Exception {
        server.onFixture("POST", "/api/auth/token", "token.json");

        var result = robson.stdin("robson-demo\n").execute("login", "--username", "demo", "--password-stdin");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Logged in to " + server.url() + " as demo.\n");
        assertThat(server.firstRequest("POST", "/api/auth/token").body())
                .isEqualTo("{\"username\":\"demo\",\"password\":\"robson-demo\"}");
        Path file = config.resolve("sessions.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config)))
                .isEqualTo("rwx------");
        SavedSession saved = robson.sessions().load(server.url()).orElseThrow();
        assertThat(saved.accessToken()).isEqualTo("access-1");
        assertThat(saved.refreshToken()).isEqualTo("refresh-1");
        assertThat(saved.accessExpiresAt()).isEqualTo(CliRun.NOW.plusSeconds(900));
        assertThat(Files.list(config))
                .allSatisfy(path -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                        .isEqualTo("rw-------"));
    }

    @Test
    void whenTheConfigDirectoryWasLooseThenLoginTightensIt() throws Exception {
        Files.createDirectories(
                config, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        server.onFixture("POST", "/api/auth/token", "token.json");

        robson.stdin("robson-demo\n").execute("login", "-u", "demo", "--password-stdin");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config)))
                .isEqualTo("rwx------");
    }

    @Test
    void whenLoggingInAtATerminalThenUsernameAndPasswordAreAsked() {
        server.onFixture("POST", "/api/auth/token", "token.json");

        var result = robson.typing("robson-demo", "demo").execute("login", "--json");

        assertThat(result.exitCode()).isZero();
        var document = JsonDocuments.single(result.out());
        assertThat(document.get("username").asString()).isEqualTo("demo");
        assertThat(document.get("access_expires_at").asString()).isEqualTo("2026-01-05T12:15:00Z");
        assertThat(result.out()).doesNotContain("access-1").doesNotContain("refresh-1");
    }

    @Test
    void whenThereIsNoTerminalAndNoPasswordStdinThenLoginSaysHowToScriptIt() {
        var result = robson.execute("login", "--username", "demo");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err())
                .isEqualTo("robson: no terminal to ask for the password: pipe it with --password-stdin\n");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void whenThePasswordIsWrongThenExitCodeIsAuth() {
        server.onProblem("POST", "/api/auth/token", 401, "invalid_credentials", "Unknown username or wrong password.");

        var result = robson.stdin("nope\n").execute("login", "-u", "demo", "--password-stdin");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
        assertThat(result.err()).isEqualTo("robson: login failed: Unknown username or wrong password.\n");
        assertThat(robson.sessions().load(server.url())).isEmpty();
    }

    @Test
    void whenNotLoggedInThenCommandsSayToRunLogin() {
        var result = robson.execute("positions");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
        assertThat(result.err()).isEqualTo("robson: not logged in to " + server.url() + "; run 'robson login'\n");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void whenTheServerRefusesTheAccessTokenThenTheRefreshTokenRenewsItAndTheRotatedPairIsSaved() {
        robson.loggedIn(server.url());
        server.onProblem("GET", POSITIONS, 401, "invalid_token", "The access token is invalid.")
                .onFixture("GET", POSITIONS, "positions.json")
                .onFixture("POST", "/api/auth/refresh", "token-rotated.json");

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isZero();
        assertThat(server.authorizations("GET", POSITIONS)).containsExactly("Bearer access-1", "Bearer access-2");
        assertThat(server.firstRequest("POST", "/api/auth/refresh").body())
                .isEqualTo("{\"refresh_token\":\"refresh-1\"}");
        SavedSession saved = robson.sessions().load(server.url()).orElseThrow();
        assertThat(saved.accessToken()).isEqualTo("access-2");
        assertThat(saved.refreshToken()).isEqualTo("refresh-2");
        assertThat(saved.username()).isEqualTo("demo");
    }

    @Test
    void whenTheAccessTokenHasExpiredThenItIsRenewedBeforeTheRequest() {
        robson.loggedIn(server.url(), "access-1", CliRun.NOW.minusSeconds(1), "refresh-1");
        server.onFixture("GET", POSITIONS, "positions.json")
                .onFixture("POST", "/api/auth/refresh", "token-rotated.json");

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isZero();
        assertThat(server.authorizations("GET", POSITIONS)).containsExactly("Bearer access-2");
    }

    @Test
    void whenAnotherProcessAlreadyRenewedThenItsTokensAreUsedAndTheSpentRefreshTokenIsNotResent() {
        robson.loggedIn(server.url());
        server.onProblem("GET", POSITIONS, 401, "invalid_token", "Expired.")
                .onFixture("GET", POSITIONS, "positions.json");
        var environment = robson.environment();
        var store = robson.sessions();
        var tokens = new SessionTokens(
                store, server.url(), new AuthApi(new HttpTransport(URI.create(server.url()))), environment.clock());
        assertThat(tokens.current()).isEqualTo("access-1");
        // Between this run's load and its renewal, "another robson" rotated the pair.
        store.save(
                server.url(),
                new SavedSession(
                        "demo", "access-9", CliRun.NOW.plusSeconds(900), "refresh-9", CliRun.NOW.plusSeconds(86_400)));

        assertThat(tokens.renew("access-1")).isEqualTo("access-9");
        assertThat(server.requests("POST", "/api/auth/refresh")).isEmpty();
    }

    @Test
    void whenTheRefreshTokenIsRefusedThenExitCodeIsAuthAndTheUserIsToldToLogIn() {
        robson.loggedIn(server.url());
        server.onProblem("GET", POSITIONS, 401, "invalid_token", "Expired.")
                .onProblem("POST", "/api/auth/refresh", 401, "refresh_token_reused", "The session was ended.");

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
        assertThat(result.err())
                .isEqualTo("robson: your session has ended (The session was ended.); run 'robson login'\n");
    }

    @Test
    void whenTheRenewedTokenIsRefusedTooThenExitCodeIsAuth() {
        robson.loggedIn(server.url());
        server.onProblem("GET", POSITIONS, 401, "invalid_token", "The access token is invalid.")
                .onFixture("POST", "/api/auth/refresh", "token-rotated.json");

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
        assertThat(result.err()).isEqualTo("robson: not authorized: The access token is invalid; run 'robson login'\n");
        assertThat(server.requests("GET", POSITIONS)).hasSize(2);
    }

    @Test
    void whenTheWholeSessionHasExpiredThenNoRefreshIsTried() {
        robson.sessions()
                .save(
                        server.url(),
                        new SavedSession(
                                "demo",
                                "access-1",
                                CliRun.NOW.minusSeconds(10),
                                "refresh-1",
                                CliRun.NOW.minusSeconds(5)));

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
        assertThat(result.err()).isEqualTo("robson: your session has expired; run 'robson login'\n");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void whenRobsonTokenIsSetThenItIsSentAndNeverRefreshed() {
        robson.loggedIn(server.url());
        server.onProblem("GET", POSITIONS, 401, "invalid_token", "Expired.");

        var result = robson.variable("ROBSON_TOKEN", "from-env").execute("positions");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
        assertThat(result.err()).contains("ROBSON_TOKEN");
        assertThat(server.authorizations("GET", POSITIONS)).containsExactly("Bearer from-env");
        assertThat(server.requests("POST", "/api/auth/refresh")).isEmpty();
    }

    @Test
    void whenASessionIsSavedForOneServerThenItIsNeverSentToAnother() throws Exception {
        robson.loggedIn("https://robson.example", "secret-access", CliRun.NOW.plusSeconds(600), "secret-refresh");

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void whenTheServerOptionHasATrailingSlashThenItIsTheSameServer() {
        robson.loggedIn(server.url());
        server.onFixture("GET", POSITIONS, "positions.json");

        var result = new CliRun(config, null).execute("positions", "--server", server.url() + "/");

        assertThat(result.exitCode()).isZero();
    }

    @Test
    void whenLoggingOutThenTheServerRevokesAndTheTokensAreDeleted() {
        robson.loggedIn(server.url());
        server.on("POST", "/api/auth/logout", 204, "");

        var result = robson.execute("logout");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Logged out of " + server.url() + ".\n");
        assertThat(server.firstRequest("POST", "/api/auth/logout").body())
                .isEqualTo("{\"refresh_token\":\"refresh-1\"}");
        assertThat(robson.sessions().load(server.url())).isEmpty();
    }

    @Test
    void whenLoggingOutWithoutASessionThenNothingIsSent() {
        var result = robson.execute("logout", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(JsonDocuments.single(result.out()).get("was_logged_in").asBoolean())
                .isFalse();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void whenTheServerIsDownAtLogoutThenTheLocalSessionIsStillGoneAndTheUserIsWarned() throws Exception {
        String closed = WatchTest.closedPortUrl();
        var offline = new CliRun(config, closed).loggedIn(closed);

        var result = offline.execute("logout");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(result.err()).startsWith("robson: logged out locally, but the server did not revoke the session");
        assertThat(offline.sessions().load(closed)).isEmpty();
    }

    @Test
    void whenTheSessionFileIsDamagedThenItCountsAsLoggedOut() throws Exception {
        Files.createDirectories(config);
        Files.writeString(config.resolve("sessions.json"), "{not json");

        var result = robson.execute("positions");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.AUTH);
        assertThat(result.err()).contains("not logged in");
    }

    @Test
    void whenRobsonTokenIsSetAtLoginThenTheUserIsToldItWins() {
        server.onFixture("POST", "/api/auth/token", "token.json");

        var result =
                robson.variable("ROBSON_TOKEN", "x").stdin("pw\n").execute("login", "-u", "demo", "--password-stdin");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("ROBSON_TOKEN is set");
    }

    @Test
    void whenTheServerIsNotAUrlThenItIsAUsageError() {
        var result = new CliRun(config, null).execute("positions", "--server", "ftp://example.com");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("is not an http:// or https:// URL");
    }

    @Test
    void whenSessionsAreSavedForTwoServersThenRemovingOneKeepsTheOther() {
        robson.loggedIn("http://a:1", "a", Instant.EPOCH, "ra").loggedIn("http://b:2", "b", Instant.EPOCH, "rb");

        assertThat(robson.sessions().remove("http://a:1")).isTrue();
        assertThat(robson.sessions().remove("http://a:1")).isFalse();
        assertThat(robson.sessions().load("http://b:2"))
                .map(SavedSession::accessToken)
                .hasValue("b");
    }
}
