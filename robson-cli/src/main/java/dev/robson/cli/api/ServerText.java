package dev.robson.cli.api;

import java.math.BigDecimal;

/**
 * What a server may put in front of the user's terminal. Every string of every answer passes
 * through here when it is parsed, so a hostile or broken server cannot send escape sequences
 * (retitle the terminal, clear the screen, plant hyperlinks), reorder text with bidi controls,
 * or hand over an amount like {@code 1E+999999999} whose plain digits would fill the memory.
 */
public final class ServerText {

    /** Digits before or after the point; Robson's amounts have at most 38 in all. */
    static final int MAX_DIGITS = 60;

    private ServerText() {}

    /** The text with C0/C1 controls (ESC among them), DEL and bidi controls removed. */
    public static String inert(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHostile(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    static boolean isHostile(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * A decimal whose digits are real: refuses exponents that would make it longer than
     * {@value #MAX_DIGITS} digits on either side of the point.
     *
     * @throws NumberFormatException when it is no decimal or an absurd one
     */
    public static BigDecimal decimal(String text) {
        if (text.length() > 200) {
            throw new NumberFormatException("too long for an amount");
        }
        BigDecimal value = new BigDecimal(text);
        int integerDigits = value.precision() - value.scale();
        if (value.scale() > MAX_DIGITS || integerDigits > MAX_DIGITS) {
            throw new NumberFormatException("beyond any real amount");
        }
        return value;
    }
}
