package dev.robson.server.exchange.binance.fake;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Binance's formatting: every amount a string with (at least) 8 decimals, "0.00001000". */
final class FakeJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FakeJson() {}

    static String amount(BigDecimal value) {
        return value.scale() < 8 ? value.setScale(8).toPlainString() : value.toPlainString();
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
