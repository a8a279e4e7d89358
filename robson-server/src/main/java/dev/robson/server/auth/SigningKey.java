package dev.robson.server.auth;

import dev.robson.server.config.DemoSecretFile;
import dev.robson.server.config.RobsonProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 key that signs and verifies access tokens. Outside the demo it must be configured
 * and strong, or the server refuses to start. The demo generates one and keeps it in its data
 * folder, so a restart does not log out every CLI session.
 */
final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final String DEMO_KEY_FILE = "demo-jwt.key";

    private SigningKey() {}

    static SecretKey resolve(AuthProperties auth, RobsonProperties robson) {
        var weakness = SigningKeyPolicy.weakness(auth.secret());
        if (weakness.isEmpty()) {
            return hmacKey(auth.secret());
        }
        if (!robson.demo()) {
            throw new IllegalStateException(weakness.get()
                    + ": set it to a random value of at least 32 bytes (e.g. `openssl rand -base64 48`)."
                    + " Only the demo may run without one.");
        }
        return hmacKey(demoSecret(robson.dataDir()));
    }

    private static SecretKey hmacKey(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static String demoSecret(Path dataDir) {
        boolean fresh = !Files.exists(dataDir.resolve(DEMO_KEY_FILE));
        String secret = DemoSecretFile.readOrCreate(
                dataDir, DEMO_KEY_FILE, 48, Base64.getUrlEncoder().withoutPadding());
        if (fresh) {
            log.warn(
                    "Demo mode: generated a JWT signing key in {}; never use it outside the demo",
                    dataDir.resolve(DEMO_KEY_FILE));
        }
        return secret;
    }
}
