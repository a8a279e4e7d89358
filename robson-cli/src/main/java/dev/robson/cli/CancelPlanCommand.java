package dev.robson.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code robson cancel 42}: drops a plan not yet confirmed; nothing was bought, so nothing is undone. */
@Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a plan that is not confirmed yet.")
final class CancelPlanCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "Plan (operation) id.")
    long id;

    @Override
    public Integer call() {
        OperationIds.check(id);
        CliEnvironment environment = root().environment();
        return show(root().planning().cancel(id), plan -> {
            List<String> lines = new ArrayList<>();
            lines.add("Cancelled plan #" + id + ".");
            lines.addAll(PlanCards.card(
                    amounts(), plan, environment.terminal(), environment.clock().instant()));
            return lines;
        });
    }
}
