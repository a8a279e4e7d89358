package dev.robson.cli.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The tokens of each server the user logged in to, in {@code <config>/robson/sessions.json}:
 * directory 0700, file 0600, written to a private temporary file and moved into place so a
 * crash never leaves half a file. Keyed by server URL, so a token is only ever sent to the
 * server that issued it.
 */
public final class SessionStore {

    static final String FILE_NAME = "sessions.json";
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    /** One process may hold a file lock only once; threads of this process queue here first. */
    private static final Object IN_PROCESS = new Object();

    private final Path directory;

    public SessionStore(Path directory) {
        this.directory = directory;
    }

    /** {@code $XDG_CONFIG_HOME/robson}, or {@code ~/.config/robson} when it is unset or relative. */
    public static Path defaultDirectory(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "robson");
        }
        return Path.of(userHome, ".config", "robson");
    }

    public Path directory() {
        return directory;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    public Optional<SavedSession> load(String server) {
        return Optional.ofNullable(readAll().get(server));
    }

    public void save(String server, SavedSession session) {
        Map<String, SavedSession> sessions = readAll();
        sessions.put(server, session);
        writeAll(sessions);
    }

    /** @return whether there was a session to remove */
    public boolean remove(String server) {
        Map<String, SavedSession> sessions = readAll();
        if (sessions.remove(server) == null) {
            return false;
        }
        writeAll(sessions);
        return true;
    }

    /**
     * Runs {@code work} holding an exclusive lock on the store, so two robson processes never
     * refresh the same session at once: the server treats a refresh token presented twice as
     * stolen and ends the session.
     */
    public <T> T locked(Supplier<T> work) {
        synchronized (IN_PROCESS) {
            ensureDirectory();
            Path lockFile = directory.resolve("sessions.lock");
            try {
                if (!Files.exists(lockFile)) {
                    try {
                        Files.createFile(lockFile, ownerOnly(OWNER_FILE));
                    } catch (FileAlreadyExistsException raced) {
                        // Another process made it first.
                    }
                }
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                        FileLock lock = channel.lock()) {
                    return work.get();
                }
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot lock " + lockFile, failure);
            }
        }
    }

    private Map<String, SavedSession> readAll() {
        Path file = file();
        Map<String, SavedSession> sessions = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return sessions;
        }
        try {
            JsonObject root = Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
            JsonObject servers =
                    root.fields().containsKey("sessions") ? root.object("sessions") : JsonObject.of(Map.of());
            for (String server : servers.fields().keySet()) {
                JsonObject saved = servers.object(server);
                sessions.put(
                        server,
                        new SavedSession(
                                saved.optionalText("username").orElse(null),
                                saved.text("access_token"),
                                Instant.ofEpochSecond(saved.whole("access_expires_at")),
                                saved.text("refresh_token"),
                                Instant.ofEpochSecond(saved.whole("refresh_expires_at"))));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + file, unreadable);
        } catch (RuntimeException corrupt) {
            // A damaged file only costs a new login; refusing to run would cost more.
            return new LinkedHashMap<>();
        }
        return sessions;
    }

    private void writeAll(Map<String, SavedSession> sessions) {
        Map<String, Object> servers = new LinkedHashMap<>();
        sessions.forEach((server, session) -> {
            Map<String, Object> saved = new LinkedHashMap<>();
            saved.put("username", session.username());
            saved.put("access_token", session.accessToken());
            saved.put("access_expires_at", session.accessExpiresAt().getEpochSecond());
            saved.put("refresh_token", session.refreshToken());
            saved.put("refresh_expires_at", session.refreshExpiresAt().getEpochSecond());
            servers.put(server, saved);
        });
        ensureDirectory();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "sessions", ".tmp", ownerOnly(OWNER_FILE));
            Files.writeString(temporary, Json.write(Map.of("sessions", servers)) + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            tighten(file(), OWNER_FILE);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write " + file(), failure);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Best effort: the temporary file is owner-only anyway.
                }
            }
        }
    }

    private void ensureDirectory() {
        try {
            if (!Files.isDirectory(directory)) {
                Path parent = directory.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.createDirectory(directory, ownerOnly(OWNER_DIRECTORY));
            }
            // A directory made by hand or by an older version may be looser; it holds secrets.
            tighten(directory, OWNER_DIRECTORY);
        } catch (FileAlreadyExistsException raced) {
            tighten(directory, OWNER_DIRECTORY);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create " + directory, failure);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static void tighten(Path path, Set<PosixFilePermission> permissions) {
        if (!posix()) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot restrict the permissions of " + path, failure);
        }
    }
}
