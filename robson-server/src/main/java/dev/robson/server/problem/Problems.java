package dev.robson.server.problem;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem documents every error path of the server answers with. */
public final class Problems {

    /** Problem types are documented by code; the URI is a stable identifier, not a page. */
    private static final String TYPE_PREFIX = "https://robson.dev/problems/";

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code.replace('_', '-')));
        problem.setProperty("code", code);
        return problem;
    }
}
