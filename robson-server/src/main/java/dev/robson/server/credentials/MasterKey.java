package dev.robson.server.credentials;

import dev.robson.server.config.DemoSecretFile;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts tenants' exchange secrets ({@code ROBSON_MASTER_KEY}: 32
 * random bytes, base64). The demo generates one and keeps it owner-only in its data folder;
 * elsewhere it must be configured, and live trading refuses to start without it.
 */
public final class MasterKey {

    static final int KEY_BYTES = 32;
    private static final String DEMO_KEY_FILE = "demo-master.key";

    private MasterKey() {}

    public static Optional<SecretKey> resolve(String configured, boolean demo, boolean liveTrading, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(parse(configured));
        }
        if (demo) {
            return Optional.of(
                    parse(DemoSecretFile.readOrCreate(dataDir, DEMO_KEY_FILE, KEY_BYTES, Base64.getEncoder())));
        }
        if (liveTrading) {
            throw new IllegalStateException("ROBSON_MASTER_KEY is not set: live trading needs it to decrypt the"
                    + " tenants' exchange keys (make one with `openssl rand -base64 32`).");
        }
        return Optional.empty();
    }

    static SecretKey parse(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("ROBSON_MASTER_KEY is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(
                    "ROBSON_MASTER_KEY must decode to " + KEY_BYTES + " bytes, not " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
