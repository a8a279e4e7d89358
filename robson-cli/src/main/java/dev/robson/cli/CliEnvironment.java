package dev.robson.cli;

import dev.robson.cli.api.SessionStore;
import java.io.Console;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * Everything a command reads from outside its arguments. Tests build one by hand; the
 * launcher's run builds it from the process.
 *
 * @param variables       environment variables (ROBSON_SERVER, ROBSON_TOKEN, NO_COLOR...)
 * @param configDirectory where sessions are saved
 * @param shortestInterval the smallest {@code --interval} accepted; it keeps a typo from
 *                        hammering the server (which rate-limits prices per tenant)
 */
record CliEnvironment(
        Map<String, String> variables,
        Terminal terminal,
        Prompter prompter,
        InputStream stdin,
        Clock clock,
        ZoneId zone,
        StopSignal stopSignal,
        Path configDirectory,
        Duration shortestInterval) {

    static final String DEFAULT_SERVER = "http://localhost:8080";

    static CliEnvironment ofProcess() {
        Map<String, String> variables = System.getenv();
        return new CliEnvironment(
                variables,
                Terminal.of(variables, stdoutIsTerminal(), stdoutCharset()),
                Prompter.console(),
                System.in,
                Clock.systemUTC(),
                ZoneId.systemDefault(),
                StopSignal.sigint(),
                SessionStore.defaultDirectory(variables, System.getProperty("user.home")),
                Duration.ofMillis(200));
    }

    static Charset stdoutCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("native.encoding", "UTF-8"));
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return Charset.defaultCharset();
        }
    }

    /**
     * The launcher knows for sure ({@code [ -t 1 ]}) and says so in a system property.
     * Without it, a console means a terminal — and on JDK 22+, where a console exists even
     * when redirected, its {@code isTerminal()} tells.
     */
    private static boolean stdoutIsTerminal() {
        String told = System.getProperty("robson.stdout.tty");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException beforeJdk22) {
            return true;
        }
    }
}
