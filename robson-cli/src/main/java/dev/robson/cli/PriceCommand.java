package dev.robson.cli;

import dev.robson.cli.api.MarketPrice;
import dev.robson.cli.api.RobsonApi;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code robson price BTCUSDC}: {@code BTC/USDC: Bid $89,245.00 | Ask $89,246.00 | Spread $1.00}. */
@Command(name = "price", mixinStandardHelpOptions = true, description = "Show the bid, ask and spread of a symbol.")
final class PriceCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "Exchange symbol, e.g. BTCUSDC.")
    String symbol;

    @Option(
            names = "--watch",
            description = "Redraw on each new price (push stream) or every interval (polling) until Ctrl-C.")
    boolean watch;

    @Option(
            names = "--interval",
            paramLabel = "TIME",
            defaultValue = "1s",
            converter = Intervals.class,
            description = "Time between redraws with --watch: 500ms, 2s, 1m (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Override
    public Integer call() {
        RobsonCommand root = root();
        CliEnvironment environment = root.environment();
        String checked = Symbols.checked(symbol);
        refuseJsonWhileWatching(watch);
        RobsonApi api = root.api();
        if (watch) {
            AtomicReference<BigDecimal> previousBid = new AtomicReference<>();
            return watch(
                    interval,
                    api,
                    "price:" + checked,
                    stream -> stream.price(checked),
                    () -> api.price(checked).value(),
                    price -> frame(amounts(), price, previousBid.getAndSet(price.bid()), environment));
        }
        return show(
                api.price(checked),
                price -> List.of(line(amounts(), price, environment.terminal().style())));
    }

    /** The seed's line, then the marks (SIMULATED, STALE) when the server sets them. */
    static String line(Amounts amounts, MarketPrice price, Style style) {
        String quote = amounts.quoteOf(price.symbol(), price.quoteAsset());
        String pair = quote == null ? price.symbol() : Amounts.pair(price.symbol(), quote);
        return pair + ": Bid " + amounts.money(price.bid(), quote) + " | Ask " + amounts.money(price.ask(), quote)
                + " | Spread " + amounts.money(price.spread(), quote) + Marks.unlessReal(price.source(), style)
                + Marks.stale(price.stale(), style);
    }

    /** In a watch: the line with the bid's direction since the last frame, then last trade and quote time. */
    static List<String> frame(Amounts amounts, MarketPrice price, BigDecimal previousBid, CliEnvironment environment) {
        Terminal terminal = environment.terminal();
        Style style = terminal.style();
        Glyphs glyphs = terminal.glyphs();
        String direction = " ";
        if (previousBid != null && previousBid.compareTo(price.bid()) != 0) {
            direction = previousBid.compareTo(price.bid()) < 0 ? style.green(glyphs.up()) : style.red(glyphs.down());
        }
        StringBuilder detail = new StringBuilder();
        if (price.last() != null) {
            detail.append("Last ")
                    .append(amounts.money(price.last(), amounts.quoteOf(price.symbol(), price.quoteAsset())))
                    .append(' ')
                    .append(glyphs.dot())
                    .append(' ');
        }
        if (price.spreadPercent() != null) {
            detail.append("Spread ")
                    .append(Amounts.percent(price.spreadPercent()))
                    .append(' ')
                    .append(glyphs.dot())
                    .append(' ');
        }
        detail.append("Quoted ").append(Times.clock(price.timestamp(), environment.zone()));
        return List.of(line(amounts, price, style) + " " + direction, style.dim(detail.toString()));
    }
}
