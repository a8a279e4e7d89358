package dev.robson.server.planning;

import dev.robson.server.market.MarketDataProperties;
import dev.robson.server.market.TenantRateLimiter;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

@Configuration(proxyBeanMethods = false)
class PlanningConfig {

    /** The sweep runs where the stop monitor's schedule runs (tests drive both by hand). */
    @Bean
    @ConditionalOnProperty(name = "robson.monitor.enabled", havingValue = "true", matchIfMissing = true)
    SchedulingConfigurer planSweepSchedule(PlanSweep sweep, PlanningProperties planning) {
        return registrar -> registrar.addFixedDelayTask(sweep::sweep, planning.sweep());
    }

    @Bean
    PlanningRateLimits planningRateLimits(MarketDataProperties limits, Clock clock) {
        return new PlanningRateLimits(
                TenantRateLimiter.perMinute(clock, limits.levelsPerMinute(), limits.levelsBurst(), "support analyses"),
                TenantRateLimiter.perMinute(clock, limits.planPerMinute(), limits.planBurst(), "entry plans"));
    }
}
