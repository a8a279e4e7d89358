package dev.robson.server.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param issuer               the {@code iss} every access token carries and must carry back
 * @param secret               HS256 signing key, at least 32 bytes ({@code ROBSON_JWT_SECRET})
 * @param accessTokenTtl       lifetime of an access token: short, it cannot be revoked
 * @param refreshTokenTtl      lifetime of a refresh token: long, rotated on every use
 * @param passwordHashStrength BCrypt cost factor
 */
@ConfigurationProperties("robson.auth")
public record AuthProperties(
        String issuer, String secret, Duration accessTokenTtl, Duration refreshTokenTtl, int passwordHashStrength) {}
