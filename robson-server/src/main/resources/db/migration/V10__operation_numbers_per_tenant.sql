-- Each tenant numbers its own operations 1, 2, 3, ...: the API shows this number, so no tenant
-- can read the global id sequence (and with it how busy the others are). Existing operations
-- are numbered in the order they were created, so the demo's first operation stays #1.

ALTER TABLE operations ADD COLUMN number BIGINT;

UPDATE operations SET number = (
    SELECT COUNT(*) FROM operations earlier
    WHERE earlier.client_id = operations.client_id AND earlier.id <= operations.id);

ALTER TABLE operations ALTER COLUMN number SET NOT NULL;

CREATE UNIQUE INDEX operations_client_number_idx ON operations (client_id, number);
