package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLI checks a symbol by the server's rule, as docs/openapi.json documents it. */
class SymbolsTest {

    @Test
    void theLengthsAreTheOnesTheApiDocuments() throws IOException {
        JsonNode document = JsonMapper.builder().build().readTree(Files.readString(Path.of("../docs/openapi.json")));
        String documented = document.at("/paths/~1api~1market~1price~1{symbol}~1/get/parameters/0/schema/pattern")
                .asString();

        assertThat(documented).isEqualTo("^[A-Z0-9]{" + Symbols.MIN_LENGTH + "," + Symbols.MAX_LENGTH + "}$");
    }

    @Test
    void aSymbolOfTheLongestLengthIsTakenAndOneLongerIsRefused() {
        String longest = "A".repeat(Symbols.MAX_LENGTH);

        assertThat(Symbols.checked(longest.toLowerCase())).isEqualTo(longest);
        assertThatThrownBy(() -> Symbols.checked(longest + "A"))
                .isInstanceOf(CliFailure.class)
                .hasMessage("'" + longest + "A' is not a symbol: 2 to 24 letters and digits, e.g. BTCUSDC");
        assertThatThrownBy(() -> Symbols.checked("B")).isInstanceOf(CliFailure.class);
    }
}
