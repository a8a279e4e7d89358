-- History and performance read a tenant's closed operations by close time.
CREATE INDEX operations_client_closed_idx ON operations (client_id, status, closed_at);
