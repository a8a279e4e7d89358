package dev.robson.cli;

import java.io.Console;
import java.util.Locale;

/** Questions asked on the terminal: the username, the password without echo, a confirmation. */
interface Prompter {

    /** Whether a person is there to answer. */
    boolean available();

    String readLine(String prompt);

    char[] readPassword(String prompt);

    /** Asks a yes/no question: only an answer starting with "y", in any case, agrees. */
    default boolean agrees(String question) {
        String answer = readLine(question);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    /** The process's console, or nobody when input or output is redirected. */
    static Prompter console() {
        Console console = System.console();
        if (console == null) {
            return NOBODY;
        }
        return new Prompter() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String readLine(String prompt) {
                return console.readLine("%s", prompt);
            }

            @Override
            public char[] readPassword(String prompt) {
                return console.readPassword("%s", prompt);
            }
        };
    }

    Prompter NOBODY = new Prompter() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public String readLine(String prompt) {
            return null;
        }

        @Override
        public char[] readPassword(String prompt) {
            return null;
        }
    };
}
