package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The binding money rule: no binary floating point anywhere in the CLI, and every digit kept. */
class MoneyRuleTest {

    private static final Pattern FLOATING_POINT =
            Pattern.compile("\\b(double|float|Double|Float)\\b|parseDouble|doubleValue|floatValue");

    @Test
    void whenTheCliSourceIsReadThenNoFloatingPointTypeAppearsOutsideComments() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(MoneyRuleTest::codeLines)
                    .filter(line -> FLOATING_POINT.matcher(line).find())
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void whenAnAmountHasMoreDigitsThanADoubleHoldsThenAllOfThemAreShown() {
        assertThat(AmountsTest.PUBLISHED.money(new BigDecimal("123456789012345678.123456789012345678"), "BTC"))
                .isEqualTo("123,456,789,012,345,678.123456789012345678 BTC");
        assertThat(AmountsTest.PUBLISHED.money(new BigDecimal("0.1"), "USDC")).isEqualTo("$0.1");
    }

    private static Stream<String> codeLines(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.startsWith("*") && !line.startsWith("/*") && !line.startsWith("//"))
                    .map(line -> file.getFileName() + ": " + line.replaceAll("//.*$", ""));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
