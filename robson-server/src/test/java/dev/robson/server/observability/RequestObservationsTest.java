package dev.robson.server.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Each request is timed once, as {@code http.server.requests}; Spring Security's own
 * observations (a span per filter, per authentication, per authorization) are off, because on
 * every request they cost more than the answer they wrap.
 */
@ApiTest
class RequestObservationsTest extends ApiFixture {

    @Test
    void anAuthenticatedRequestIsTimedOnceAndSecurityAddsNoObservationsOfItsOwn() {
        signIn("observed");
        quotes.set("BTCUSDC", "89245.00", "89246.00", "89245.50");
        assertThat(api.get("/api/market/price/BTCUSDC/", token).status()).isEqualTo(200);

        String metrics = api.get("/actuator/prometheus", null).body();

        assertThat(metrics)
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/market/price/{symbol}/\"");
        assertThat(metrics)
                .doesNotContain("spring_security_filterchains")
                .doesNotContain("spring_security_authentications")
                .doesNotContain("spring_security_authorizations");
    }
}
