package dev.robson.server.performance;

import dev.robson.server.problem.ApiProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Whole UTC days, both ends included: {@code from=2026-11-02&to=2026-11-02} is that one day.
 * An absent end is open. Dates rather than instants because a trader reviews days, and the
 * daily figures are per UTC day.
 *
 * @param start the first instant inside, or null
 * @param end   the first instant after, or null
 */
record Period(Instant start, Instant end) {

    static Period parse(String from, String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw ApiProblem.badRequest("invalid_period", "to " + last + " is before from " + first + ".");
        }
        return new Period(
                first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last == null
                        ? null
                        : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw ApiProblem.badRequest("invalid_period", name + " is a UTC date like 2026-11-02.");
        }
    }
}
