package dev.robson.server.monitor;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.server.closing.OperationCloser;
import dev.robson.server.closing.ScriptedExecutor;
import dev.robson.server.closing.TestClosers;
import dev.robson.server.support.FixedQuotes;
import dev.robson.server.symbols.SymbolCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the monitor-at-scale benchmark and the check of its seed both start from: the server
 * that holds the {@link MonitorScaleSeed} book, priced at 100.00 (above every stop), and closes
 * through a scripted exchange that fills at 99.40, the price that crosses the high stops.
 */
abstract class MonitorScaleBook {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SymbolCatalog catalog;

    @Autowired
    FixedQuotes quotes;

    final ScriptedExecutor exchange = new ScriptedExecutor();

    /** The close path, on the system clock, to an exchange that fills every order at 99.40. */
    OperationCloser closerFillingAtTheCrossing() {
        exchange.fillAt("99.40");
        return TestClosers.closer(context, exchange, Clock.systemUTC());
    }

    /** Every symbol's book at 100.00 / 100.01: no stop crossed. */
    void priceSafe(List<String> symbols) {
        symbols.forEach(symbol -> quotes.set(symbol, "100.00", "100.01"));
    }

    /** A price that crosses no stop of the symbol. */
    static Quote safe(String symbol) {
        return new Quote(symbol, Price.of("100.00"), Price.of("100.01"), Price.of("100.00"), Instant.now());
    }

    /** A price under the symbol's high stop (99.50) and above its others (90.00). */
    static Quote crossing(String symbol) {
        return new Quote(symbol, Price.of("99.40"), Price.of("99.41"), Price.of("99.40"), Instant.now());
    }
}
