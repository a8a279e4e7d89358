package dev.robson.server.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The rules every {@link dev.robson.server.market.PriceDemand} keeps, wherever it stores the
 * demand: one entry per tenant and symbol ({@code tenant:SYMBOL}) that lives until
 * {@code grace} after it was last said, and at most {@code perTenant} symbols of one tenant
 * (the first by name, so every replica counts the same ones).
 */
final class DemandBook {

    private DemandBook() {}

    /** Each tenant's symbols as entries, at most {@code perTenant} of each. */
    static void entries(Map<Long, Set<String>> symbolsByTenant, int perTenant, BiConsumer<String, String> entry) {
        symbolsByTenant.forEach((tenantId, symbols) -> new TreeSet<>(symbols)
                .stream().limit(perTenant).forEach(symbol -> entry.accept(tenantId + ":" + symbol, symbol)));
    }

    /** The symbols of live entries, at most {@code perTenant} of each tenant. */
    static Set<String> symbols(Iterable<String> liveEntries, int perTenant) {
        Map<String, TreeSet<String>> byTenant = new HashMap<>();
        for (String entry : liveEntries) {
            int colon = entry.indexOf(':');
            if (colon > 0 && colon < entry.length() - 1) {
                byTenant.computeIfAbsent(entry.substring(0, colon), tenant -> new TreeSet<>())
                        .add(entry.substring(colon + 1));
            }
        }
        Set<String> symbols = new TreeSet<>();
        byTenant.values().forEach(some -> some.stream().limit(perTenant).forEach(symbols::add));
        return symbols;
    }
}
