package dev.robson.server.market;

import java.util.Map;
import java.util.Set;

/**
 * The symbols push clients follow, across replicas: each replica says what its clients follow,
 * and the replica streaming a symbol's partition adds those symbols to its exchange stream, so a
 * price followed only by push clients arrives streamed (≤ 10 a second) instead of from the quote
 * cache (1 a second). Bounded: at most a cap of symbols per tenant, and a symbol nobody follows
 * any more is dropped after a grace period (a page reload does not drop and re-add it).
 */
public interface PriceDemand {

    /** What this replica's push clients follow now, by tenant; said again every second while it lasts. */
    void followed(Map<Long, Set<String>> symbolsByTenant);

    /** The symbols some replica's push clients followed within the grace, at most the cap per tenant. */
    Set<String> symbols();
}
