package dev.robson.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code robson operations resolve 1 --nothing-sold} or {@code --closed-outside --fill 0.00033@90000.00}:
 * settles a CLOSING operation with what the exchange shows. The server confirms "nothing sold"
 * with the exchange before the operation is guarded again.
 */
@Command(
        name = "resolve",
        mixinStandardHelpOptions = true,
        description = "Settle a CLOSING operation: --nothing-sold (back to ACTIVE) or --closed-outside with its fills.")
final class ResolveCloseCommand extends ServerCommand {

    @Mixin
    OperationIdParameter operation;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Outcome outcome;

    static final class Outcome {
        @Option(names = "--nothing-sold", description = "The exchange shows nothing sold: guard it again.")
        boolean nothingSold;

        @Option(names = "--closed-outside", description = "Sold outside Robson: give each --fill.")
        boolean closedOutside;
    }

    @Option(
            names = "--fill",
            paramLabel = "QTY@PRICE[:FEE:ASSET]",
            description = "A fill the exchange shows, e.g. 0.00033@90000.00:0.0297:USDC (repeatable).")
    List<String> fills = List.of();

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, kept in the audit trail.")
    String note;

    @Override
    public Integer call() {
        long id = operation.checked();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("outcome", outcome.nothingSold ? "NOTHING_SOLD" : "CLOSED_OUTSIDE");
        if (outcome.closedOutside) {
            if (fills.isEmpty()) {
                throw CliFailure.usage("--closed-outside needs at least one --fill QTY@PRICE");
            }
            request.put("fills", fills.stream().map(ResolveCloseCommand::fill).toList());
        }
        if (note != null) {
            request.put("note", note);
        }
        var reply = root().api().resolve(id, request);
        return OperationsCommand.showOperation(
                this, reply, "Operation #" + id + " is " + reply.value().status() + ".");
    }

    /** {@code QTY@PRICE} or {@code QTY@PRICE:FEE:ASSET}; amounts stay decimal strings. */
    static Map<String, Object> fill(String text) {
        String[] main = text.split("@", 2);
        if (main.length != 2) {
            throw CliFailure.usage("--fill is QTY@PRICE[:FEE:ASSET], not '" + text + "'");
        }
        String[] rest = main[1].split(":", -1);
        if (rest.length != 1 && rest.length != 3) {
            throw CliFailure.usage("--fill is QTY@PRICE[:FEE:ASSET], not '" + text + "'");
        }
        Map<String, Object> fill = new LinkedHashMap<>();
        fill.put("quantity", Decimals.positive("--fill quantity", main[0]));
        fill.put("price", Decimals.positive("--fill price", rest[0]));
        if (rest.length == 3) {
            fill.put("commission", Decimals.positive("--fill fee", rest[1]));
            fill.put("commission_asset", Symbols.checked(rest[2]));
        }
        return fill;
    }
}
