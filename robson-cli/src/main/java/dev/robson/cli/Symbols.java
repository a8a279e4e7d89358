package dev.robson.cli;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A symbol typed by the user goes into a URL path: letters and digits only, upper-cased. The
 * length is the server's rule (robson-core's {@code Symbol}, the {@code pattern} of the price
 * path in docs/openapi.json, which SymbolsTest compares), checked here so a typo is told at once.
 */
final class Symbols {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 24;
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

    private Symbols() {}

    static String checked(String typed) {
        if (typed == null || !SYMBOL.matcher(typed).matches()) {
            throw CliFailure.usage("'" + typed + "' is not a symbol: " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " letters and digits, e.g. BTCUSDC");
        }
        return typed.toUpperCase(Locale.ROOT);
    }
}
