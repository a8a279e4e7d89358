package dev.robson.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code robson alerts remove ID}: the target and its delivery log go. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an alert target.")
final class RemoveAlertCommand extends ServerCommand {

    @Mixin
    AlertTargetIdParameter target;

    @Override
    public Integer call() {
        root().api().removeAlertTarget(target.id);
        Map<String, Object> removed = new LinkedHashMap<>();
        removed.put("id", target.id);
        removed.put("removed", true);
        printDocument(removed, () -> List.of("Removed alert target #" + target.id + "."));
        return ExitCodes.OK;
    }
}
