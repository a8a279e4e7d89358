package dev.robson.server.support;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The server's clock, moved by the test instead of slept past: import this and inject
 * {@link MutableClock}. Time stands still between moves, so a cache or a ban expires exactly
 * when the test says and never because the machine was slow.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfig {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.now());
    }
}
