package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colour only on a terminal and never with NO_COLOR; ASCII when the output is not UTF-8. */
class TerminalTest {

    @Test
    void whenStdoutIsATerminalThenColourIsOn() {
        assertThat(Terminal.of(Map.of(), true, StandardCharsets.UTF_8)).isEqualTo(new Terminal(true, true, true));
    }

    @Test
    void whenNoColorIsSetThenColourIsOffEvenOnATerminal() {
        assertThat(Terminal.of(Map.of("NO_COLOR", "1"), true, StandardCharsets.UTF_8)
                        .colour())
                .isFalse();
        assertThat(Terminal.of(Map.of("NO_COLOR", ""), true, StandardCharsets.UTF_8)
                        .colour())
                .isTrue();
        assertThat(Terminal.of(Map.of("TERM", "dumb"), true, StandardCharsets.UTF_8)
                        .colour())
                .isFalse();
    }

    @Test
    void whenStdoutIsAPipeThenNoColourAndNoRedraw() {
        Terminal piped = Terminal.of(Map.of(), false, StandardCharsets.UTF_8);
        assertThat(piped.colour()).isFalse();
        assertThat(piped.interactive()).isFalse();
    }

    @Test
    void whenTheCharsetIsNotUtf8ThenGlyphsAreAscii() {
        assertThat(Terminal.of(Map.of(), true, StandardCharsets.US_ASCII).glyphs())
                .isEqualTo(Glyphs.ASCII);
        assertThat(Terminal.of(Map.of(), true, StandardCharsets.UTF_8).glyphs()).isEqualTo(Glyphs.UNICODE);
    }

    @Test
    void whenTheProcessEnvironmentIsReadThenItIsUsable() {
        CliEnvironment environment = CliEnvironment.ofProcess();
        assertThat(environment.configDirectory().toString()).endsWith("robson");
        assertThat(environment.terminal().interactive()).isFalse();
    }
}
