package dev.robson.server.exchange.binance.fake;

/** One of Binance's error answers, thrown inside the fake and written as {@code {"code","msg"}}. */
final class BinanceError extends RuntimeException {

    final int status;
    final int code;

    BinanceError(int status, int code, String msg) {
        super(msg, null, false, false);
        this.status = status;
        this.code = code;
    }

    static BinanceError invalidSymbol() {
        return new BinanceError(400, -1121, "Invalid symbol.");
    }

    static BinanceError mandatory(String parameter) {
        return new BinanceError(
                400, -1102, "Mandatory parameter '" + parameter + "' was not sent, was empty/null, or malformed.");
    }

    FakeReply reply() {
        return FakeReply.error(status, code, getMessage());
    }
}
