package dev.robson.cli;

import dev.robson.cli.api.Position;
import dev.robson.cli.api.RobsonApi;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code robson plan} without a symbol: the first symbol of the server's catalogue, in its
 * order, that the tenant holds no open operation on and that is quoted in the month's budget
 * asset: the same choice the dashboard's planning form starts on. A second operation on a held
 * symbol would be refused as {@code duplicate_position}, so the demo account that holds BTCUSDC
 * plans ETHUSDC.
 */
final class PlanSymbols {

    private PlanSymbols() {}

    static String firstFree(RobsonApi api, String budgetQuoteAsset) {
        Set<String> held = api.positions().value().positions().stream()
                .map(Position::symbol)
                .collect(Collectors.toSet());
        List<RobsonApi.TradedSymbol> catalogue = api.symbols().value();
        return catalogue.stream()
                .filter(candidate -> !held.contains(candidate.symbol()))
                .filter(candidate ->
                        candidate.quoteAsset() == null || candidate.quoteAsset().equals(budgetQuoteAsset))
                .map(RobsonApi.TradedSymbol::symbol)
                .findFirst()
                .orElseThrow(() -> CliFailure.usage("every symbol quoted in " + budgetQuoteAsset
                        + " already has an open operation; name one: robson plan SYMBOL"));
    }
}
