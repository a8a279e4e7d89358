package dev.robson.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.RobsonApplication;
import dev.robson.server.config.RobsonProperties;
import dev.robson.server.config.TradingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/** The signing key: strong or the server does not start; generated and kept only in the demo. */
class SigningKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void whenSecretIsMissingOrWeakThenThePolicySaysWhy() {
        assertThat(SigningKeyPolicy.weakness(null))
                .hasValueSatisfying(w -> assertThat(w).contains("not set"));
        assertThat(SigningKeyPolicy.weakness("short-key"))
                .hasValueSatisfying(w -> assertThat(w).contains("32 bytes"));
        assertThat(SigningKeyPolicy.weakness("a".repeat(64)))
                .hasValueSatisfying(w -> assertThat(w).contains("repetitive"));
        assertThat(SigningKeyPolicy.weakness("changeme-changeme-changeme-changeme-0123456789"))
                .hasValueSatisfying(w -> assertThat(w).contains("sample"));
        assertThat(SigningKeyPolicy.weakness("q7Vx2LmN9pR4tY8wZ1bC6dF3gH5jK0sA-uE_iO7yT2rW4xQ9"))
                .isEmpty();
    }

    @Test
    void whenNotInDemoAndSecretIsWeakThenResolvingTheKeyFails() {
        var auth = new AuthProperties(
                "robson", "too-short", Duration.ofMinutes(15), Duration.ofDays(30), 4, 0, Duration.ofMillis(200), 20);
        var robson = new RobsonProperties(dataDir, "simulated", TradingMode.PAPER, false, "", "");

        assertThatThrownBy(() -> SigningKey.resolve(auth, robson))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shorter than 32 bytes")
                .hasMessageNotContaining("too-short");
    }

    @Test
    void whenInDemoWithoutSecretThenAKeyIsGeneratedKeptOwnerOnlyAndReused() throws Exception {
        var auth = new AuthProperties(
                "robson", "", Duration.ofMinutes(15), Duration.ofDays(30), 4, 0, Duration.ofMillis(200), 20);
        var robson = new RobsonProperties(dataDir, "simulated", TradingMode.PAPER, true, "", "");

        var first = SigningKey.resolve(auth, robson);
        var second = SigningKey.resolve(auth, robson);

        assertThat(first.getEncoded()).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second.getEncoded());
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("demo-jwt.key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void whenServerStartsOutsideTheDemoWithoutSecretThenItRefusesToStart() {
        var application = new SpringApplication(RobsonApplication.class);

        assertThatThrownBy(() -> application.run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:no-secret;DB_CLOSE_DELAY=-1",
                        "--robson.market=simulated",
                        "--robson.auth.secret=",
                        "--robson.data-dir=" + dataDir))
                .hasStackTraceContaining("ROBSON_JWT_SECRET is not set");
    }
}
