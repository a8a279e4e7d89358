package dev.robson.server.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/** Tokens made outside the server: valid ones, and the forgeries it must refuse. */
public final class TestTokens {

    /** The signing key the test server runs with (random-looking, 48 bytes). */
    public static final String SECRET = "q7Vx2LmN9pR4tY8wZ1bC6dF3gH5jK0sA-uE_iO7yT2rW4xQ9";

    private TestTokens() {}

    public static String signed(
            String secret, String issuer, String subject, Object tenantId, Instant issuedAt, Instant expiresAt) {
        return signed(secret, issuer, subject, "tenant_id", tenantId, issuedAt, expiresAt);
    }

    /** A token as the server minted them before its tenant claim was renamed: {@code client_id}. */
    public static String withTheFormerTenantClaim(long tenantId, String subject) {
        Instant now = Instant.now();
        return signed(SECRET, "robson", subject, "client_id", tenantId, now, now.plusSeconds(600));
    }

    private static String signed(
            String secret,
            String issuer,
            String subject,
            String tenantClaim,
            Object tenantId,
            Instant issuedAt,
            Instant expiresAt) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString());
            if (tenantId != null) {
                claims.claim(tenantClaim, tenantId);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String valid(long tenantId, String subject) {
        Instant now = Instant.now();
        return signed(SECRET, "robson", subject, tenantId, now, now.plusSeconds(600));
    }

    /** An unsigned token ({@code alg: none}) claiming to be the given tenant. */
    public static String unsigned(long tenantId) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"robson\",\"sub\":\"mallory\",\"tenant_id\":" + tenantId
                        + ",\"iat\":" + now + ",\"exp\":" + (now + 600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
