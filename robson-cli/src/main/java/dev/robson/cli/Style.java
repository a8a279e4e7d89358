package dev.robson.cli;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** ANSI colour, or none: every styled word goes through here so NO_COLOR is one switch. */
record Style(boolean on) {

    static final Style ANSI = new Style(true);
    static final Style NONE = new Style(false);

    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");

    String green(String text) {
        return paint("32", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    /** Green for a gain, red for a loss, plain for exactly zero. */
    String bySign(BigDecimal amount, String text) {
        if (amount == null || amount.signum() == 0) {
            return text;
        }
        return amount.signum() > 0 ? green(text) : red(text);
    }

    private String paint(String code, String text) {
        return on ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }

    /** The columns a string takes on screen, colour codes excluded. */
    static int width(String text) {
        String visible = ESCAPES.matcher(text).replaceAll("");
        return visible.codePointCount(0, visible.length());
    }

    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - width(text))) + text;
    }
}
