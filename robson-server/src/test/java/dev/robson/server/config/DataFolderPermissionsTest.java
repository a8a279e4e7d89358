package dev.robson.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.support.TestMarketConfig;
import dev.robson.server.support.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded database lives in the data folder: after start-up the folder is owner-only and so
 * is every file in it, even when the folder was made world-readable before the server started.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.username=sa",
            "robson.market=simulated",
            "robson.auth.secret=" + TestTokens.SECRET,
            "robson.monitor.enabled=false"
        })
@Import(TestMarketConfig.class)
class DataFolderPermissionsTest {

    static final Path DATA_FOLDER = preparedWorldReadableFolder();

    @DynamicPropertySource
    static void embeddedDatabaseInTheFolder(DynamicPropertyRegistry registry) {
        registry.add("robson.data-dir", DATA_FOLDER::toString);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + DATA_FOLDER.resolve("robson") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE");
    }

    @Test
    void whenTheServerHasStartedThenTheDataFolderAndItsFilesAreOwnerOnly() throws IOException {
        assertThat(permissions(DATA_FOLDER)).isEqualTo("rwx------");
        List<Path> files;
        try (Stream<Path> listed = Files.list(DATA_FOLDER)) {
            files = listed.filter(Files::isRegularFile).toList();
        }
        assertThat(files)
                .as("the database file and the file that was there before")
                .extracting(file -> file.getFileName().toString())
                .contains("robson.mv.db", "left-over.txt");
        for (Path file : files) {
            assertThat(permissions(file)).as(file.getFileName().toString()).isEqualTo("rw-------");
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** A folder an operator made readable by everyone, with a readable file already in it. */
    private static Path preparedWorldReadableFolder() {
        try {
            Path folder = Files.createTempDirectory("robson-data").resolve("data");
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path file = Files.writeString(folder.resolve("left-over.txt"), "x");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
