package dev.robson.server.push;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A redis-server of the test's own that can be stopped and started again on the same port. */
final class RestartableRedis implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    private RestartableRedis(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    static RestartableRedis start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RestartableRedis redis = new RestartableRedis(port, Files.createTempDirectory("robson-push-redis"));
        redis.restart();
        return redis;
    }

    String url() {
        return "redis://127.0.0.1:" + port + "/0";
    }

    void restart() throws IOException, InterruptedException {
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
        for (int i = 0; i < 200; i++) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
        throw new IOException("redis-server did not start on port " + port);
    }

    void stop() throws InterruptedException {
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
