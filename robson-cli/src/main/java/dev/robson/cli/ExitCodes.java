package dev.robson.cli;

import dev.robson.cli.api.ApiFailure;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every exit status of {@code robson}, in one place so scripts can rely on them; {@code
 * robson --help} lists them from {@link #meanings()}. Each failure also prints one line on
 * stderr saying what happened and what to do.
 */
final class ExitCodes {

    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int AUTH = 3;
    static final int NOT_FOUND = 4;
    static final int UNREACHABLE = 5;
    static final int SERVER_ERROR = 6;
    static final int REJECTED = 7;

    private ExitCodes() {}

    /** What each status means, for {@code --help} and docs/cli.md. */
    static Map<String, String> meanings() {
        Map<String, String> meanings = new LinkedHashMap<>();
        meanings.put(OK + ":", "done (also: --watch stopped with Ctrl-C)");
        meanings.put(INTERNAL + ":", "robson itself failed: a bug, or the CLI is not built");
        meanings.put(USAGE + ":", "bad command line, or a request the server calls malformed (400)");
        meanings.put(AUTH + ":", "not logged in, session ended, wrong password (401/403)");
        meanings.put(NOT_FOUND + ":", "unknown symbol or operation (404)");
        meanings.put(UNREACHABLE + ":", "no answer from the server: refused, unknown host, timeout");
        meanings.put(SERVER_ERROR + ":", "the server failed or is busy (5xx, 429), or its answer was unreadable");
        meanings.put(REJECTED + ":", "a trading rule refused the change (422, 409), e.g. a stop above the price");
        return meanings;
    }

    static int of(ApiFailure.Kind kind) {
        return switch (kind) {
            case UNAUTHORIZED -> AUTH;
            case NOT_FOUND -> NOT_FOUND;
            case BAD_REQUEST -> USAGE;
            case REJECTED -> REJECTED;
            case RATE_LIMITED, SERVER_ERROR -> SERVER_ERROR;
            case UNREACHABLE -> UNREACHABLE;
        };
    }
}
