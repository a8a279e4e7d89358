-- The stop monitor at scale: it keeps ACTIVE operations in memory and follows changes by a
-- time marker instead of reading every operation on every tick; its work is split into
-- partitions of symbols, each with a lease row in monitor_lease (created on first use), and
-- the replicas taking part announce themselves so each can take its fair share.

-- Set by the database on every insert and update of an operation (PostgreSQL and H2 take the
-- transaction's start; readers look back over a margin so a slow commit is never missed).
ALTER TABLE operations ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
CREATE INDEX operations_changed_idx ON operations (changed_at, id);
-- The monitor reads ACTIVE and CLOSING operations across tenants in pages by id.
CREATE INDEX operations_status_id_idx ON operations (status, id);

CREATE TABLE monitor_replicas (
    replica     VARCHAR(64)              PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The single lease of earlier versions; partitions have a row each from now on.
DELETE FROM monitor_lease WHERE name = 'stop-monitor';
