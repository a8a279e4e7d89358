package dev.robson.server.problem;

import dev.robson.core.DomainRuleViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a request into problem+json with a stable {@code code}. Framework
 * messages are replaced by our own wording: they can echo parser internals or class names.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        return respond(
                Problems.of(problem.status(), problem.code(), problem.getMessage()), problem.retryAfterSeconds());
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(DomainRuleViolation violation) {
        HttpStatus status =
                "illegal_transition".equals(violation.code()) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        return respond(Problems.of(status, violation.code(), violation.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        return respond(Problems.of(
                HttpStatus.BAD_REQUEST,
                "invalid_request",
                "Parameter '" + mismatch.getName() + "' has an invalid value."));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException violation) {
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "invalid_request", "The request has invalid parameters."));
    }

    /**
     * The database is unreachable or was restarted under a transaction: a passing outage the
     * pool recovers from by itself, so the caller is told to retry rather than shown a 500.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransactionSystemException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception failure) {
        log.warn("Database unavailable: {}", failure.getClass().getSimpleName());
        return respond(
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "database_unavailable",
                        "The database is not answering; retry in a few seconds."),
                OptionalLong.of(2));
    }

    /** The last line of defence: the caller learns only an id that the log line carries too. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        String incident = UUID.randomUUID().toString();
        // The stack trace stays at debug level: a production log must not leak SQL or internals.
        log.error(
                "Unexpected failure, incident {}: {}",
                incident,
                failure.getClass().getName());
        log.debug("Incident {} detail", incident, failure);
        ProblemDetail problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal_error",
                "The server could not complete the request. Incident " + incident + ".");
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of(
                        "field",
                        JsonNames.snakeCase(error.getField()),
                        "message",
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "invalid_request", "The request has invalid fields.");
        problem.setProperty("errors", errors);
        return answer(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(Problems.of(HttpStatus.BAD_REQUEST, "invalid_request", "The request has invalid parameters."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (causedByOversizedBody(unreadable)) {
            return answer(Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "body_too_large",
                    "The request body is larger than " + BodySizeLimitFilter.LIMIT_BYTES + " bytes."));
        }
        return answer(Problems.of(
                HttpStatus.BAD_REQUEST, "malformed_body", "The request body is not valid JSON of the expected shape."));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException missing, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(Problems.of(HttpStatus.NOT_FOUND, "not_found", "No such resource."));
    }

    /** Every other framework error keeps its status and gets a code derived from it. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception failure, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String code = HttpStatus.resolve(status.value()) == null
                ? "http_" + status.value()
                : HttpStatus.valueOf(status.value()).name().toLowerCase(Locale.ROOT);
        String detail =
                failure instanceof ErrorResponse response && response.getBody().getTitle() != null
                        ? response.getBody().getTitle() + "."
                        : "The request could not be processed.";
        HttpHeaders merged = new HttpHeaders();
        if (headers != null) {
            merged.putAll(headers);
        }
        merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(Problems.of(status, code, detail), merged, status);
    }

    private static boolean causedByOversizedBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return respond(problem, OptionalLong.empty());
    }

    /** The problem with a {@code Retry-After} of the whole seconds after which a retry can succeed, when known. */
    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, OptionalLong retryAfterSeconds) {
        HttpHeaders headers = problemHeaders();
        retryAfterSeconds.ifPresent(seconds -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        return new ResponseEntity<>(problem, headers, problem.getStatus());
    }

    /** {@link #respond} for the framework's handlers overridden here, whose signatures fix an untyped body. */
    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return new ResponseEntity<>(problem, problemHeaders(), problem.getStatus());
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }
}
