#!/usr/bin/env bash
# Two replicas (two ports) on one Redis db and one PostgreSQL schema, ROBSON_MARKET=binance on
# the fake Binance: wrk on both at once for DURATION over SYMBOLS. Reports per-replica req/s
# and p95, and upstream quote calls per symbol per second three ways: the replicas' own
# robson_quote_upstream_calls_total (summed), their robson_binance_calls_total for bookTicker,
# and the fake exchange's own count of bookTicker requests. Target <= 1.1 per symbol per second.
# Non-zero exit only when something broke (errors, a replica down), not for a missed target.
#
#   bench/replicas/run.sh
#   DURATION=10 CONNS=20 REDIS_DB=9 bench/replicas/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/server.sh"
source "$here/../lib/cluster.sh"

DURATION=${DURATION:-20}
CONNS=${CONNS:-50}
SYMBOLS=${SYMBOLS:-"BTCUSDC ETHUSDC"}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}
TARGET=${TARGET:-1.1}
work=$(mktemp -d /tmp/robson-bench-replicas.XXXXXX)
schema=""; failed=0
cleanup() {
  kill_started; drop_schema "$schema"
  if [ "$failed" = 0 ]; then rm -rf "$work"; else echo "logs kept in $work (a/server.log, b/server.log, fake.log)" >&2; fi
}
trap 'failed=1' ERR
trap cleanup EXIT

# A Redis db nobody uses right now (empty), unless REDIS_DB is given. Our keys (robson:quote:*)
# carry a PX expiry, so nothing is left behind to clean.
if [ -z "${REDIS_DB:-}" ]; then
  for d in 15 14 13 12 11 10 9 8; do
    [ "$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" -n "$d" DBSIZE)" = 0 ] && { REDIS_DB=$d; break; }
  done
fi
[ -n "${REDIS_DB:-}" ] || { echo "no empty Redis db in 8..15; set REDIS_DB" >&2; exit 1; }

start_fake fake
schema=$(new_schema bench_replicas)
export DATABASE_URL=$(jdbc_url "$schema") DATABASE_USER=$PG_USER
export REDIS_URL="redis://$REDIS_HOST:$REDIS_PORT/$REDIS_DB"
export ROBSON_MARKET=binance BINANCE_BASE_URL=$FAKE_URL BINANCE_STREAM_ENABLED=false
# One signing key for both, so one token serves both replicas (the demo would make one per data dir).
export ROBSON_JWT_SECRET=$(openssl rand -base64 48)
limits=(--robson.market-data.price-per-second=100000000 --robson.market-data.price-burst=100000000
        --robson.monitor.enabled=false)
pa=$(free_port); pb=$(free_port)
# One after the other: the first runs Flyway and seeds the demo tenants, the second joins.
start_replica "$pa" "$work/a" "${limits[@]}"
start_replica "$pb" "$work/b" "${limits[@]}"
token=$(login "$pa" demo)
[ -n "$token" ] || { echo "login failed" >&2; exit 1; }
paths=(); for s in $SYMBOLS; do paths+=("/api/market/price/$s/"); done
wrk_lua "$work/load.lua" "$token" "${paths[@]}"
for p in $pa $pb; do  # warm: both answer, through the shared cache
  curl -sf "http://127.0.0.1:$p${paths[0]}" -H "Authorization: Bearer $token" > /dev/null \
    || { echo "replica :$p does not answer the price" >&2; exit 1; }
done

nsym=$(echo $SYMBOLS | wc -w)
# counter (bench/lib/server.sh) fails under pipefail when no sample matches yet: read that as 0.
cnt() { local v; v=$(counter "$@" 2>/dev/null) || true; echo "${v:-0}"; }
q0=$(( $(cnt "$pa" robson_quote_upstream_calls_total) + $(cnt "$pb" robson_quote_upstream_calls_total) ))
b0=$(( $(cnt "$pa" robson_binance_calls_total bookTicker) + $(cnt "$pb" robson_binance_calls_total bookTicker) ))
f0=$(fake_calls /api/v3/ticker/bookTicker)
t0=$(date +%s.%N)
wrk -t1 -c"$CONNS" -d"${DURATION}s" --timeout 10s -s "$work/load.lua" "http://127.0.0.1:$pa" > "$work/wrk-a.txt" &
wa=$!
wrk -t1 -c"$CONNS" -d"${DURATION}s" --timeout 10s -s "$work/load.lua" "http://127.0.0.1:$pb" > "$work/wrk-b.txt" &
wb=$!
wait "$wa" "$wb"
secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {print b-a}')
q1=$(( $(cnt "$pa" robson_quote_upstream_calls_total) + $(cnt "$pb" robson_quote_upstream_calls_total) ))
b1=$(( $(cnt "$pa" robson_binance_calls_total bookTicker) + $(cnt "$pb" robson_binance_calls_total bookTicker) ))
f1=$(fake_calls /api/v3/ticker/bookTicker)

echo "Two replicas, Redis db $REDIS_DB, schema $schema, fake Binance; $CONNS connections each, ${DURATION}s,"
echo "symbols: $SYMBOLS; $(nproc) cores shared by both replicas, both wrk and the fake"
printf '%-8s %9s %9s %9s %9s %8s\n' replica req/s p50_ms p95_ms p99_ms errors
for r in a b; do
  f="$work/wrk-$r.txt"
  errs=$(( $(wrk_field NON2XX "$f") + $(wrk_field SOCKERR "$f") ))
  printf '%-8s %9s %9.2f %9.2f %9.2f %8s\n' "$r" "$(wrk_rps "$f")" "$(wrk_field P50 "$f")" "$(wrk_field P95 "$f")" \
    "$(wrk_field P99 "$f")" "$errs"
  [ "$errs" = 0 ] || { echo "replica $r had $errs failed requests; see $f" >&2; failed=1; }
done
per() { awk -v n="$1" -v s="$secs" -v k="$nsym" 'BEGIN {printf "%.2f", n/s/k}'; }
echo
printf '%-48s %8s %s\n' "upstream per symbol per second (target <= $TARGET)" value verdict
for row in "robson_quote_upstream_calls_total (both replicas):$((q1 - q0))" \
           "robson_binance_calls_total bookTicker (both):$((b1 - b0))" \
           "fake Binance's own bookTicker count:$((f1 - f0))"; do
  v=$(per "${row##*:}")
  printf '%-48s %8s %s\n' "${row%:*}" "$v" "$(awk -v v="$v" -v t="$TARGET" 'BEGIN {print (v <= t) ? "met" : "MISSED"}')"
done
exit "$failed"
