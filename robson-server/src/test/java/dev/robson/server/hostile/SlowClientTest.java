package dev.robson.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A client that starts a request and then goes quiet is cut off, and one address cannot
 * hold more than its share of connections. Header reads time out after 3 s here (production:
 * 10 s), and an address may hold 4 connections (production: 64).
 */
@ApiTest
@TestPropertySource(properties = {"robson.transport.header-timeout=3s", "robson.transport.connections-per-address=4"})
class SlowClientTest extends ApiFixture {

    /** Far past the header timeout: reaching it would mean the server never hung up. */
    private static final int CLIENT_PATIENCE_MS = 60_000;

    @Test
    void whenAClientStopsSendingHeadersThenTheServerHangsUp() throws IOException {
        try (Socket slow = connect()) {
            slow.getOutputStream()
                    .write("GET /actuator/health HTTP/1.1\r\nHost: robson\r\nX-Drip: a"
                            .getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();

            // Blocks until the server closes the connection (or the patience runs out: a failure).
            byte[] answer = slow.getInputStream().readAllBytes();

            String text = new String(answer, StandardCharsets.US_ASCII);
            assertThat(text).doesNotContain("\"UP\"");
        }
    }

    @Test
    void whenOneAddressHoldsItsShareOfConnectionsThenTheNextIsRefusedAndOthersStillServe() throws IOException {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket socket = connect();
                socket.getOutputStream().write("GET /actuator/health HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                held.add(socket);
            }
            try (Socket fifth = connect()) {
                InputStream in = fifth.getInputStream();
                // Closed at once, before any request could be read: end of stream, no answer.
                assertThat(in.read()).isEqualTo(-1);
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        // The server frees the held places as it notices each close, which may come a moment after
        // ours: until then a new connection is still refused, so the check waits for the release.
        await("the address's places freed once its connections closed")
                .atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .untilAsserted(() ->
                        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200));
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(CLIENT_PATIENCE_MS);
        return socket;
    }
}
