package dev.robson.server.alerts;

import dev.robson.server.config.RobsonProperties;
import dev.robson.server.credentials.MasterKey;
import dev.robson.server.credentials.SecretBox;
import dev.robson.server.symbols.SymbolCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertsProperties.class)
class AlertsConfig {

    @Bean
    AlertTargets alertTargets(JdbcClient jdbc, RobsonProperties robson) {
        return new AlertTargets(
                jdbc,
                MasterKey.resolve(robson.masterKey(), robson.demo(), !robson.paperTrading(), robson.dataDir())
                        .map(SecretBox::new));
    }

    @Bean
    AlertDeliveries alertDeliveries(JdbcClient jdbc) {
        return new AlertDeliveries(jdbc);
    }

    @Bean
    SafeUrls alertUrls(AlertsProperties settings) {
        return new SafeUrls(settings.allowPrivateNetworks());
    }

    @Bean
    AlertDispatcher alertDispatcher(
            AlertDeliveries deliveries,
            AlertTargets targets,
            SafeUrls urls,
            AlertsProperties settings,
            JsonMapper json,
            Clock clock,
            MeterRegistry meters) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        AlertSender sender = new AlertSender(http, new AlertRequests(json, settings.requestTimeout()), urls);
        return new AlertDispatcher(deliveries, targets, sender, settings, clock, meters);
    }

    @Bean
    AlertFanOut alertFanOut(
            AlertTargets targets,
            AlertDeliveries deliveries,
            SymbolCatalog symbols,
            JsonMapper json,
            Clock clock,
            AlertsProperties settings,
            AlertDispatcher dispatcher) {
        AlertFanOut fanOut = new AlertFanOut(targets, deliveries, symbols, json, clock, settings.claimLease());
        fanOut.onCommit(dispatcher::handOver);
        return fanOut;
    }
}
