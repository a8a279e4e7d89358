package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.cli.api.Json;
import dev.robson.cli.api.JsonObject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CLI's own JSON reader and writer: numbers stay BigDecimal, malformed input is refused. */
class JsonTest {

    @Test
    @SuppressWarnings("unchecked")
    void whenParsingThenNumbersAreExactDecimals() {
        Object parsed = Json.parse(" {\"a\": 0.1, \"b\": [1, -2.50, 3e2], \"c\": \"x\\u00e9\\n\", \"d\": null,"
                + " \"e\": true, \"f\": false, \"g\": {}} ");

        assertThat(parsed).isInstanceOf(Map.class);
        Map<?, ?> object = (Map<?, ?>) parsed;
        assertThat(object.get("a")).isEqualTo(new BigDecimal("0.1"));
        assertThat((List<Object>) object.get("b"))
                .containsExactly(new BigDecimal("1"), new BigDecimal("-2.50"), new BigDecimal("3e2"));
        assertThat(object.get("c")).isEqualTo("xé\n");
        assertThat(object.containsKey("d")).isTrue();
        assertThat(object.get("d")).isNull();
        assertThat(object.get("e")).isEqualTo(Boolean.TRUE);
        assertThat(object.get("f")).isEqualTo(Boolean.FALSE);
        assertThat((Map<?, ?>) object.get("g")).isEmpty();
    }

    @Test
    void whenWritingThenTheResultParsesBackToTheSame() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("quote", "say \"hi\"\\\t\r\b\f\u0001");
        value.put("amount", new BigDecimal("1E-8"));
        value.put("count", 3L);
        value.put("small", 2);
        value.put("flag", true);
        value.put("nothing", null);
        value.put("list", List.of("a", new BigDecimal("2")));
        value.put("raw", new Json.RawJson("{\"x\":[]}"));

        String written = Json.write(value);

        assertThat(written).contains("\"amount\":0.00000001").contains("\"raw\":{\"x\":[]}");
        Map<?, ?> back = (Map<?, ?>) Json.parse(written);
        assertThat(back.get("quote")).isEqualTo(value.get("quote"));
        assertThat(back.get("count")).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void whenTheTextIsNotOneJsonDocumentThenItIsRefused() {
        for (String malformed : new String[] {
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{\"a\":1} x",
            "tru",
            "\"open",
            "01",
            "1.",
            "-",
            "{a:1}",
            "[1 2]",
            "\"\\q\"",
            "\"\\u12\"",
            "\"\\uzzzz\"",
            "\"tab\there\"",
            "[".repeat(100) + "]".repeat(100)
        }) {
            assertThatThrownBy(() -> Json.parse(malformed))
                    .as(malformed)
                    .isInstanceOf(Json.MalformedJsonException.class);
        }
        assertThatThrownBy(() -> Json.parseObject("[1]")).isInstanceOf(Json.MalformedJsonException.class);
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenReadingTypedFieldsThenWrongTypesAreReportedByName() {
        JsonObject object = Json.parseObject("{\"price\":\"89245.00\",\"bad\":\"abc\",\"n\":1.5,\"list\":[1],"
                + "\"flag\":true,\"nested\":{\"a\":\"b\"},\"number\":12.30}");

        assertThat(object.decimal("price")).isEqualTo(new BigDecimal("89245.00"));
        assertThat(object.decimal("number")).isEqualTo(new BigDecimal("12.30"));
        assertThat(object.flag("flag")).isTrue();
        assertThat(object.flag("price")).isFalse();
        assertThat(object.object("nested").text("a")).isEqualTo("b");
        assertThat(object.optionalText("missing")).isEmpty();
        assertThat(object.objects("missing")).isEmpty();
        for (Runnable wrong : List.<Runnable>of(
                () -> object.decimal("bad"),
                () -> object.whole("n"),
                () -> object.whole("price"),
                () -> object.text("n"),
                () -> object.objects("list"),
                () -> object.objects("price"),
                () -> object.object("price"),
                () -> object.decimal("flag"),
                () -> object.decimal("missing"))) {
            assertThatThrownBy(wrong::run).isInstanceOf(JsonObject.MissingFieldException.class);
        }
    }
}
