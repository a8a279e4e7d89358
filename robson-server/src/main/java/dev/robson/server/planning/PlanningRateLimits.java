package dev.robson.server.planning;

import dev.robson.server.market.TenantRateLimiter;

/**
 * The per-tenant limits of the planning endpoints, the market endpoints' token buckets: each
 * analysis or plan reads a chart and runs the stop finder, so a script in a loop is held here
 * before it costs anything (a refused plan is not read, not saved, not audited).
 */
record PlanningRateLimits(TenantRateLimiter levels, TenantRateLimiter plans) {}
