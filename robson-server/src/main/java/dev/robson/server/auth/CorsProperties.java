package dev.robson.server.auth;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param allowedOrigins origins allowed to call {@code /api/} from a browser ({@code ROBSON_CORS_ORIGINS}); none: CORS closed */
@ConfigurationProperties("robson.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins;
    }
}
