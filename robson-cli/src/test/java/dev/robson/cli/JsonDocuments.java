package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks {@code --json} output with Jackson, a parser independent of the CLI's own. */
final class JsonDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonDocuments() {}

    /** Parses stdout as exactly one JSON document (trailing newline allowed, nothing else). */
    static JsonNode single(String stdout) {
        assertThat(stdout).endsWith("\n");
        assertThat(stdout.strip().lines().count()).as("one line, one document").isEqualTo(1);
        return JSON.readTree(stdout);
    }
}
