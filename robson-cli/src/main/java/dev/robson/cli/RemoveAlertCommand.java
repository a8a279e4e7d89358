package dev.robson.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code robson alerts remove ID}: the target and its delivery log go. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an alert target.")
final class RemoveAlertCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The target's id (see 'robson alerts').")
    long id;

    @Override
    public Integer call() {
        root().api().removeAlertTarget(id);
        Map<String, Object> removed = new LinkedHashMap<>();
        removed.put("id", id);
        removed.put("removed", true);
        printDocument(removed, () -> List.of("Removed alert target #" + id + "."));
        return ExitCodes.OK;
    }
}
