# Shared by the positions benchmarks: seed_positions SCHEMA ACTIVE CLOSED gives tenant demo
# ACTIVE open and CLOSED closed operations straight in SQL (INSERT ... SELECT generate_series:
# seconds, not minutes through the API). Source after bench/lib/cluster.sh.
# Matches V2/V4/V10 (each operation numbered after the tenant's last): an ACTIVE operation is a row plus one FILLED ENTRY order; a CLOSED one also
# has close_reason, closed_at, realized_pnl and a FILLED EXIT order. Stops/targets sit far
# from the market so nothing would trigger even with the monitor on.

seed_positions() {
psql_q <<SQL
SET search_path TO $1;
CREATE TEMP TABLE t AS SELECT tn.id AS tenant_id,
  (SELECT COALESCE(MAX(number), 0) FROM operations o WHERE o.tenant_id = tn.id) AS last_number
  FROM tenants tn WHERE tn.name = 'demo';
WITH ops AS (
  INSERT INTO operations (tenant_id, number, symbol, side, stop_loss, take_profit, status, opened_at, version)
  SELECT t.tenant_id, t.last_number + g, CASE WHEN g % 2 = 0 THEN 'BTCUSDC' ELSE 'ETHUSDC' END, 'BUY',
         CASE WHEN g % 2 = 0 THEN 10000 ELSE 100 END, CASE WHEN g % 2 = 0 THEN 1000000 ELSE 100000 END,
         'ACTIVE', now() - g * interval '1 minute', 0
  FROM t, generate_series(1, $2) g
  RETURNING id, tenant_id, symbol, opened_at)
INSERT INTO operation_orders (operation_id, tenant_id, sequence_no, purpose, status, executed_quantity,
                              average_price, executed_at)
SELECT id, tenant_id, 0, 'ENTRY', 'FILLED', CASE WHEN symbol = 'BTCUSDC' THEN 0.001 ELSE 0.01 END,
       CASE WHEN symbol = 'BTCUSDC' THEN 88000.00 ELSE 3000.00 END, opened_at
FROM ops;
WITH ops AS (
  INSERT INTO operations (tenant_id, number, symbol, side, stop_loss, take_profit, status, close_reason,
                          realized_pnl, opened_at, closed_at, version)
  SELECT t.tenant_id, t.last_number + $2 + g, 'BTCUSDC', 'BUY', 87000.00, 90000.00, 'CLOSED',
         (ARRAY['STOP_LOSS','TAKE_PROFIT','MANUAL'])[1 + g % 3], CASE WHEN g % 3 = 0 THEN -1.00 ELSE 2.00 END,
         now() - interval '30 days' + g * interval '1 minute', now() - interval '30 days' + g * interval '2 minute', 2
  FROM t, generate_series(1, $3) g
  RETURNING id, tenant_id, opened_at, closed_at, realized_pnl),
entries AS (
  INSERT INTO operation_orders (operation_id, tenant_id, sequence_no, purpose, status, executed_quantity,
                                average_price, executed_at)
  SELECT id, tenant_id, 0, 'ENTRY', 'FILLED', 0.001, 88000.00, opened_at FROM ops)
INSERT INTO operation_orders (operation_id, tenant_id, sequence_no, purpose, status, executed_quantity,
                              average_price, executed_at, client_order_id)
SELECT id, tenant_id, 1, 'EXIT', 'FILLED', 0.001, 88000.00 + realized_pnl * 1000, closed_at,
       'robson-' || id || '-close-1'
FROM ops;
ANALYZE operations; ANALYZE operation_orders;
SQL
}
