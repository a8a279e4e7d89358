package dev.robson.server.transport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TransportConfig {

    @Bean
    TrustedProxies trustedProxies(@Value("${robson.trusted-proxies:}") String proxies) {
        return new TrustedProxies(proxies);
    }

    @Bean
    ClientAddressFilter clientAddressFilter(TrustedProxies proxies) {
        return new ClientAddressFilter(proxies);
    }
}
