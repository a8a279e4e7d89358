package dev.robson.server.problem;

import java.util.OptionalLong;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller caused or must know about, answered as RFC 9457 problem+json with a
 * stable machine {@code code}. The detail is written for a person and never carries SQL,
 * stack frames or secrets.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Long retryAfterSeconds;

    public ApiProblem(HttpStatus status, String code, String detail) {
        this(status, code, detail, null);
    }

    private ApiProblem(HttpStatus status, String code, String detail, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with the whole seconds after which a retry can succeed. */
    public static ApiProblem tooManyRequests(String code, String detail, long retryAfterSeconds) {
        return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, code, detail, Math.max(1, retryAfterSeconds));
    }

    public static ApiProblem notFound(String code, String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, code, detail);
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, detail);
    }

    public static ApiProblem unprocessable(String code, String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, code, detail);
    }

    public static ApiProblem unauthorized(String code, String detail) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, code, detail);
    }

    public static ApiProblem forbidden(String code, String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, code, detail);
    }

    public static ApiProblem unavailable(String code, String detail) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, code, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }
}
