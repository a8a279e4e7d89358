package dev.robson.server.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ValuedPositionsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final PositionsResponse response = new PositionsResponse(List.of(), List.of(), "PAPER", 1_764_000_000L);

    @Test
    void whenTheBodyIsAskedTwiceThenItIsWrittenOnceAsTheMapperWritesTheResponse() {
        ValuedPositions valued = new ValuedPositions(response, json);

        byte[] first = valued.body();
        byte[] second = valued.body();

        assertThat(second).isSameAs(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo(json.writeValueAsString(response));
        assertThat(valued.response()).isSameAs(response);
    }
}
