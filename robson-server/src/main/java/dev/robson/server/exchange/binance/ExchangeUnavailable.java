package dev.robson.server.exchange.binance;

/** Binance could not be reached or answered nonsense (5xx, timeout, broken connection, bad JSON): try later. */
public final class ExchangeUnavailable extends BinanceException {

    public ExchangeUnavailable(String message) {
        super(message, null);
    }

    public ExchangeUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
