package dev.robson.server.monitor;

import dev.robson.core.operation.OperationStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the {@link ActiveOperationIndex} in step with the database, whoever changed it: this
 * replica, another one, a person tracking or moving a position through any replica's API.
 *
 * <p>Every operation carries {@code changed_at}, stamped by the database on each insert and
 * update. Each catch-up reads the rows changed since the previous one began, looking back a
 * further {@code changeMargin}: the stamp is the writing transaction's start, so a row may
 * become visible a little after its stamp (a slow commit) and the margin still catches it. A
 * full reload every {@code indexReload} (and on the first call) is the backstop for anything a
 * marker could miss, such as rows written by hand with an old stamp.
 */
final class IndexSync {

    private final GuardedOperationRepository rows;
    private final ActiveOperationIndex index;
    private final MonitorProperties settings;
    private final Clock clock;
    private Instant readUpTo;
    private Instant reloadedAt;

    IndexSync(GuardedOperationRepository rows, ActiveOperationIndex index, MonitorProperties settings, Clock clock) {
        this.rows = rows;
        this.index = index;
        this.settings = settings;
        this.clock = clock;
    }

    /** A catch-up, or a full reload when one is due. Runs on the monitor's tick only. */
    void sync() {
        if (readUpTo == null || !reloadedAt.plus(settings.indexReload()).isAfter(clock.instant())) {
            reload();
        } else {
            catchUp();
        }
    }

    /** Reads every ACTIVE operation again, page by page. */
    void reload() {
        Instant startedAt = rows.databaseNow();
        List<GuardedOperation> active = new ArrayList<>();
        long after = 0;
        List<GuardedOperationRepository.Row> page;
        do {
            page = rows.activePage(after, settings.pageSize());
            page.forEach(row -> active.add(row.operation()));
            after = page.isEmpty() ? after : page.getLast().operation().id();
        } while (page.size() == settings.pageSize());
        index.replaceAll(active);
        readUpTo = startedAt;
        reloadedAt = clock.instant();
    }

    private void catchUp() {
        Instant startedAt = rows.databaseNow();
        Instant since = readUpTo.minus(settings.changeMargin());
        long after = 0;
        List<GuardedOperationRepository.Row> page;
        do {
            page = rows.changedPage(since, after, settings.pageSize());
            for (GuardedOperationRepository.Row row : page) {
                if (row.status() == OperationStatus.ACTIVE) {
                    index.put(row.operation());
                } else {
                    index.remove(row.operation().id(), row.operation().version());
                }
            }
            after = page.isEmpty() ? after : page.getLast().operation().id();
        } while (page.size() == settings.pageSize());
        readUpTo = startedAt;
    }
}
