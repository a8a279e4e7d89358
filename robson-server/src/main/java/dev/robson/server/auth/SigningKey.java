package dev.robson.server.auth;

import dev.robson.server.config.RobsonProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
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

    private SigningKey() {
    }

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
        Path file = dataDir.resolve(DEMO_KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(dataDir);
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret);
            ownerOnly(file);
            log.warn("Demo mode: generated a JWT signing key in {}; never use it outside the demo", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo signing key in " + dataDir, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException nonPosix) {
            // Windows file systems have no POSIX bits; the folder's ACL applies instead.
        }
    }
}
