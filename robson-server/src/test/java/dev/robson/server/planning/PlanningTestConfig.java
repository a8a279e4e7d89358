package dev.robson.server.planning;

import dev.robson.server.support.MutableClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The server's one clock, movable: plans expire and months roll over without waiting. */
@TestConfiguration(proxyBeanMethods = false)
public class PlanningTestConfig {

    @Bean
    @Primary
    MutableClock planningClock() {
        return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
