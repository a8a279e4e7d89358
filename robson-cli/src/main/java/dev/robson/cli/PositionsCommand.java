package dev.robson.cli;

import dev.robson.cli.api.Portfolio;
import dev.robson.cli.api.PortfolioTotal;
import dev.robson.cli.api.Position;
import dev.robson.cli.api.PushStream;
import dev.robson.cli.api.RobsonApi;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code robson positions}: one card per open position. */
@Command(
        name = "positions",
        mixinStandardHelpOptions = true,
        description = "Show open positions: price, P&L, and distance to stop and target.")
final class PositionsCommand extends ServerCommand {

    @Option(
            names = "--watch",
            description = "Redraw on each change (push stream) or every interval (polling) until Ctrl-C.")
    boolean watch;

    @Option(
            names = "--interval",
            paramLabel = "TIME",
            defaultValue = "5s",
            converter = Intervals.class,
            description = "Time between redraws with --watch: 500ms, 5s, 1m (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Override
    public Integer call() {
        RobsonCommand root = root();
        CliEnvironment environment = root.environment();
        refuseJsonWhileWatching(watch);
        RobsonApi api = root.api();
        Function<Portfolio, List<String>> cards =
                portfolio -> cards(amounts(), portfolio, environment.terminal(), environment.zone());
        if (watch) {
            return watch(
                    interval,
                    api,
                    "positions",
                    PushStream::positions,
                    () -> api.positions().value(),
                    cards);
        }
        return show(api.positions(), cards);
    }

    static List<String> cards(Amounts amounts, Portfolio portfolio, Terminal terminal, ZoneId zone) {
        Style style = terminal.style();
        String mode = Marks.unlessReal(portfolio.tradingMode(), style);
        List<String> lines = new ArrayList<>();
        if (portfolio.positions().isEmpty()) {
            lines.add("No open positions." + mode);
            lines.add(style.dim("Track a filled position with 'robson operations track --help'."));
            return lines;
        }
        Card card = new Card(terminal.glyphs(), style.bold("ACTIVE POSITIONS") + mode);
        boolean first = true;
        for (Position position : portfolio.positions()) {
            if (!first) {
                card.rule();
            }
            first = false;
            add(amounts, card, position, style);
        }
        if (!portfolio.totals().isEmpty()) {
            card.rule();
            for (PortfolioTotal total : portfolio.totals()) {
                String quote = total.quoteAsset();
                card.text("Total " + quote + ": P&L "
                        + style.bySign(
                                total.unrealizedPnl(),
                                amounts.signedMoney(total.unrealizedPnl(), quote) + " ("
                                        + Amounts.signedPercent(total.unrealizedPnlPercent()) + ")")
                        + net(amounts, total, style)
                        + ", value " + amounts.money(total.positionsValue(), quote));
            }
        }
        lines.addAll(card.render());
        if (portfolio.asOf() != null) {
            lines.add(style.dim("Valued at " + Times.dateTime(portfolio.asOf(), zone)));
        }
        return lines;
    }

    /** ", net +$0.10": what the positions would leave after fees, when the server says. */
    private static String net(Amounts amounts, PortfolioTotal total, Style style) {
        if (total.unrealizedPnlNet() == null) {
            return "";
        }
        return ", net "
                + style.bySign(
                        total.unrealizedPnlNet(), amounts.signedMoney(total.unrealizedPnlNet(), total.quoteAsset()));
    }

    private static void add(Amounts amounts, Card card, Position position, Style style) {
        String quote = amounts.quoteOf(position.symbol(), position.quoteAsset());
        String base = Amounts.base(position.symbol(), quote);
        if (position.needsAttention()) {
            // Marked first, in red with a "!!" as well: colour alone is lost on NO_COLOR terminals.
            card.text(style.red("!! " + position.status()
                    + (position.attention() == null ? ": the close has not finished" : ": " + position.attention())));
            card.text(style.dim("   robson operations retry " + position.operationId()
                    + "  |  robson operations resolve " + position.operationId() + " --help"));
        }
        card.row(
                "Symbol",
                style.bold(position.symbol()) + "  " + style.dim("#" + position.operationId())
                        + (position.marketStatus() == null || "TRADING".equals(position.marketStatus())
                                ? ""
                                : " " + style.yellow("[" + position.marketStatus() + "]")));
        card.row("Side", position.direction());
        card.row("Qty", Amounts.grouped(position.quantity()) + (base == null ? "" : " " + base));
        card.row("Entry", amounts.money(position.entryPrice(), quote));
        if (position.currentPrice() == null) {
            card.row("Current", style.red("no price") + Marks.stale(position.priceStale(), style));
        } else {
            card.row(
                    "Current",
                    amounts.money(position.currentPrice(), quote)
                            + Marks.unlessReal(position.priceSource(), style)
                            + Marks.stale(position.priceStale(), style));
            card.row(
                    "P&L",
                    style.bySign(
                            position.unrealizedPnl(),
                            amounts.signedMoney(position.unrealizedPnl(), quote) + " ("
                                    + Amounts.signedPercent(position.unrealizedPnlPercent()) + ")"));
        }
        if (position.unrealizedPnlNet() != null) {
            card.row(
                    "Net of fees",
                    style.bySign(position.unrealizedPnlNet(), amounts.signedMoney(position.unrealizedPnlNet(), quote))
                            + style.dim("  paid " + amounts.money(position.feesPaid(), quote) + ", exit ~"
                                    + amounts.money(position.estimatedExitFee(), quote)));
        }
        if (position.distanceToStopPercent() == null) {
            card.row("Stop", amounts.money(position.stopLoss(), quote));
            card.row("Target", amounts.money(position.takeProfit(), quote));
            return;
        }
        card.row(
                "Stop",
                protection(
                        amounts,
                        position.stopLoss(),
                        position.distanceToStopPercent(),
                        position.riskAtStop(),
                        quote,
                        style));
        card.row(
                "Target",
                protection(
                        amounts,
                        position.takeProfit(),
                        position.distanceToTargetPercent(),
                        position.rewardAtTarget(),
                        quote,
                        style));
    }

    /** {@code $87,061.16 (-2.45%) P&L if hit -$0.59}. */
    private static String protection(
            Amounts amounts, BigDecimal price, BigDecimal distance, BigDecimal pnlIfHit, String quote, Style style) {
        String line = amounts.money(price, quote) + " (" + Amounts.signedPercent(distance) + ")";
        if (pnlIfHit != null) {
            line += style.dim("  if hit ") + style.bySign(pnlIfHit, amounts.signedMoney(pnlIfHit, quote));
        }
        return line;
    }
}
