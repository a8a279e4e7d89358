package dev.robson.server.alerts;

import dev.robson.server.problem.ApiProblem;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** What the alerts API does: checks what a tenant asks for, then stores, changes, tests and lists. */
@Service
final class AlertService {

    /** Telegram's bot tokens: the bot's number, a colon, 35 URL-safe characters (a little slack). */
    private static final Pattern BOT_TOKEN = Pattern.compile("\\d{3,20}:[A-Za-z0-9_-]{20,100}");
    /** A chat's number (negative for groups) or a public channel's @name. */
    private static final Pattern CHAT_ID = Pattern.compile("-?\\d{1,20}|@[A-Za-z0-9_]{5,32}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AlertTargets targets;
    private final AlertDeliveries deliveries;
    private final AlertDispatcher dispatcher;
    private final SafeUrls urls;
    private final AlertsProperties settings;
    private final JsonMapper json;
    private final Clock clock;

    AlertService(
            AlertTargets targets,
            AlertDeliveries deliveries,
            AlertDispatcher dispatcher,
            SafeUrls urls,
            AlertsProperties settings,
            JsonMapper json,
            Clock clock) {
        this.targets = targets;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.urls = urls;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    record Creation(
            TargetKind kind,
            String name,
            List<String> events,
            String url,
            String secret,
            String botToken,
            String chatId) {

        @Override
        public String toString() {
            return "Creation[" + kind + " " + name + "]";
        }
    }

    AlertTargetView create(long tenantId, Creation request) {
        targets.requireSealing();
        if (request.kind() == null) {
            throw ApiProblem.badRequest("invalid_kind", "kind is one of WEBHOOK, TELEGRAM, SLACK, DISCORD.");
        }
        String name = name(request.name(), request.kind());
        List<String> events = events(request.events());
        if (targets.count(tenantId) >= settings.maxTargetsPerTenant()) {
            throw ApiProblem.unprocessable(
                    "alert_targets_limit", "At most " + settings.maxTargetsPerTenant() + " alert targets per tenant.");
        }
        String generated = null;
        AlertTargets.NewTarget target;
        switch (request.kind()) {
            case WEBHOOK -> {
                URI url = urls.checked(request.url(), "url");
                String secret = request.secret();
                if (secret == null || secret.isBlank()) {
                    generated = secret();
                    secret = generated;
                } else if (secret.length() < 16 || secret.length() > 256) {
                    throw ApiProblem.badRequest("invalid_secret", "secret is 16 to 256 characters.");
                }
                refuse(request.botToken(), "bot_token", request.chatId(), "chat_id");
                target = new AlertTargets.NewTarget(
                        TargetKind.WEBHOOK, name, events, url.getHost(), url.toString(), secret, null);
            }
            case SLACK, DISCORD -> {
                URI url = urls.checked(request.url(), "url");
                refuse(request.secret(), "secret", request.botToken(), "bot_token");
                refuse(request.chatId(), "chat_id", null, null);
                target = new AlertTargets.NewTarget(
                        request.kind(), name, events, url.getHost(), url.toString(), null, null);
            }
            case TELEGRAM -> {
                if (request.botToken() == null
                        || !BOT_TOKEN.matcher(request.botToken()).matches()) {
                    throw ApiProblem.badRequest(
                            "invalid_bot_token", "bot_token is the token BotFather gave, like 123456:ABC-DEF….");
                }
                if (request.chatId() == null
                        || !CHAT_ID.matcher(request.chatId()).matches()) {
                    throw ApiProblem.badRequest(
                            "invalid_chat_id", "chat_id is the chat's number (e.g. -1001234567890) or @channelname.");
                }
                refuse(request.url(), "url", request.secret(), "secret");
                target = new AlertTargets.NewTarget(
                        TargetKind.TELEGRAM,
                        name,
                        events,
                        "Telegram chat " + request.chatId(),
                        null,
                        request.botToken(),
                        request.chatId());
            }
            default -> throw new IllegalStateException();
        }
        AlertTarget created = targets.create(tenantId, target, clock.instant());
        return view(created, generated);
    }

    List<AlertTargetView> list(long tenantId) {
        return targets.of(tenantId).stream().map(target -> view(target, null)).toList();
    }

    AlertTargetView get(long tenantId, long id) {
        return view(require(tenantId, id), null);
    }

    AlertTargetView change(long tenantId, long id, String name, List<String> events, Boolean enabled) {
        AlertTarget target = require(tenantId, id);
        targets.change(
                tenantId,
                id,
                name == null ? null : name(name, target.kind()),
                events == null ? null : events(events),
                enabled);
        return get(tenantId, id);
    }

    void remove(long tenantId, long id) {
        if (!targets.remove(tenantId, id)) {
            throw notFound(id);
        }
    }

    /** A test alert to the target now; answers the attempt as the log records it. */
    DeliveryView test(long tenantId, long id) {
        AlertTarget target = require(tenantId, id);
        String payload = json.writeValueAsString(json.createObjectNode()
                .put("event", AlertEvents.TEST)
                .put("target", target.name())
                .put("occurred_at", clock.instant().toString()));
        AlertDelivery delivery = deliveries.addTest(tenantId, id, payload, clock.instant(), settings.claimLease());
        return DeliveryView.of(dispatcher.sendNow(delivery));
    }

    List<DeliveryView> deliveries(long tenantId, long id, int limit) {
        require(tenantId, id);
        return deliveries.of(tenantId, id, limit).stream().map(DeliveryView::of).toList();
    }

    private AlertTarget require(long tenantId, long id) {
        return targets.find(tenantId, id).orElseThrow(() -> notFound(id));
    }

    private AlertTargetView view(AlertTarget target, String signingSecret) {
        return AlertTargetView.of(target, clock.instant(), settings.flagAfter(), signingSecret);
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("alert_target_not_found", "Alert target " + id + " does not exist.");
    }

    private static String name(String name, TargetKind kind) {
        String chosen = name == null || name.isBlank() ? kind.name().toLowerCase(Locale.ROOT) : name.strip();
        if (chosen.length() > 64 || chosen.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.badRequest("invalid_name", "name is at most 64 printable characters.");
        }
        return chosen;
    }

    private static List<String> events(List<String> requested) {
        if (requested == null) {
            return AlertEvents.DEFAULT;
        }
        if (requested.isEmpty()) {
            throw ApiProblem.badRequest("invalid_events", "events names at least one event, e.g. CLOSED.");
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (String event : requested) {
            String name = event == null ? "" : event.strip().toUpperCase(Locale.ROOT);
            if (!AlertEvents.KNOWN.contains(name)) {
                throw ApiProblem.badRequest(
                        "invalid_events",
                        "Unknown event '" + (event == null ? "" : event.strip()) + "'; events are "
                                + String.join(
                                        ", ",
                                        AlertEvents.KNOWN.stream().sorted().toList()) + ".");
            }
            chosen.add(name);
        }
        return List.copyOf(chosen);
    }

    private static void refuse(String first, String firstName, String second, String secondName) {
        if (first != null) {
            throw ApiProblem.badRequest("invalid_field", firstName + " does not apply to this kind of target.");
        }
        if (second != null) {
            throw ApiProblem.badRequest("invalid_field", secondName + " does not apply to this kind of target.");
        }
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
