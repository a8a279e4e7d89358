package dev.robson.server.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The shared Redis the suite uses is ROBSON_TEST_REDIS_URL (default redis://127.0.0.1:6379/15).
 * Tests that stop Redis mid-test start a private redis-server of their own on a free port.
 */
public final class RedisServers {

    public static final String SHARED_URL =
            System.getenv().getOrDefault("ROBSON_TEST_REDIS_URL", "redis://127.0.0.1:6379/15");

    private RedisServers() {}

    /**
     * A redis-server process of the test's own, stopped by {@link #close()}; {@link #stop()} and
     * {@link #restart()} take it down and bring it back on the same port, as an outage looks to its clients.
     */
    public static final class Private implements AutoCloseable {
        private final int port;
        private final Path dir;
        private Process process;

        private Private(int port, Path dir) {
            this.port = port;
            this.dir = dir;
        }

        public static Private start() throws IOException, InterruptedException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Private redis = new Private(port, Files.createTempDirectory("robson-redis"));
            redis.restart();
            return redis;
        }

        /** Starts the server (again) on its port and returns once it accepts connections. */
        public void restart() throws IOException {
            process = new ProcessBuilder(
                            "redis-server",
                            "--port",
                            Integer.toString(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no",
                            "--dir",
                            dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve("redis.log").toFile()))
                    .start();
            try {
                await("redis-server on port " + port)
                        .atMost(Duration.ofSeconds(10))
                        .pollDelay(Duration.ZERO)
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> accepts(port));
            } catch (ConditionTimeoutException notStarted) {
                process.destroyForcibly();
                throw new IOException("redis-server did not start on port " + port);
            }
        }

        private static boolean accepts(int port) {
            try (var probe = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        }

        public String url() {
            return "redis://127.0.0.1:" + port + "/0";
        }

        /** Stops the server; {@link #restart()} brings it back on the same port. */
        public void stop() throws InterruptedException {
            if (process != null) {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
                process = null;
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
