package dev.robson.cli;

import java.math.BigDecimal;

/**
 * Prices and quantities typed on the command line: checked to be plain positive decimals,
 * then sent as the same text (a JSON string), so nothing is ever rounded through a double.
 */
final class Decimals {

    private Decimals() {}

    static String positive(String option, String typed) {
        String text = typed.strip().replace("_", "");
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw CliFailure.usage(option + " '" + typed + "' is not a decimal number such as 87061.16");
        }
        if (value.signum() <= 0 || text.contains("e") || text.contains("E")) {
            throw CliFailure.usage(option + " must be a plain positive decimal, not '" + typed + "'");
        }
        return text;
    }
}
