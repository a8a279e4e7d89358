package dev.robson.server.events;

import dev.robson.server.market.MarketDataProperties;
import dev.robson.server.market.PriceDemand;
import dev.robson.server.market.StreamedQuotes;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
class EventsConfig {

    /** Redis pub/sub across replicas when the shared cache is configured; this process alone otherwise. */
    @Bean
    EventBus eventBus(MarketDataProperties marketData, StreamedQuotes quotes) {
        String url = marketData.redisUrl();
        EventBus bus = url == null || url.isBlank() ? new LocalBus() : new RedisBus(url);
        bus.listen(new FollowerQuotes(quotes));
        return bus;
    }

    /** What push clients follow, shared through Redis like the bus, or this process's own. */
    @Bean
    PriceDemand priceDemand(MarketDataProperties marketData, EventsProperties settings, Clock clock) {
        String url = marketData.redisUrl();
        return url == null || url.isBlank()
                ? new LocalPriceDemand(clock, settings.demandGrace(), settings.demandPerTenant())
                : new RedisPriceDemand(url, clock, settings.demandGrace(), settings.demandPerTenant());
    }

    @Bean
    LivePrices livePrices(EventBus bus, EventsProperties settings) {
        return new LivePrices(bus, settings.pricePace());
    }
}
