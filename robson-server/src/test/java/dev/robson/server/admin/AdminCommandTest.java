package dev.robson.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The server's admin command, run as an operator would, against a file database. */
class AdminCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InputStream originalIn = System.in;

    @BeforeEach
    void pointAtATemporaryDatabase() {
        System.setProperty("spring.datasource.url", databaseUrl());
        System.setProperty("robson.auth.password-hash-strength", "4");
    }

    @AfterEach
    void restore() {
        System.clearProperty("spring.datasource.url");
        System.clearProperty("robson.auth.password-hash-strength");
        System.setIn(originalIn);
    }

    @Test
    void whenCreatingATenantAndAUserThenTheUserIsStoredWithAHashedPassword() throws Exception {
        assertThat(execute("create-tenant", "desk-one")).isZero();
        assertThat(out.toString()).contains("Created tenant desk-one");

        System.setIn(new ByteArrayInputStream("a-long-password-123\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(execute("create-user", "--tenant", "desk-one", "--username", "trader.one"))
                .isZero();
        assertThat(out.toString()).contains("Created user trader.one");

        try (var connection = DriverManager.getConnection(databaseUrl(), "sa", "");
                ResultSet rs = connection
                        .createStatement()
                        .executeQuery("SELECT u.password_hash, c.name FROM users u JOIN tenants c ON c.id = u.tenant_id"
                                + " WHERE u.username = 'trader.one'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("name")).isEqualTo("desk-one");
            assertThat(rs.getString("password_hash")).startsWith("$2").doesNotContain("a-long-password-123");
        }
    }

    @Test
    void whenTenantExistsOrInputIsBadThenTheCommandFailsWithAReason() {
        assertThat(execute("create-tenant", "desk-two")).isZero();

        assertThat(execute("create-tenant", "desk-two")).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
        assertThat(execute("create-tenant", "bad name!")).isEqualTo(1);

        System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(execute("create-user", "--tenant", "desk-two", "--username", "someone"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("at least 10 characters");

        System.setIn(new ByteArrayInputStream("a-long-password-123\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(execute("create-user", "--tenant", "no-such-desk", "--username", "someone"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("No tenant named no-such-desk");
    }

    @Test
    void whenStoringAnApiKeyThenItIsEncryptedAtRest() throws Exception {
        System.setProperty("robson.master-key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        try {
            assertThat(execute("create-tenant", "desk-keys")).isZero();
            System.setIn(new ByteArrayInputStream("the-hmac-secret-value\n".getBytes(StandardCharsets.UTF_8)));

            assertThat(execute("set-api-key", "--tenant", "desk-keys", "--api-key", "abcdEFGH1234"))
                    .isZero();

            assertThat(out.toString()).contains("Stored HMAC key …1234").doesNotContain("the-hmac-secret-value");
            try (var connection = DriverManager.getConnection(databaseUrl(), "sa", "");
                    ResultSet rs = connection
                            .createStatement()
                            .executeQuery("SELECT secret_encrypted, api_key_encrypted FROM exchange_credentials")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("v1:").doesNotContain("the-hmac-secret-value");
                assertThat(rs.getString(2)).doesNotContain("abcdEFGH1234");
            }
        } finally {
            System.clearProperty("robson.master-key");
        }
    }

    @Test
    void whenNoSubcommandThenUsageIsShown() {
        assertThat(execute()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(out.toString()).contains("create-tenant").contains("create-user");
    }

    @Test
    void whenScriptsUseTheFormerSpellingThenTheCommandsStillWork() {
        assertThat(execute("create-client", "desk-three")).isZero();

        System.setIn(new ByteArrayInputStream("a-long-password-123\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(execute("create-user", "--client", "desk-three", "--username", "trader.three"))
                .isZero();
        assertThat(out.toString()).contains("Created user trader.three in tenant desk-three");
    }

    private int execute(String... args) {
        CommandLine command = new CommandLine(new AdminCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("robson") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }
}
