package dev.robson.cli;

import dev.robson.cli.api.PlanningApi;
import dev.robson.cli.api.Strategy;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code --strategy "btc spot manual"}: a strategy named as the trader knows it, found among the tenant's. */
final class StrategyNames {

    private StrategyNames() {}

    /** @param typed the name as typed, or null for the tenant's first strategy */
    static Strategy resolve(PlanningApi planning, String typed) {
        List<Strategy> strategies = planning.strategies().value();
        if (typed == null) {
            return strategies.stream()
                    .findFirst()
                    .orElseThrow(() -> CliFailure.usage("this account has no strategies"));
        }
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (strategies.isEmpty()) {
            throw CliFailure.usage("no strategy '" + typed.strip() + "': this account has no strategies");
        }
        return strategies.stream()
                .filter(strategy ->
                        strategy.name().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElseThrow(() -> CliFailure.usage("no strategy '" + typed.strip() + "'; the strategies are: "
                        + strategies.stream().map(Strategy::name).collect(Collectors.joining(", "))
                        + " (see 'robson strategies')"));
    }
}
