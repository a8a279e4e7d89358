package dev.robson.server.exchange.stream;

/** The stream could not be reached or written to; the supervisor retries later. */
final class StreamUnavailable extends Exception {

    StreamUnavailable(Throwable cause) {
        super(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
