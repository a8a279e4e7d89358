package dev.robson.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies("10.1.0.0/16, 192.0.2.10");

    @Test
    void whenThePeerIsNotTrustedThenItsForwardedHeaderIsIgnored() {
        assertThat(proxies.clientBehind("10.2.0.5", List.of("203.0.113.9"))).isEqualTo("10.2.0.5");
    }

    @Test
    void whenBehindTrustedProxiesThenTheRightmostUntrustedHopIsTheClient() {
        // Client-written "6.6.6.6" sits left of what our ingress appended.
        assertThat(proxies.clientBehind("10.1.3.4", List.of("6.6.6.6, 203.0.113.9, 192.0.2.10")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void whenTheHeaderIsGarbageThenThePeerStands() {
        assertThat(proxies.clientBehind("10.1.3.4", List.of("<script>"))).isEqualTo("10.1.3.4");
        assertThat(proxies.clientBehind("10.1.3.4", List.of())).isEqualTo("10.1.3.4");
    }

    @Test
    void whenNothingIsConfiguredThenNothingIsTrusted() {
        assertThat(new TrustedProxies("").trusts("127.0.0.1")).isFalse();
    }
}
