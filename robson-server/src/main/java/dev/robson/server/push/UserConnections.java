package dev.robson.server.push;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many push connections each user holds, against {@code connections-per-user}. This one
 * counts this replica's only (no {@code REDIS_URL}, or while Redis is away); {@link
 * RedisUserConnections} counts the whole cluster's.
 */
class UserConnections {

    private final int limit;
    private final Map<String, Integer> perUser = new ConcurrentHashMap<>();

    UserConnections(int limit) {
        this.limit = limit;
    }

    /** Counts one more connection of {@code user}; false, counting nothing, when that is one too many. */
    boolean take(String user, String connection) {
        int held = perUser.merge(user, 1, Integer::sum);
        if (held > limit) {
            release(user, connection);
            return false;
        }
        return true;
    }

    void release(String user, String connection) {
        perUser.computeIfPresent(user, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** The connections still open, by user and connection: said again every heartbeat. */
    void renew(Map<String, String> userByConnection) {}

    int limit() {
        return limit;
    }
}
