package dev.robson.cli;

import dev.robson.cli.api.Portfolio;
import dev.robson.cli.api.PortfolioTotal;
import dev.robson.cli.api.Position;
import dev.robson.cli.api.PushStream;
import dev.robson.cli.api.Reply;
import dev.robson.cli.api.RobsonApi;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code robson positions}: one card per open position. */
@Command(
        name = "positions",
        mixinStandardHelpOptions = true,
        description = "Show open positions: price, P&L, and distance to stop and target.")
final class PositionsCommand extends ServerCommand {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

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
        PrintWriter out = out();
        if (watch && json.requested) {
            throw CliFailure.usage("--watch and --json do not mix: --json prints one document");
        }
        RobsonApi api = root.api();
        if (watch) {
            Duration every = Intervals.checked(interval, environment);
            try (PushFollow push = new PushFollow(() -> api.stream(List.of(PushStream.Subscription.of("positions"))))) {
                return new Watch(out, environment, every, push)
                        .run(() -> cards(
                                push.latest(PushStream::positions, PushFollow.FIRST_FRAME)
                                        .orElseGet(() -> api.positions().value()),
                                environment.terminal(),
                                environment.zone()));
            }
        }
        Reply<Portfolio> reply = api.positions();
        ReplyPrinter.print(
                out, reply, json.requested, portfolio -> cards(portfolio, environment.terminal(), environment.zone()));
        return ExitCodes.OK;
    }

    static List<String> cards(Portfolio portfolio, Terminal terminal, ZoneId zone) {
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
            add(card, position, style);
        }
        if (!portfolio.totals().isEmpty()) {
            card.rule();
            for (PortfolioTotal total : portfolio.totals()) {
                String quote = total.quoteAsset();
                card.text("Total " + quote + ": P&L "
                        + style.bySign(
                                total.unrealizedPnl(),
                                Amounts.signedMoney(total.unrealizedPnl(), quote) + " ("
                                        + Amounts.signedPercent(total.unrealizedPnlPercent()) + ")")
                        + ", value " + Amounts.money(total.positionsValue(), quote));
            }
        }
        lines.addAll(card.render());
        if (portfolio.asOf() != null) {
            lines.add(style.dim("Valued at "
                    + WHEN.format(Instant.ofEpochSecond(portfolio.asOf()).atZone(zone))));
        }
        return lines;
    }

    private static void add(Card card, Position position, Style style) {
        String quote = position.quoteAsset();
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
        card.row("Entry", Amounts.money(position.entryPrice(), quote));
        if (position.currentPrice() == null) {
            card.row("Current", style.red("no price") + Marks.stale(position.priceStale(), style));
        } else {
            card.row(
                    "Current",
                    Amounts.money(position.currentPrice(), quote)
                            + Marks.unlessReal(position.priceSource(), style)
                            + Marks.stale(position.priceStale(), style));
            card.row(
                    "P&L",
                    style.bySign(
                            position.unrealizedPnl(),
                            Amounts.signedMoney(position.unrealizedPnl(), quote) + " ("
                                    + Amounts.signedPercent(position.unrealizedPnlPercent()) + ")"));
        }
        if (position.unrealizedPnlNet() != null) {
            card.row(
                    "Net of fees",
                    style.bySign(position.unrealizedPnlNet(), Amounts.signedMoney(position.unrealizedPnlNet(), quote))
                            + style.dim("  paid " + Amounts.money(position.feesPaid(), quote) + ", exit ~"
                                    + Amounts.money(position.estimatedExitFee(), quote)));
        }
        if (position.distanceToStopPercent() == null) {
            card.row("Stop", Amounts.money(position.stopLoss(), quote));
            card.row("Target", Amounts.money(position.takeProfit(), quote));
            return;
        }
        card.row(
                "Stop",
                protection(position.stopLoss(), position.distanceToStopPercent(), position.riskAtStop(), quote, style));
        card.row(
                "Target",
                protection(
                        position.takeProfit(),
                        position.distanceToTargetPercent(),
                        position.rewardAtTarget(),
                        quote,
                        style));
    }

    /** {@code $87,061.16 (-2.45%) P&L if hit -$0.59}. */
    private static String protection(
            BigDecimal price, BigDecimal distance, BigDecimal pnlIfHit, String quote, Style style) {
        String line = Amounts.money(price, quote) + " (" + Amounts.signedPercent(distance) + ")";
        if (pnlIfHit != null) {
            line += style.dim("  if hit ") + style.bySign(pnlIfHit, Amounts.signedMoney(pnlIfHit, quote));
        }
        return line;
    }
}
