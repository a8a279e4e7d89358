package dev.robson.cli;

import dev.robson.cli.api.SavedSession;
import dev.robson.cli.api.SessionStore;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs {@code robson} in-process through {@code CommandLine.execute} with captured writers,
 * as picocli's "Testing your application" recommends, against the environment a test sets:
 * variables, terminal abilities, typed answers, the clock, the config directory.
 */
final class CliRun {

    /** 2026-01-05T12:00:00Z, the fixtures' as_of. */
    static final Instant NOW = Instant.ofEpochSecond(1767614400);

    record Result(int exitCode, String out, String err) {}

    private final Map<String, String> variables = new HashMap<>();
    private final Path configDirectory;
    private Terminal terminal = Terminal.PLAIN;
    private String stdin = "";
    private final Deque<String> typedLines = new ArrayDeque<>();
    private final List<String> prompts = new ArrayList<>();
    private String typedPassword;
    private boolean promptable;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private StopSignal stopSignal = stop -> () -> {};
    private Duration shortestInterval = Duration.ofMillis(1);

    CliRun(Path configDirectory, String server) {
        this.configDirectory = configDirectory;
        if (server != null) {
            variables.put("ROBSON_SERVER", server);
        }
    }

    CliRun variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    CliRun terminal(Terminal terminal) {
        this.terminal = terminal;
        return this;
    }

    CliRun stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** A person at a terminal who types these answers. */
    CliRun typing(String password, String... lines) {
        this.promptable = true;
        this.typedPassword = password;
        typedLines.addAll(List.of(lines));
        return this;
    }

    CliRun clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    CliRun stopSignal(StopSignal stopSignal) {
        this.stopSignal = stopSignal;
        return this;
    }

    CliRun shortestInterval(Duration shortest) {
        this.shortestInterval = shortest;
        return this;
    }

    /** The questions asked so far, as the person at the terminal saw them. */
    List<String> prompts() {
        return List.copyOf(prompts);
    }

    SessionStore sessions() {
        return new SessionStore(configDirectory);
    }

    /** A saved login for {@code server}: access token access-1, good ten more minutes, and refresh token refresh-1. */
    CliRun loggedIn(String server) {
        return loggedIn(server, "access-1", NOW.plusSeconds(600), "refresh-1");
    }

    /** A saved login for {@code server}, its access token good until {@code accessExpiresAt}. */
    CliRun loggedIn(String server, String accessToken, Instant accessExpiresAt, String refreshToken) {
        sessions()
                .save(
                        server,
                        new SavedSession(
                                "demo", accessToken, accessExpiresAt, refreshToken, NOW.plus(Duration.ofDays(7))));
        return this;
    }

    CliEnvironment environment() {
        Prompter prompter = !promptable
                ? Prompter.NOBODY
                : new Prompter() {
                    @Override
                    public boolean available() {
                        return true;
                    }

                    @Override
                    public String readLine(String prompt) {
                        prompts.add(prompt);
                        return typedLines.poll();
                    }

                    @Override
                    public char[] readPassword(String prompt) {
                        return typedPassword == null ? null : typedPassword.toCharArray();
                    }
                };
        return new CliEnvironment(
                Map.copyOf(variables),
                terminal,
                prompter,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                clock,
                ZoneOffset.UTC,
                stopSignal,
                configDirectory,
                shortestInterval);
    }

    Result execute(String... args) {
        return execute(new StringWriter(), args);
    }

    /** Runs with {@code out} as standard output, which another thread may read while the command runs. */
    Result execute(StringWriter out, String... args) {
        CommandLine commandLine = RobsonCli.commandLine(environment(), args);
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = RobsonCli.execute(commandLine, args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
