package dev.robson.server.exchange.stream;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which connection follows which symbols. Binance lets one connection carry at most 1,024
 * streams, so beyond that the symbols are spread over several. A symbol stays on the connection
 * that already follows it (moving it would mean an unsubscribe and a subscribe, and a moment
 * without its prices); dropped symbols leave their connection, new ones fill the first
 * connection with room (subscribed on it, no reconnect), a new connection opens only when all
 * are full, and one left with nothing to follow is hung up.
 */
final class StreamLanes {

    private StreamLanes() {}

    /**
     * The plan for {@code wanted}, given what each connection follows now ({@code current}, in
     * order): one set per current connection (same position; an empty set means hang it up),
     * then one per new connection to open.
     */
    static List<Set<String>> assign(Set<String> wanted, List<Set<String>> current, int perConnection) {
        if (perConnection < 1) {
            throw new IllegalArgumentException("a connection carries at least one stream, got " + perConnection);
        }
        List<Set<String>> plan = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Set<String> lane : current) {
            Set<String> kept = new TreeSet<>();
            for (String symbol : lane) {
                // A lane over the limit (the limit was lowered) gives up its newest symbols to the others.
                if (wanted.contains(symbol) && kept.size() < perConnection && placed.add(symbol)) {
                    kept.add(symbol);
                }
            }
            plan.add(kept);
        }
        for (String symbol : new TreeSet<>(wanted)) {
            if (placed.contains(symbol)) {
                continue;
            }
            Set<String> lane = plan.stream()
                    .filter(planned -> planned.size() < perConnection)
                    .findFirst()
                    .orElse(null);
            if (lane == null) {
                lane = new TreeSet<>();
                plan.add(lane);
            }
            lane.add(symbol);
        }
        return plan;
    }
}
