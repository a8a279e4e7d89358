package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command test's world: a stand-in server replaying the API's recorded answers, and a CLI
 * with its own config folder, already logged in to that server with a token valid ten minutes.
 */
abstract class LoggedInCliTest {

    @TempDir
    Path config;

    FakeRobsonServer server;
    CliRun robson;

    @BeforeEach
    void startServerAndLogIn() {
        server = new FakeRobsonServer();
        robson = new CliRun(config, server.url()).loggedIn(server.url());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /**
     * A command line the CLI refuses by itself: a usage error whose one line on stderr gives
     * {@code why}, nothing on stdout, and not one request to the server.
     */
    void assertRefusedBeforeAnyRequest(CliRun.Result result, String why) {
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("robson: " + why + "\n");
        assertThat(result.out()).isEmpty();
        assertThat(server.requests()).isEmpty();
    }
}
