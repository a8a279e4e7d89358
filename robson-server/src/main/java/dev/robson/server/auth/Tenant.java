package dev.robson.server.auth;

/**
 * The caller of a request: which tenant's data it may see. Controllers take it as a
 * parameter, so no query can be written without a tenant at hand.
 */
public record Tenant(long tenantId, String username) {}
