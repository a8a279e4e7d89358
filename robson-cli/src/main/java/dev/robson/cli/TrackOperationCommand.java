package dev.robson.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code robson operations track}: start guarding a position already filled on the exchange. */
@Command(
        name = "track",
        mixinStandardHelpOptions = true,
        description = "Track a position already filled on the exchange, with its stop and target.")
final class TrackOperationCommand extends ServerCommand {

    @Option(names = "--symbol", required = true, paramLabel = "SYMBOL", description = "e.g. BTCUSDC")
    String symbol;

    @Option(names = "--side", required = true, paramLabel = "SIDE", description = "LONG (BUY) or SHORT (SELL)")
    String side;

    @Option(names = "--quantity", required = true, paramLabel = "QTY", description = "Filled quantity, e.g. 0.00033")
    String quantity;

    @Option(names = "--entry", required = true, paramLabel = "PRICE", description = "Average fill price")
    String entry;

    @Option(names = "--stop", required = true, paramLabel = "PRICE", description = "Stop-loss price")
    String stop;

    @Option(names = "--target", required = true, paramLabel = "PRICE", description = "Take-profit price")
    String target;

    @Option(names = "--opened-at", paramLabel = "INSTANT", description = "When it filled, e.g. 2025-12-22T14:30:00Z")
    String openedAt;

    @Override
    public Integer call() {
        String direction = side.strip().toUpperCase(Locale.ROOT);
        if (!List.of("BUY", "SELL", "LONG", "SHORT").contains(direction)) {
            throw CliFailure.usage("--side is LONG, SHORT, BUY or SELL; not '" + side + "'");
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("symbol", Symbols.checked(symbol));
        request.put("side", direction);
        request.put("quantity", Decimals.positive("--quantity", quantity));
        request.put("entry_price", Decimals.positive("--entry", entry));
        request.put("stop_loss", Decimals.positive("--stop", stop));
        request.put("take_profit", Decimals.positive("--target", target));
        if (openedAt != null) {
            try {
                request.put("opened_at", Instant.parse(openedAt.strip()).toString());
            } catch (DateTimeParseException notAnInstant) {
                throw CliFailure.usage("--opened-at '" + openedAt + "' is not an instant such as 2025-12-22T14:30:00Z");
            }
        }
        var reply = root().api().track(request);
        return OperationsCommand.showOperation(
                this, reply, "Tracking operation #" + reply.value().operationId() + ".");
    }
}
