package dev.robson.server.planning;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

@Configuration(proxyBeanMethods = false)
class PlanningConfig {

    /** The sweep runs where the stop monitor's schedule runs (tests drive both by hand). */
    @Bean
    @ConditionalOnProperty(name = "robson.monitor.enabled", havingValue = "true", matchIfMissing = true)
    SchedulingConfigurer planSweepSchedule(PlanSweep sweep, @Value("${robson.planning.sweep:5s}") Duration every) {
        return registrar -> registrar.addFixedDelayTask(sweep::sweep, every);
    }
}
