package dev.robson.server.transport;

import dev.robson.server.config.RobsonProperties;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransportConfig {

    @Bean
    TrustedProxies trustedProxies(RobsonProperties robson) {
        return new TrustedProxies(robson.trustedProxies());
    }

    /**
     * Slow clients are cut off: Tomcat's timeouts apply to every read, so a client that drips
     * a byte less often than that loses its connection, and one address can hold only so many.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> transportLimits(
            TransportProperties limits, TrustedProxies proxies) {
        return factory -> {
            factory.setProtocol(BoundedNioProtocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof BoundedNioProtocol bounded) {
                    bounded.limitPerAddress(limits.connectionsPerAddress(), proxies);
                }
                if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                    http.setConnectionTimeout((int) limits.headerTimeout().toMillis());
                    http.setDisableUploadTimeout(false);
                    http.setConnectionUploadTimeout((int) limits.bodyTimeout().toMillis());
                }
            });
        };
    }

    @Bean
    ClientAddressFilter clientAddressFilter(TrustedProxies proxies) {
        return new ClientAddressFilter(proxies);
    }
}
