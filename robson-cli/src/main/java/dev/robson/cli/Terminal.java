package dev.robson.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What standard output can show.
 *
 * @param interactive a terminal: {@code --watch} may redraw in place and commands may prompt
 * @param colour      ANSI colours: only on a terminal, never with {@code NO_COLOR} or {@code TERM=dumb}
 * @param unicode     box-drawing characters; ASCII when the output is not UTF-8
 */
record Terminal(boolean interactive, boolean colour, boolean unicode) {

    static final Terminal PLAIN = new Terminal(false, false, true);

    static Terminal of(Map<String, String> environment, boolean stdoutIsTerminal, Charset stdoutCharset) {
        // no-color.org: present and not empty disables colour, whatever its value.
        String noColour = environment.get("NO_COLOR");
        boolean colourVetoed = (noColour != null && !noColour.isEmpty()) || "dumb".equals(environment.get("TERM"));
        return new Terminal(
                stdoutIsTerminal, stdoutIsTerminal && !colourVetoed, StandardCharsets.UTF_8.equals(stdoutCharset));
    }

    Glyphs glyphs() {
        return unicode ? Glyphs.UNICODE : Glyphs.ASCII;
    }

    Style style() {
        return colour ? Style.ANSI : Style.NONE;
    }
}
