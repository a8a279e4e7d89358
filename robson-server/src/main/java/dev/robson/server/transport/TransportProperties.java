package dev.robson.server.transport;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param headerTimeout          how long the server waits for each read of a request's line and
 *                               headers (and between requests on a kept-alive connection)
 * @param bodyTimeout            how long it waits for each read of a request's body
 * @param connectionsPerAddress  open connections one client address may hold at once
 */
@ConfigurationProperties("robson.transport")
public record TransportProperties(Duration headerTimeout, Duration bodyTimeout, int connectionsPerAddress) {}
