package dev.robson.cli.api;

/**
 * A typed answer together with the exact document the server sent, which {@code --json}
 * prints unchanged: scripts get the server's own numbers and field order.
 */
public record Reply<T>(T value, String json) {}
