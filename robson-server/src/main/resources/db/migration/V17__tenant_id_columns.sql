-- The tenant is named tenant_id everywhere, so it is never mistaken for client_order_id, the
-- exchange's name for an order. Renames only, no row changes; the SQL runs on H2 (PostgreSQL
-- mode) and PostgreSQL alike. Constraints whose names the engines generated themselves (the
-- primary and foreign keys) keep them: H2 and PostgreSQL name them differently.

ALTER TABLE clients RENAME TO tenants;
ALTER TABLE tenants RENAME CONSTRAINT clients_name_unique TO tenants_name_unique;

ALTER TABLE users RENAME COLUMN client_id TO tenant_id;
ALTER TABLE refresh_tokens RENAME COLUMN client_id TO tenant_id;
ALTER TABLE operations RENAME COLUMN client_id TO tenant_id;
ALTER TABLE operation_orders RENAME COLUMN client_id TO tenant_id;
ALTER TABLE paper_balances RENAME COLUMN client_id TO tenant_id;
ALTER TABLE exchange_credentials RENAME COLUMN client_id TO tenant_id;
ALTER TABLE close_orders RENAME COLUMN client_id TO tenant_id;
ALTER TABLE operation_events RENAME COLUMN client_id TO tenant_id;
ALTER TABLE order_fills RENAME COLUMN client_id TO tenant_id;

ALTER INDEX users_client_idx RENAME TO users_tenant_idx;
ALTER INDEX operations_client_status_idx RENAME TO operations_tenant_status_idx;
ALTER INDEX operation_orders_client_idx RENAME TO operation_orders_tenant_idx;
ALTER INDEX operations_client_number_idx RENAME TO operations_tenant_number_idx;
ALTER INDEX operations_client_closed_idx RENAME TO operations_tenant_closed_idx;
