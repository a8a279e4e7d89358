package dev.robson.cli;

import java.util.ArrayList;
import java.util.List;

/** Columns for lists (operations, balances): text left-aligned, amounts right-aligned. */
final class Table {

    private final List<String> headings;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param headings a heading ending in '>' is right-aligned (the '>' is not shown) */
    Table(String... headings) {
        this.headings = new ArrayList<>();
        this.rightAligned = new boolean[headings.length];
        for (int i = 0; i < headings.length; i++) {
            rightAligned[i] = headings[i].endsWith(">");
            this.headings.add(rightAligned[i] ? headings[i].substring(0, headings[i].length() - 1) : headings[i]);
        }
    }

    Table row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    List<String> render(Style style) {
        int[] widths = new int[headings.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Style.width(headings.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], Style.width(row.get(i)));
            }
        }
        List<String> out = new ArrayList<>();
        out.add(style.bold(line(headings, widths)));
        rows.forEach(row -> out.add(line(row, widths)));
        return out;
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append("  ");
            }
            boolean last = i == cells.size() - 1;
            out.append(
                    rightAligned[i]
                            ? Style.padLeft(cells.get(i), widths[i])
                            : last ? cells.get(i) : Style.padRight(cells.get(i), widths[i]));
        }
        return out.toString();
    }
}
