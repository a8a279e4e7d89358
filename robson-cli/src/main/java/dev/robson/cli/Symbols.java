package dev.robson.cli;

import java.util.Locale;
import java.util.regex.Pattern;

/** A symbol typed by the user goes into a URL path: letters and digits only, upper-cased. */
final class Symbols {

    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9]{2,30}");

    private Symbols() {}

    static String checked(String typed) {
        if (typed == null || !SYMBOL.matcher(typed).matches()) {
            throw CliFailure.usage("'" + typed + "' is not a symbol: letters and digits only, e.g. BTCUSDC");
        }
        return typed.toUpperCase(Locale.ROOT);
    }
}
