package dev.robson.server.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestMarketConfig {

    @Bean
    @Primary
    FixedQuotes fixedQuotes() {
        return new FixedQuotes();
    }
}
