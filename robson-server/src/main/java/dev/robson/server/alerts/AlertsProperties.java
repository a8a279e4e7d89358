package dev.robson.server.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert delivery ({@code robson.alerts.*}); every field has a default.
 *
 * @param pollEvery            how often due deliveries are looked for (a new event wakes the sender at once)
 * @param batch                deliveries one round claims
 * @param parallel             deliveries sent at once, so one slow receiver never holds up the others
 * @param claimLease           how long a claimed delivery is this replica's before another may retry it
 * @param retryBase            the first retry's delay; each next one doubles ...
 * @param retryMax             ... up to this
 * @param giveUpAfter          a delivery still failing this long after its event is given up (FAILED)
 * @param flagAfter            a target whose deliveries have failed for this long shows as FAILING
 * @param connectTimeout       the longest a receiver may take to accept the connection
 * @param requestTimeout       the longest a receiver may take to answer
 * @param maxTargetsPerTenant  targets one tenant may have
 * @param telegramBaseUrl      the Telegram Bot API (a local fake in tests)
 * @param allowPrivateNetworks whether tenants' URLs may point at loopback, private or link-local
 *                             addresses (off in production: see docs/alerts.md on SSRF)
 */
@ConfigurationProperties("robson.alerts")
public record AlertsProperties(
        @DefaultValue("500ms") Duration pollEvery,
        @DefaultValue("20") int batch,
        @DefaultValue("8") int parallel,
        @DefaultValue("60s") Duration claimLease,
        @DefaultValue("10s") Duration retryBase,
        @DefaultValue("1h") Duration retryMax,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("1h") Duration flagAfter,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("20") int maxTargetsPerTenant,
        @DefaultValue("https://api.telegram.org") String telegramBaseUrl,
        @DefaultValue("false") boolean allowPrivateNetworks) {}
