#!/usr/bin/env bash
# Positions endpoint on PostgreSQL: one tenant (demo) with ACTIVE=100 open operations and
# CLOSED=10000 closed ones, seeded straight into a fresh schema with INSERT ... SELECT
# generate_series (seconds, not minutes, through the API). Then wrk on
# GET /api/portfolio/positions/ with 1, 50 and 200 connections, and one timing of the
# closed-operations list, read page by page (GET /api/operations/?status=closed&limit=500). Target p95 <= 15 ms: reported, not enforced.
# Fails (non-zero) only when something is broken: wrong counts, errors, a server that won't start.
#
#   bench/positions/run.sh
#   DURATION=10 CLIENTS="1 50" bench/positions/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/cluster.sh"
source "$here/../lib/positions-seed.sh"
need_wrk

DURATION=${DURATION:-20}
CLIENTS=${CLIENTS:-"1 50 200"}
ACTIVE=${ACTIVE:-100}
CLOSED=${CLOSED:-10000}
TARGET_P95_MS=${TARGET_P95_MS:-15}
use_work_dir positions "server: server/server.log"

schema=$(new_schema bench_positions)
port=$(free_port)
# Demo profile: seeds tenants demo/acme into the fresh schema (Flyway runs first). The monitor
# is off so it cannot close seeded operations mid-run; the price limit is lifted as the price
# benchmark does (the positions endpoint reads quotes through the same cache).
DATABASE_URL=$(jdbc_url "$schema") DATABASE_USER=$PG_USER \
  start_replica "$port" "$work/server" --robson.monitor.enabled=false \
  --robson.market-data.price-per-second=100000000 --robson.market-data.price-burst=100000000

# --- seed ---------------------------------------------------------------------------------
seed_start=$(date +%s.%N)
seed_positions "$schema" "$ACTIVE" "$CLOSED"
seed_s=$(awk -v a="$seed_start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b-a}')

token=$(login "$port" demo)
[ -n "$token" ] || { echo "login failed; see $work/server/server.log" >&2; exit 1; }
api() { curl -sS -o "$2" -w '%{http_code} %{time_total} %{size_download}\n' "http://127.0.0.1:$port$1" -H "Authorization: Bearer $token"; }

# --- correctness: the seeded rows are what the API sees ------------------------------------
read -r code _ _ < <(api /api/portfolio/positions/ "$work/positions.json")
open=$(grep -o '"operation_id"' "$work/positions.json" | wc -l)
[ "$code" = 200 ] && [ "$open" = $((ACTIVE + 1)) ] || {
  echo "positions: HTTP $code with $open positions, expected $((ACTIVE + 1)) (seeded + demo's Operation #1)" >&2; exit 1; }

echo "Positions endpoint on PostgreSQL: $((ACTIVE + 1)) open + $CLOSED closed operations (seeded in ${seed_s}s),"
echo "${DURATION}s per step, $(nproc) cores (wrk shares them), target p95 <= ${TARGET_P95_MS} ms"
wrk_lua "$work/auth.lua" "$token"
printf '%-8s %9s %9s %9s %9s %8s %s\n' clients req/s p50_ms p95_ms p99_ms errors target
for c in $CLIENTS; do
  threads=$(( c < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$c" -d"${DURATION}s" --timeout 10s -s "$work/auth.lua" \
    "http://127.0.0.1:$port/api/portfolio/positions/" > "$work/wrk-$c.txt"
  p95=$(wrk_field P95 "$work/wrk-$c.txt")
  errs=$(( $(wrk_field NON2XX "$work/wrk-$c.txt") + $(wrk_field SOCKERR "$work/wrk-$c.txt") ))
  verdict=$(awk -v p="$p95" -v t="$TARGET_P95_MS" 'BEGIN {print (p <= t) ? "met" : "MISSED"}')
  printf '%-8s %9s %9.2f %9.2f %9.2f %8s %s\n' "$c" "$(wrk_rps "$work/wrk-$c.txt")" "$(wrk_field P50 "$work/wrk-$c.txt")" \
    "$p95" "$(wrk_field P99 "$work/wrk-$c.txt")" "$errs" "$verdict"
  [ "$errs" = 0 ] || { echo "errors under load with $c connections; see $work/wrk-$c.txt" >&2; failed=1; }
done

# --- the closed list, first page ----------------------------------------------------------
echo
echo "GET /api/operations/?status=closed&limit=500 (first page of $CLOSED rows), sequential calls:"
printf '%-6s %6s %9s %10s\n' call http ms MB
times=()
for i in 1 2 3; do
  read -r code t size < <(api '/api/operations/?status=closed&limit=500' "$work/closed.json")
  ms=$(awk -v t="$t" 'BEGIN {printf "%.0f", t*1000}'); times+=("$ms")
  printf '%-6s %6s %9s %10.2f\n' "$i" "$code" "$ms" "$(awk -v s="$size" 'BEGIN {print s/1048576}')"
  [ "$code" = 200 ] || { echo "closed list answered $code" >&2; failed=1; }
done
rows=$(grep -o '"status":"CLOSED"' "$work/closed.json" | wc -l)
expected=$(( CLOSED < 500 ? CLOSED : 500 ))
[ "$rows" = "$expected" ] || { echo "closed list page has $rows rows, expected $expected" >&2; failed=1; }
best=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
[ "$best" -gt 200 ] && echo "SLOW: best ${best} ms for one page of 500" \
  || echo "best ${best} ms"
echo "server RSS: $(rss_mb "$(cat "$work/server/server.pid")") MB"
exit "$failed"
