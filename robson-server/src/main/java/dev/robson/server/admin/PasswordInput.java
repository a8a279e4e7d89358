package dev.robson.server.admin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Reads a password without echo on a terminal, or as the first line of piped input. */
final class PasswordInput {

    private PasswordInput() {}

    /** Everything piped in (a PEM key spans lines), or one hidden line typed at a terminal. */
    static String readAll() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Secret: ");
            return typed == null ? "" : new String(typed);
        }
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    static String read(PrintWriter prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? "" : new String(typed);
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = stdin.readLine();
        return line == null ? "" : line;
    }
}
