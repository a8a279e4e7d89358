package dev.robson.server.monitor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every ACTIVE operation by symbol, in memory, so a price for one symbol evaluates that
 * symbol's operations only and a full pass reads no database. Within a symbol operations are
 * kept in id order: evaluation order is then the same on every replica and in every run.
 *
 * <p>Written by the monitor's tick (reloads and changes read from the database) and by the
 * closes it makes; read by the tick and by the stream's reactions at the same time. An entry
 * is replaced only by one read at the same or a newer version, so a late read of an old row
 * can never bring back an old stop.
 */
final class ActiveOperationIndex {

    private volatile Entries entries = new Entries();

    /** Replaces the whole index with a fresh read of every ACTIVE operation. */
    void replaceAll(Collection<GuardedOperation> active) {
        Entries fresh = new Entries();
        active.forEach(fresh::put);
        entries = fresh;
    }

    /** An operation read ACTIVE at {@code operation.version()}. */
    void put(GuardedOperation operation) {
        entries.put(operation);
    }

    /** An operation read in another state (closing, closed) at {@code version}: it leaves the index. */
    void remove(long id, long version) {
        entries.remove(id, version);
    }

    /** The operations on {@code symbol}, in id order (a live view: safe to read while it changes). */
    Collection<GuardedOperation> on(String symbol) {
        Map<Long, GuardedOperation> onSymbol = entries.bySymbol.get(symbol);
        return onSymbol == null ? List.of() : onSymbol.values();
    }

    Set<String> symbols() {
        return entries.bySymbol.keySet();
    }

    int size() {
        return entries.byId.size();
    }

    private static final class Entries {
        final Map<Long, GuardedOperation> byId = new ConcurrentHashMap<>();
        final Map<String, ConcurrentSkipListMap<Long, GuardedOperation>> bySymbol = new ConcurrentHashMap<>();

        void put(GuardedOperation operation) {
            byId.compute(operation.id(), (id, known) -> {
                if (known != null && known.version() > operation.version()) {
                    return known;
                }
                bySymbol.computeIfAbsent(operation.symbol(), symbol -> new ConcurrentSkipListMap<>())
                        .put(id, operation);
                return operation;
            });
        }

        void remove(long id, long version) {
            byId.computeIfPresent(id, (key, known) -> {
                if (known.version() > version) {
                    return known;
                }
                bySymbol.computeIfPresent(known.symbol(), (symbol, onSymbol) -> {
                    onSymbol.remove(key);
                    return onSymbol.isEmpty() ? null : onSymbol;
                });
                return null;
            });
        }
    }
}
