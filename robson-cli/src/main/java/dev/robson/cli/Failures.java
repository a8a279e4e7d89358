package dev.robson.cli;

import dev.robson.cli.api.ApiFailure;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/** Turns any failure into its exit code and the one line a person reads on stderr. */
final class Failures {

    private Failures() {}

    static int exitCode(Throwable failure) {
        return switch (failure) {
            case CliFailure cli -> cli.exitCode();
            case ApiFailure api -> ExitCodes.of(api.kind());
            default -> ExitCodes.INTERNAL;
        };
    }

    static String describe(Throwable failure) {
        return switch (failure) {
            case CliFailure cli -> cli.getMessage();
            case ApiFailure api -> describe(api);
            case UncheckedIOException io ->
                io.getMessage() + ": " + io.getCause().getMessage();
            default ->
                "internal error (" + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + ")";
        };
    }

    private static String describe(ApiFailure failure) {
        String detail = trimmed(failure.detail());
        return switch (failure.kind()) {
            case UNAUTHORIZED ->
                detail.contains("robson login") ? detail : "not authorized: " + detail + "; run 'robson login'";
            case NOT_FOUND -> "not found: " + detail;
            case BAD_REQUEST -> "the server refused the request: " + detail + fields(failure);
            case REJECTED -> "refused: " + detail;
            case RATE_LIMITED ->
                "too many requests"
                        + failure.retryAfterSeconds().stream()
                                .mapToObj(seconds -> "; retry in " + seconds + " s")
                                .findFirst()
                                .orElse("");
            case SERVER_ERROR ->
                failure.status() == 0
                        ? detail
                        : "server error (HTTP " + failure.status()
                                + (failure.code() == null ? "" : " " + failure.code()) + "): " + detail;
            case UNREACHABLE -> detail + "; is the server running? (--server or ROBSON_SERVER)";
        };
    }

    private static String fields(ApiFailure failure) {
        if (failure.fieldErrors().isEmpty()) {
            return "";
        }
        return " ("
                + failure.fieldErrors().stream()
                        .map(error -> error.field() + " " + error.message())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    /** Problem details end with a full stop; the line adds its own clauses after it. */
    private static String trimmed(String detail) {
        String text = detail == null ? "" : detail.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
