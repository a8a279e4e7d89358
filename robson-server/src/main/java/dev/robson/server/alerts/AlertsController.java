package dev.robson.server.alerts;

import dev.robson.server.auth.Tenant;
import dev.robson.server.problem.ApiProblem;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's alert targets: where Robson tells the trader that a stop or a target was hit,
 * or that an operation needs a person. Secrets go in and never come out.
 */
@RestController
class AlertsController {

    static final int MAX_DELIVERIES = 200;

    private final AlertService alerts;

    AlertsController(AlertService alerts) {
        this.alerts = alerts;
    }

    /**
     * @param kind     WEBHOOK, TELEGRAM, SLACK or DISCORD
     * @param events   the events that alert (default CLOSED and NEEDS_ATTENTION)
     * @param url      the receiver (webhook, Slack, Discord); stored sealed
     * @param secret   the webhook's signing secret (16–256 characters); generated when absent
     * @param botToken the Telegram bot's token; stored sealed
     * @param chatId   the Telegram chat
     */
    record TargetRequest(
            String kind,
            @Nullable String name,
            @Nullable List<String> events,
            @Nullable String url,
            @Nullable String secret,
            @Nullable String botToken,
            @Nullable String chatId) {

        @Override
        public String toString() {
            return "TargetRequest[" + kind + "]";
        }
    }

    record TargetChange(
            @Nullable String name,
            @Nullable List<String> events,
            @Nullable Boolean enabled) {}

    record TargetList(List<AlertTargetView> targets) {}

    record DeliveryList(List<DeliveryView> deliveries) {}

    @PostMapping({"/api/alerts/targets/", "/api/alerts/targets"})
    ResponseEntity<AlertTargetView> create(Tenant tenant, @RequestBody TargetRequest request) {
        AlertTargetView created = alerts.create(
                tenant.clientId(),
                new AlertService.Creation(
                        kind(request.kind()),
                        request.name(),
                        request.events(),
                        request.url(),
                        request.secret(),
                        request.botToken(),
                        request.chatId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @GetMapping({"/api/alerts/targets/", "/api/alerts/targets"})
    TargetList list(Tenant tenant) {
        return new TargetList(alerts.list(tenant.clientId()));
    }

    @GetMapping({"/api/alerts/targets/{id}/", "/api/alerts/targets/{id}"})
    AlertTargetView get(Tenant tenant, @PathVariable long id) {
        return alerts.get(tenant.clientId(), id);
    }

    @PatchMapping({"/api/alerts/targets/{id}/", "/api/alerts/targets/{id}"})
    AlertTargetView change(Tenant tenant, @PathVariable long id, @RequestBody TargetChange change) {
        return alerts.change(tenant.clientId(), id, change.name(), change.events(), change.enabled());
    }

    @DeleteMapping({"/api/alerts/targets/{id}/", "/api/alerts/targets/{id}"})
    ResponseEntity<Void> remove(Tenant tenant, @PathVariable long id) {
        alerts.remove(tenant.clientId(), id);
        return ResponseEntity.noContent().build();
    }

    /** Sends a test alert now and answers how it went (also in the target's deliveries). */
    @PostMapping({"/api/alerts/targets/{id}/test/", "/api/alerts/targets/{id}/test"})
    DeliveryView test(Tenant tenant, @PathVariable long id) {
        return alerts.test(tenant.clientId(), id);
    }

    /** The target's delivery log, newest first. */
    @GetMapping({"/api/alerts/targets/{id}/deliveries/", "/api/alerts/targets/{id}/deliveries"})
    DeliveryList deliveries(
            Tenant tenant, @PathVariable long id, @RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_DELIVERIES) {
            throw ApiProblem.badRequest("invalid_limit", "limit is 1 to " + MAX_DELIVERIES + ".");
        }
        return new DeliveryList(alerts.deliveries(tenant.clientId(), id, limit));
    }

    private static TargetKind kind(String kind) {
        if (kind != null) {
            try {
                return TargetKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                // said below
            }
        }
        throw ApiProblem.badRequest("invalid_kind", "kind is one of WEBHOOK, TELEGRAM, SLACK, DISCORD.");
    }
}
