package dev.robson.server.alerts;

import dev.robson.server.auth.Tenant;
import dev.robson.server.problem.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.ResponseStatus;
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
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an alert target (webhook, Telegram, Slack, Discord); its secrets are stored sealed")
    ResponseEntity<AlertTargetView> createTarget(Tenant tenant, @RequestBody TargetRequest request) {
        AlertTargetView created = alerts.create(
                tenant.tenantId(),
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
    @Operation(summary = "The caller's alert targets, without their secrets")
    TargetList listTargets(Tenant tenant) {
        return new TargetList(alerts.list(tenant.tenantId()));
    }

    @GetMapping({"/api/alerts/targets/{id}/", "/api/alerts/targets/{id}"})
    @Operation(summary = "One alert target, with whether its deliveries are failing")
    AlertTargetView getTarget(Tenant tenant, @PathVariable long id) {
        return alerts.get(tenant.tenantId(), id);
    }

    @PatchMapping({"/api/alerts/targets/{id}/", "/api/alerts/targets/{id}"})
    @Operation(summary = "Rename a target, choose its events, or disable and enable it")
    AlertTargetView changeTarget(Tenant tenant, @PathVariable long id, @RequestBody TargetChange change) {
        return alerts.change(tenant.tenantId(), id, change.name(), change.events(), change.enabled());
    }

    @DeleteMapping({"/api/alerts/targets/{id}/", "/api/alerts/targets/{id}"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an alert target and its delivery log")
    ResponseEntity<Void> removeTarget(Tenant tenant, @PathVariable long id) {
        alerts.remove(tenant.tenantId(), id);
        return ResponseEntity.noContent().build();
    }

    /** Sends a test alert now and answers how it went (also in the target's deliveries). */
    @PostMapping({"/api/alerts/targets/{id}/test/", "/api/alerts/targets/{id}/test"})
    @Operation(summary = "Send a test alert to the target now; answers the attempt as its log records it")
    DeliveryView testTarget(Tenant tenant, @PathVariable long id) {
        return alerts.test(tenant.tenantId(), id);
    }

    /** The target's delivery log, newest first. */
    @GetMapping({"/api/alerts/targets/{id}/deliveries/", "/api/alerts/targets/{id}/deliveries"})
    @Operation(summary = "The target's deliveries, newest first: event, key, attempts, outcome")
    DeliveryList targetDeliveries(
            Tenant tenant, @PathVariable long id, @RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_DELIVERIES) {
            throw ApiProblem.badRequest("invalid_limit", "limit is 1 to " + MAX_DELIVERIES + ".");
        }
        return new DeliveryList(alerts.deliveries(tenant.tenantId(), id, limit));
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
