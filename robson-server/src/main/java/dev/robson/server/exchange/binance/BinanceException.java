package dev.robson.server.exchange.binance;

/**
 * Why a Binance call gave no answer. Messages name the endpoint (method and path), never the
 * query: signed queries carry the signature.
 */
public abstract sealed class BinanceException extends RuntimeException
        permits ExchangeUnavailable, ExchangeRateLimited, ExchangeRejected, OrderUnanswered {

    protected BinanceException(String message, Throwable cause) {
        super(message, cause);
    }
}
