package dev.robson.cli.api;

import java.util.List;
import java.util.OptionalLong;

/**
 * A request that did not give the answer asked for, classified by what the user can do
 * about it. The CLI turns the {@link Kind} into an exit code and the detail into its one
 * line on stderr.
 */
public final class ApiFailure extends RuntimeException {

    public enum Kind {
        /** 401/403: no session, an expired or refused token, wrong password. */
        UNAUTHORIZED,
        /** 404: unknown symbol or operation (another tenant's looks the same). */
        NOT_FOUND,
        /** 400: the request itself was malformed. */
        BAD_REQUEST,
        /** 409/422: well-formed, but a trading rule refused it. */
        REJECTED,
        /** 429: too many requests; {@link #retryAfterSeconds()} says when to come back. */
        RATE_LIMITED,
        /** 5xx, or an answer that is not the JSON the contract promises. */
        SERVER_ERROR,
        /** No answer at all: connection refused, unknown host, timeout. */
        UNREACHABLE;

        /** Whether a later attempt may succeed without the user doing anything. */
        public boolean retryable() {
            return this == RATE_LIMITED || this == SERVER_ERROR || this == UNREACHABLE;
        }
    }

    /** One rejected field of a 400 {@code invalid_request}. */
    public record FieldError(String field, String message) {}

    private final Kind kind;
    private final int status;
    private final String code;
    private final List<FieldError> fieldErrors;
    private final Long retryAfterSeconds;

    public ApiFailure(
            Kind kind, int status, String code, String detail, List<FieldError> fieldErrors, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ApiFailure of(Kind kind, String detail) {
        return new ApiFailure(kind, 0, null, detail, List.of(), null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The problem's stable machine code ({@code unknown_symbol}...), or null. */
    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }
}
