package dev.robson.server.closing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param settlingTime how long a close order may still be in flight after it was written down:
 *                     younger than this, an order the exchange does not know yet is not judged missing
 */
@ConfigurationProperties("robson.closing")
public record ClosingProperties(@DefaultValue("5s") Duration settlingTime) {}
