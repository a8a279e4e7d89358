package dev.robson.server.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuer               the {@code iss} every access token carries and must carry back
 * @param secret               HS256 signing key, at least 32 bytes ({@code ROBSON_JWT_SECRET})
 * @param accessTokenTtl       lifetime of an access token: short, it cannot be revoked
 * @param refreshTokenTtl      lifetime of a refresh token: long, rotated on every use
 * @param passwordHashStrength BCrypt cost factor
 * @param concurrentPasswordChecks password checks that may run at once; 0 means half the cores
 * @param passwordCheckWait    how long a login waits for a turn before it is answered 429
 * @param loginFailuresPerAddress failed logins one address may make, any usernames, before it waits
 */
@ConfigurationProperties("robson.auth")
public record AuthProperties(
        String issuer,
        String secret,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        int passwordHashStrength,
        @DefaultValue("0") int concurrentPasswordChecks,
        @DefaultValue("200ms") Duration passwordCheckWait,
        @DefaultValue("20") int loginFailuresPerAddress) {}
