package dev.robson.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random secret the demo makes once and keeps, owner-only, in its data folder, so a
 * restarted demo still reads what the previous run wrote (sessions, sealed keys).
 */
public final class DemoSecretFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoSecretFile() {}

    /** The secret in {@code dataDir/fileName}, made from {@code bytes} random bytes if absent. */
    public static String readOrCreate(Path dataDir, String fileName, int bytes, Base64.Encoder encoder) {
        Path file = dataDir.resolve(fileName);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            OwnerOnlyFiles.folder(dataDir);
            byte[] random = new byte[bytes];
            RANDOM.nextBytes(random);
            String secret = encoder.encodeToString(random);
            Files.writeString(file, secret);
            OwnerOnlyFiles.file(file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo's " + fileName + " in " + dataDir, e);
        }
    }
}
