package dev.robson.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A box-drawn card: a title bar, then {@code Label: value} rows and
 * separators. The width follows the widest line, so long prices never break the frame.
 */
final class Card {

    private sealed interface Line permits Row, Text, Rule {}

    private record Row(String label, String value) implements Line {}

    private record Text(String text) implements Line {}

    private record Rule() implements Line {}

    private final Glyphs glyphs;
    private final String title;
    private final List<Line> lines = new ArrayList<>();

    Card(Glyphs glyphs, String title) {
        this.glyphs = glyphs;
        this.title = title;
    }

    Card row(String label, String value) {
        lines.add(new Row(label, value));
        return this;
    }

    Card text(String text) {
        lines.add(new Text(text));
        return this;
    }

    Card rule() {
        lines.add(new Rule());
        return this;
    }

    List<String> render() {
        int labelWidth = lines.stream()
                .filter(Row.class::isInstance)
                .map(Row.class::cast)
                .mapToInt(row -> Style.width(row.label()) + 1)
                .max()
                .orElse(0);
        List<String> contents = new ArrayList<>();
        for (Line line : lines) {
            contents.add(
                    switch (line) {
                        case Row row -> Style.padRight(row.label() + ":", labelWidth + 1) + row.value();
                        case Text text -> text.text();
                        case Rule rule -> null;
                    });
        }
        int inner = Math.max(
                Style.width(title),
                contents.stream()
                        .filter(c -> c != null)
                        .mapToInt(Style::width)
                        .max()
                        .orElse(0));
        String bar = String.valueOf(glyphs.horizontal()).repeat(inner + 2);
        List<String> out = new ArrayList<>();
        out.add(glyphs.topLeft() + bar + glyphs.topRight());
        out.add(framed(title, inner));
        out.add(glyphs.teeLeft() + bar + glyphs.teeRight());
        for (String content : contents) {
            out.add(content == null ? glyphs.teeLeft() + bar + glyphs.teeRight() : framed(content, inner));
        }
        out.add(glyphs.bottomLeft() + bar + glyphs.bottomRight());
        return out;
    }

    private String framed(String content, int inner) {
        return glyphs.vertical() + " " + Style.padRight(content, inner) + " " + glyphs.vertical();
    }
}
