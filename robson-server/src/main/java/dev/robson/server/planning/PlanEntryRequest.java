package dev.robson.server.planning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The Activate Monitoring button: which strategy, which symbol. Nothing else is accepted (an
 * unknown field is 400): every other figure of the plan is Robson's to compute.
 *
 * @param strategyId the tenant's number of the strategy, as {@code GET /api/strategies/} lists it
 * @param symbol     e.g. BTCUSDC
 */
record PlanEntryRequest(
        @NotNull @Positive Long strategyId, @NotNull String symbol) {}
