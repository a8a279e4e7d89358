package dev.robson.cli;

import dev.robson.cli.api.PlanningApi;
import dev.robson.cli.api.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code robson plan BTCUSDC --strategy "BTC Spot Manual"}: the server reads the chart, puts
 * the stop under the support, sizes the position to the strategy's risk and checks the
 * month's budget. Nothing is bought: the plan waits for {@code robson confirm} until it expires.
 * Without a symbol, the first one the tenant holds no open operation on ({@link PlanSymbols});
 * without a strategy, the tenant's first, as the dashboard starts.
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description =
                "Plan an entry: technical stop, size for the strategy's risk, target; confirm it within its expiry.")
final class PlanCommand extends ServerCommand {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SYMBOL",
            description = "e.g. BTCUSDC; default: the first symbol with no open operation of yours")
    String symbol;

    @Option(
            names = "--strategy",
            paramLabel = "NAME",
            description = "Strategy to follow, by name, any case (see 'robson strategies'); default: your first.")
    String strategy;

    @Option(names = "--dry-run", description = "Show the plan without saving it.")
    boolean dryRun;

    @Override
    public Integer call() {
        RobsonCommand root = root();
        PlanningApi planning = root.planning();
        String checked = symbol != null
                ? Symbols.checked(symbol)
                : PlanSymbols.firstFree(
                        root.api(), planning.riskStatus().value().quoteAsset());
        Strategy chosen = StrategyNames.resolve(planning, strategy);
        CliEnvironment environment = root.environment();
        return show(
                planning.plan(chosen.id(), checked, dryRun),
                plan -> PlanCards.card(
                        amounts(),
                        plan,
                        environment.terminal(),
                        environment.clock().instant()));
    }
}
