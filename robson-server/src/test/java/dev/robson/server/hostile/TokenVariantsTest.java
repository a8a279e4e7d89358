package dev.robson.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.auth.VerifiedTokenCache;
import dev.robson.server.support.ApiFixture;
import dev.robson.server.support.ApiTest;
import dev.robson.server.support.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spellings of one valid token that a lenient decoder would accept: each is refused with 401
 * before any verification, and none takes a place in the verified-token cache.
 */
@ApiTest
class TokenVariantsTest extends ApiFixture {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Autowired
    VerifiedTokenCache cache;

    @Test
    void whenATokenIsRespelledOrOverlongThenItIsRefusedAndTheCacheDoesNotGrow() {
        signIn("variants");
        assertThat(api.get("/api/operations/", token).status()).isEqualTo(200);
        long cached = cache.size();

        List<String> variants = new ArrayList<>(variantsOf(token));
        Instant now = Instant.now();
        // Validly signed, but 5,000 characters of subject: over the 4 KB bound.
        variants.add(TestTokens.signed(
                TestTokens.SECRET, "robson", "x".repeat(5_000), trader.tenantId(), now, now.plusSeconds(600)));
        assertThat(variants).hasSizeGreaterThan(60);

        for (String variant : variants) {
            assertThat(api.get("/api/operations/", variant).status())
                    .as(variant)
                    .isEqualTo(401);
        }
        assertThat(cache.size()).isEqualTo(cached);
        assertThat(api.get("/api/operations/", token).status()).isEqualTo(200);
    }

    /** Padding, stray characters, and the signature's last character with its spare bits set. */
    private static List<String> variantsOf(String token) {
        List<String> variants = new ArrayList<>();
        variants.add(token + "=");
        variants.add(token + "==");
        variants.add(token + "~");
        variants.add(token.replaceFirst("\\.", ".="));
        variants.add(" " + token);
        int dot = token.lastIndexOf('.');
        String signature = token.substring(dot + 1);
        // HS256: 32 bytes = 43 characters, the last carrying 2 spare bits.
        assertThat(signature).hasSize(43);
        int last = BASE64URL.indexOf(signature.charAt(42));
        for (int spare = 1; spare < 4; spare++) {
            variants.add(token.substring(0, token.length() - 1) + BASE64URL.charAt(last | spare));
        }
        // The same trick on the payload, whose length varies: every character it could end with.
        String payload = token.substring(token.indexOf('.') + 1, dot);
        for (int c = 0; c < 64; c++) {
            String changed = payload.substring(0, payload.length() - 1) + BASE64URL.charAt(c);
            if (!changed.equals(payload)) {
                variants.add(token.substring(0, token.indexOf('.') + 1) + changed + token.substring(dot));
            }
        }
        return variants;
    }
}
