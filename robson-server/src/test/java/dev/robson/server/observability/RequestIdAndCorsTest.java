package dev.robson.server.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every answer carries a request id; no other origin is let in unless configured. */
@ApiTest
class RequestIdAndCorsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void whenTheCallerSendsASaneRequestIdThenItIsEchoedAndAnInsaneOneIsReplaced() throws Exception {
        var sane = send(HttpRequest.newBuilder(uri("/api/portfolio/positions/"))
                .header("X-Request-Id", "abc-123")
                .GET());
        var injected = send(HttpRequest.newBuilder(uri("/api/portfolio/positions/"))
                .header("X-Request-Id", "x\" OR 1=1 {evil}")
                .GET());
        var none = send(HttpRequest.newBuilder(uri("/api/portfolio/positions/")).GET());

        assertThat(sane.headers().firstValue("X-Request-Id")).hasValue("abc-123");
        assertThat(injected.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).doesNotContain("evil").matches("[0-9a-f-]{36}"));
        assertThat(none.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void whenAnotherOriginAsksThenNoCorsHeadersAreGiven() throws Exception {
        var preflight = send(HttpRequest.newBuilder(uri("/api/portfolio/positions/"))
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        var simple = send(HttpRequest.newBuilder(uri("/api/auth/token"))
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(simple.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(simple.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
