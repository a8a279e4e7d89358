package dev.robson.server.monitor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
class MonitorConfig {

    /** Ticks and sweeps run only where the monitor is enabled (tests drive it by hand). */
    @Bean
    @ConditionalOnProperty(name = "robson.monitor.enabled", havingValue = "true", matchIfMissing = true)
    SchedulingConfigurer monitorSchedule(StopMonitor monitor, MonitorProperties properties) {
        return (ScheduledTaskRegistrar registrar) -> {
            registrar.addFixedDelayTask(monitor::tick, properties.tick());
            registrar.addFixedDelayTask(monitor::sweep, properties.sweep());
        };
    }
}
