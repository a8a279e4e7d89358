package dev.robson.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.problem.ApiProblem;
import org.junit.jupiter.api.Test;

/** The outgoing-request rules for tenants' URLs (SSRF): schemes, credentials, inward addresses. */
class SafeUrlsTest {

    private final SafeUrls production = new SafeUrls(false);

    @Test
    void whenAUrlIsNotHttpThenItIsRefused() {
        for (String url :
                new String[] {"file:///etc/passwd", "ftp://example.com/", "gopher://example.com/", "jar:x", ""}) {
            assertThatThrownBy(() -> production.checked(url, "url"))
                    .as(url)
                    .isInstanceOfSatisfying(
                            ApiProblem.class,
                            problem -> assertThat(problem.code()).isEqualTo("invalid_url"));
        }
    }

    @Test
    void whenAUrlPointsInwardThenProductionRefusesIt() {
        for (String url : new String[] {
            "http://127.0.0.1:8080/",
            "http://localhost/",
            "http://10.0.0.5/",
            "http://192.168.1.1/",
            "http://172.16.0.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/",
            "http://[fd00::1]/",
            "http://0.0.0.0/"
        }) {
            assertThatThrownBy(() -> production.checked(url, "url"))
                    .as(url)
                    .isInstanceOf(ApiProblem.class)
                    .hasMessageContaining("private or local network address");
        }
    }

    @Test
    void whenAUrlHasCredentialsOrIsTooLongThenItIsRefused() {
        assertThatThrownBy(() -> production.checked("https://user:pw@93.184.215.14/", "url"))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> production.checked("https://93.184.215.14/" + "a".repeat(2000), "url"))
                .isInstanceOf(ApiProblem.class);
    }

    @Test
    void whenAUrlIsAPublicAddressThenItPasses() {
        assertThat(production.checked("https://93.184.215.14/hooks", "url").getHost())
                .isEqualTo("93.184.215.14");
        assertThat(new SafeUrls(true).checked("http://127.0.0.1:9/", "url").getPort())
                .isEqualTo(9);
    }
}
