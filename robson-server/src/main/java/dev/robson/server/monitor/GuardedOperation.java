package dev.robson.server.monitor;

import dev.robson.core.operation.ExitLevels;

/**
 * An ACTIVE operation as the monitor keeps it in memory: who owns it, its symbol, its stop and
 * target, and the version it was read at (a newer read always wins). The orders stay in the
 * database until a price reaches one of the levels.
 */
record GuardedOperation(long id, long tenantId, String symbol, ExitLevels exits, long version) {}
