package dev.robson.server.market;

/** The per-tenant limits of the market endpoints: prices are cheap and frequent, history is neither. */
record MarketRateLimits(TenantRateLimiter prices, TenantRateLimiter history) {}
