package dev.robson.server.exchange.binance;

/**
 * Binance refused the request (4xx) with its error body, e.g. {@code {"code":-1121,"msg":"Invalid symbol."}}.
 * Sending it again unchanged gets the same answer.
 */
public final class ExchangeRejected extends BinanceException {

    /** The code when the body carried none (a proxy's or firewall's 4xx). */
    public static final int NO_CODE = 0;

    private final int status;
    private final int code;
    private final String reason;

    public ExchangeRejected(String endpoint, int status, int code, String reason) {
        super("Binance rejected " + endpoint + " (HTTP " + status + "): " + code + " " + reason, null);
        this.status = status;
        this.code = code;
        this.reason = reason;
    }

    public int status() {
        return status;
    }

    /** Binance's error code, negative (-1121 invalid symbol, -2010 order rejected, …), or {@link #NO_CODE}. */
    public int code() {
        return code;
    }

    /** Binance's {@code msg}. */
    public String reason() {
        return reason;
    }
}
