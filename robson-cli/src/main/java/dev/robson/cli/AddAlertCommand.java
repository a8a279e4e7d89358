package dev.robson.cli;

import dev.robson.cli.api.AlertTarget;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code robson alerts add webhook URL [--secret S]}, {@code add slack URL}, {@code add discord
 * URL}, {@code add telegram --bot-token T --chat-id C}; each with {@code --name} and
 * {@code --events CLOSED,NEEDS_ATTENTION}. Secrets are better read from the environment than
 * typed where the shell's history keeps them: {@code --secret-env NAME} and
 * {@code --bot-token-env NAME} read them from a variable.
 */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add an alert target: webhook URL, slack URL, discord URL, or telegram --bot-token --chat-id.")
final class AddAlertCommand extends ServerCommand {

    @Parameters(index = "0", paramLabel = "KIND", description = "webhook, slack, discord or telegram.")
    String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "URL", description = "Where to send (not for telegram).")
    String url;

    @Option(names = "--name", paramLabel = "NAME", description = "A name to tell targets apart.")
    String name;

    @Option(
            names = "--events",
            paramLabel = "EVENTS",
            description = "Comma-separated events that alert (default: CLOSED,NEEDS_ATTENTION).")
    String events;

    @Option(names = "--secret-env", paramLabel = "VAR", description = "Webhook signing secret from this variable.")
    String secretVariable;

    @Option(names = "--bot-token-env", paramLabel = "VAR", description = "Telegram bot token from this variable.")
    String botTokenVariable;

    @Option(names = "--bot-token", paramLabel = "TOKEN", description = "Telegram bot token.")
    String botToken;

    @Option(names = "--chat-id", paramLabel = "CHAT", description = "Telegram chat id or @channel.")
    String chatId;

    @Override
    public Integer call() {
        RobsonCommand root = root();
        CliEnvironment environment = root.environment();
        String chosen = kind.strip().toLowerCase(Locale.ROOT);
        if (!List.of("webhook", "slack", "discord", "telegram").contains(chosen)) {
            throw CliFailure.usage("KIND is one of webhook, slack, discord, telegram; not '" + kind + "'");
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("kind", chosen.toUpperCase(Locale.ROOT));
        if (name != null) {
            request.put("name", name);
        }
        if (events != null) {
            request.put(
                    "events",
                    Arrays.stream(events.split(","))
                            .map(String::strip)
                            .filter(event -> !event.isEmpty())
                            .toList());
        }
        if (chosen.equals("telegram")) {
            if (url != null) {
                throw CliFailure.usage("telegram takes --bot-token and --chat-id, not a URL");
            }
            String token = botTokenVariable != null ? variable(environment, botTokenVariable) : botToken;
            if (token == null || chatId == null) {
                throw CliFailure.usage("telegram needs --bot-token (or --bot-token-env) and --chat-id");
            }
            request.put("bot_token", token);
            request.put("chat_id", chatId);
        } else {
            if (url == null) {
                throw CliFailure.usage(chosen + " needs the URL to send to");
            }
            request.put("url", url);
            if (secretVariable != null) {
                if (!chosen.equals("webhook")) {
                    throw CliFailure.usage("--secret-env is for webhook targets");
                }
                request.put("secret", variable(environment, secretVariable));
            }
        }
        return show(root.api().addAlertTarget(request), target -> lines(target, environment.terminal()));
    }

    private static String variable(CliEnvironment environment, String name) {
        String value = environment.variables().get(name);
        if (value == null || value.isBlank()) {
            throw CliFailure.usage("the variable " + name + " is not set");
        }
        return value.strip();
    }

    static List<String> lines(AlertTarget target, Terminal terminal) {
        Style style = terminal.style();
        String added = "Added alert target #" + target.id() + " (" + target.kind() + " to "
                + ServerTexts.inert(target.destination()) + ") for " + String.join(", ", target.events()) + ".";
        if (target.signingSecret() == null) {
            return List.of(added, style.dim("Try it: robson alerts test " + target.id()));
        }
        return List.of(
                added,
                "Signing secret (shown once, keep it for checking X-Robson-Signature): "
                        + ServerTexts.inert(target.signingSecret()),
                style.dim("Try it: robson alerts test " + target.id()));
    }
}
