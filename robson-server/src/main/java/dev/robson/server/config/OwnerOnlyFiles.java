package dev.robson.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data folder holds the embedded database (password hashes, sealed exchange keys, every
 * trade) and the demo's generated keys: only the server's own user may read it.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {}

    /** Creates the folder if absent and makes it owner-only, whoever created it. */
    public static void folder(Path folder) {
        try {
            Files.createDirectories(folder);
            restrict(folder, FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data folder " + folder, e);
        }
    }

    /**
     * Makes every file directly in the folder owner-only. The embedded database creates its files
     * with the process's umask (often world-readable); the owner-only folder already keeps others
     * out, and this keeps a copied or re-permissioned folder from leaking them.
     */
    public static void tightenFilesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                restrict(file, FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the files of " + folder, e);
        }
    }

    /** Makes one file owner-only. */
    public static void file(Path file) {
        try {
            restrict(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict " + file, e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException nonPosix) {
            // Windows file systems have no POSIX bits; the folder's ACL applies instead.
        }
    }
}
