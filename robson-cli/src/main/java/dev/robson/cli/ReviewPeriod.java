package dev.robson.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UTC days a review covers, as the server's {@code from} and {@code to} (both included).
 * Words a trader types: {@code 7d} (today and the 6 days before), {@code today}, {@code month}
 * (this UTC month so far), {@code all}, {@code 2026-11} (a month), {@code 2026-11-02} (from that
 * day on) or {@code 2026-11-02..2026-11-08}.
 */
record ReviewPeriod(LocalDate from, LocalDate to) {

    private static final Pattern DAYS = Pattern.compile("^(\\d{1,4})d$");

    static ReviewPeriod parse(String text, Clock clock, String option) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Matcher days = DAYS.matcher(word);
        try {
            if (word.equals("all")) {
                return new ReviewPeriod(null, null);
            }
            if (word.equals("today")) {
                return new ReviewPeriod(today, today);
            }
            if (word.equals("month")) {
                return new ReviewPeriod(today.withDayOfMonth(1), today);
            }
            if (days.matches() && Integer.parseInt(days.group(1)) > 0) {
                return new ReviewPeriod(today.minusDays(Integer.parseInt(days.group(1)) - 1L), today);
            }
            if (word.matches("^\\d{4}-\\d{2}$")) {
                YearMonth month = YearMonth.parse(word);
                return new ReviewPeriod(month.atDay(1), month.atEndOfMonth());
            }
            if (word.contains("..")) {
                String[] ends = word.split("\\.\\.", 2);
                return new ReviewPeriod(LocalDate.parse(ends[0]), LocalDate.parse(ends[1]));
            }
            return new ReviewPeriod(LocalDate.parse(word), null);
        } catch (DateTimeParseException | NumberFormatException malformed) {
            throw CliFailure.usage(option + " is 7d, today, month, all, 2026-11, 2026-11-02 or 2026-11-02..2026-11-08;"
                    + " not '" + text + "'");
        }
    }

    /** The query string of the period plus any further filters that are set; empty when none is. */
    String query(Map<String, String> filters) {
        Map<String, String> all = new LinkedHashMap<>();
        if (from != null) {
            all.put("from", from.toString());
        }
        if (to != null) {
            all.put("to", to.toString());
        }
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                all.put(name, value.strip());
            }
        });
        StringJoiner query = new StringJoiner("&");
        all.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    String describe() {
        if (from == null && to == null) {
            return "all time";
        }
        if (to == null) {
            return "since " + from;
        }
        return from == null ? "up to " + to : from.equals(to) ? String.valueOf(from) : from + " to " + to;
    }
}
