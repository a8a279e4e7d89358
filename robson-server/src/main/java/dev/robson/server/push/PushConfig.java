package dev.robson.server.push;

import dev.robson.server.auth.AccessTokens;
import dev.robson.server.auth.CorsProperties;
import dev.robson.server.market.MarketDataProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain WebSocket, no STOMP: the protocol is a handful of JSON messages that a browser, the CLI
 * (java.net.http) or a script speaks without a messaging library, and that a test drives
 * frame by frame.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(PushProperties.class)
class PushConfig implements WebSocketConfigurer {

    static final String PATH = "/api/stream";

    private final PushEndpoint endpoint;
    private final OriginCheck origins;

    PushConfig(PushEndpoint endpoint, CorsProperties crossOrigin) {
        this.endpoint = endpoint;
        this.origins = new OriginCheck(crossOrigin.allowedOrigins());
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Origins are checked by OriginCheck (own origin + ROBSON_CORS_ORIGINS, none for non-browsers).
        registry.addHandler(endpoint, PATH).addInterceptors(origins).setAllowedOriginPatterns("*");
    }

    @Configuration(proxyBeanMethods = false)
    static class PushPartsConfig {

        @Bean
        Frames pushFrames(JsonMapper json) {
            return new Frames(json);
        }

        /** The stream accepts exactly the tokens the API accepts. */
        @Bean
        TokenCheck pushTokenCheck(AccessTokens tokens) {
            return new TokenCheck(tokens);
        }

        /** Counted across the cluster on Redis when {@code REDIS_URL} is set, on this replica otherwise. */
        @Bean
        UserConnections pushUserConnections(MarketDataProperties marketData, PushProperties settings, Clock clock) {
            String url = marketData.redisUrl();
            if (url == null || url.isBlank()) {
                return new UserConnections(settings.connectionsPerUser());
            }
            // Renewed every heartbeat; a place not renewed for a silence plus a heartbeat is free again.
            return new RedisUserConnections(
                    url,
                    settings.connectionsPerUser(),
                    clock,
                    settings.silentFor().plus(settings.heartbeat()));
        }
    }
}
