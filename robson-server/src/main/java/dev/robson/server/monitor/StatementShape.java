package dev.robson.server.monitor;

import java.util.regex.Pattern;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * What a failure may say in a log line: its type, and for a failed statement its shape: the
 * SQL with parameter lists folded ({@code IN (?×70000)}) and cut to a line. A driver's message
 * can carry the whole statement (hundreds of kilobytes for a long IN list) or values, and a
 * failure that repeats every tick must not fill the disk.
 */
final class StatementShape {

    static final int MAX_LENGTH = 160;
    private static final Pattern PARAMETER_LIST = Pattern.compile("\\?(\\s*,\\s*\\?)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private StatementShape() {}

    static String of(Throwable failure) {
        String sql = failedSql(failure);
        String type = failure.getClass().getSimpleName();
        return sql == null ? type : type + " in " + fold(sql);
    }

    static String fold(String sql) {
        String folded = PARAMETER_LIST
                .matcher(SPACES.matcher(sql).replaceAll(" ").trim())
                .replaceAll(list ->
                        "?×" + (list.group().chars().filter(c -> c == '?').count()));
        return folded.length() <= MAX_LENGTH ? folded : folded.substring(0, MAX_LENGTH) + "…";
    }

    private static String failedSql(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadSqlGrammarException grammar) {
                return grammar.getSql();
            }
            if (cause instanceof UncategorizedSQLException uncategorized) {
                return uncategorized.getSql();
            }
        }
        return null;
    }
}
