package dev.robson.server.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxOpenPerTenant how many ACTIVE or CLOSING operations one tenant may hold, pending entry
 *                         plans (PLANNED, ENTERING) included; the stop
 *                         monitor's work grows with every open operation of every tenant, so one
 *                         tenant must not be able to make it slow for all
 */
@ConfigurationProperties("robson.operations")
public record OperationLimits(int maxOpenPerTenant) {

    static final int DEFAULT_MAX_OPEN_PER_TENANT = 1_000;

    public OperationLimits {
        if (maxOpenPerTenant <= 0) {
            maxOpenPerTenant = DEFAULT_MAX_OPEN_PER_TENANT;
        }
    }
}
