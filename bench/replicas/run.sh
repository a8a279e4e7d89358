#!/usr/bin/env bash
# Two replicas (two ports) on one Redis db and one PostgreSQL schema, ROBSON_MARKET=binance on
# the fake Binance (REST at FAKE_LATENCY_MS, default 50 ms, plus its book-ticker stream): wrk on
# both at once for DURATION over SYMBOLS. The stop monitor runs (one replica leads it and
# follows the demo tenants' BTCUSDC and ETHUSDC on the stream, which the fake publishes
# STREAM_RATE times a second); BTCUSDT has no operation, so only REST prices it. Reports
# per-replica req/s and percentiles (wrk's, closed loop), and REST quote calls per symbol per
# second as the fake exchange counted them, per symbol, plus the replicas' own counter summed.
# Targets: <= 1.1 per symbol per second, and 0 for the streamed symbols.
# Non-zero exit only when something broke (errors, a replica down), not for a missed target.
#
#   bench/replicas/run.sh
#   DURATION=10 CONNS=20 REDIS_DB=9 FAKE_LATENCY_MS=0 bench/replicas/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/cluster.sh"
need_wrk

DURATION=${DURATION:-20}
CONNS=${CONNS:-50}
SYMBOLS=${SYMBOLS:-"BTCUSDC ETHUSDC BTCUSDT"}
STREAMED=${STREAMED:-"BTCUSDC ETHUSDC"}
STREAM_RATE=${STREAM_RATE:-10}
export FAKE_LATENCY_MS=${FAKE_LATENCY_MS:-50}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}
TARGET=${TARGET:-1.1}
use_work_dir replicas "a/server.log, b/server.log, fake.log"

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
export ROBSON_MARKET=binance BINANCE_BASE_URL=$FAKE_URL BINANCE_WS_URL=$FAKE_WS_URL BINANCE_STREAM_ENABLED=true
# One signing key for both, so one token serves both replicas (the demo would make one per data dir).
export ROBSON_JWT_SECRET=$(openssl rand -base64 48)
limits=(--robson.market-data.price-per-second=100000000 --robson.market-data.price-burst=100000000
        --robson.monitor.enabled=true)
for sym in $STREAMED; do fake_cmd "stream $sym $STREAM_RATE"; done
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

# counter (bench/lib/server.sh) fails under pipefail when no sample matches yet: read that as 0.
cnt() { local v; v=$(counter "$@" 2>/dev/null) || true; echo "${v:-0}"; }
# "0 for streamed symbols" holds while the stream is live: measure from the moment the leading
# replica's stream has prices (robson_stream_live 1), not from its start-up.
live=0
for _ in $(seq 1 60); do
  l=$(( $(cnt "$pa" robson_stream_live) + $(cnt "$pb" robson_stream_live) ))
  [ "$l" -ge 1 ] && { live=1; break; }
  sleep 0.5
done
[ "$live" = 1 ] || echo "the stream did not become live within 30 s; streamed symbols will use REST" >&2
book=/api/v3/ticker/bookTicker
q0=$(( $(cnt "$pa" robson_quote_upstream_calls_total) + $(cnt "$pb" robson_quote_upstream_calls_total) ))
declare -A before
for sym in $SYMBOLS; do before[$sym]=$(fake_calls "$book?symbol=$sym"); done
t0=$(date +%s.%N)
wrk -t1 -c"$CONNS" -d"${DURATION}s" --timeout 10s -s "$work/load.lua" "http://127.0.0.1:$pa" > "$work/wrk-a.txt" &
wa=$!
wrk -t1 -c"$CONNS" -d"${DURATION}s" --timeout 10s -s "$work/load.lua" "http://127.0.0.1:$pb" > "$work/wrk-b.txt" &
wb=$!
wait "$wa" "$wb"
secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {print b-a}')
q1=$(( $(cnt "$pa" robson_quote_upstream_calls_total) + $(cnt "$pb" robson_quote_upstream_calls_total) ))
declare -A after
for sym in $SYMBOLS; do after[$sym]=$(fake_calls "$book?symbol=$sym"); done

echo "Two replicas, Redis db $REDIS_DB, schema $schema, fake Binance; $CONNS connections each, ${DURATION}s,"
echo "symbols: $SYMBOLS (streamed at $STREAM_RATE/s: $STREAMED); fake REST latency ${FAKE_LATENCY_MS} ms;"
echo "$(nproc) cores shared by both replicas, both wrk and the fake; uptime: $(uptime)"
printf '%-8s %9s %9s %9s %9s %8s\n' replica req/s p50_ms p95_ms p99_ms errors
for r in a b; do
  f="$work/wrk-$r.txt"
  errs=$(( $(wrk_field NON2XX "$f") + $(wrk_field SOCKERR "$f") ))
  printf '%-8s %9s %9.2f %9.2f %9.2f %8s\n' "$r" "$(wrk_rps "$f")" "$(wrk_field P50 "$f")" "$(wrk_field P95 "$f")" \
    "$(wrk_field P99 "$f")" "$errs"
  [ "$errs" = 0 ] || { echo "replica $r had $errs failed requests; see $f" >&2; failed=1; }
done
echo
printf '%-44s %8s %s\n' "REST bookTicker calls per second (fake's count)" value verdict
for sym in $SYMBOLS; do
  v=$(awk -v n=$(( after[$sym] - before[$sym] )) -v s="$secs" 'BEGIN {printf "%.2f", n/s}')
  if [[ " $STREAMED " == *" $sym "* ]]; then target=0; label="$sym (streamed, target 0)"; else target=$TARGET; label="$sym (target <= $TARGET)"; fi
  printf '%-44s %8s %s\n' "$label" "$v" "$(awk -v v="$v" -v t="$target" 'BEGIN {print (v <= t) ? "met" : "MISSED"}')"
done
printf '%-44s %8s\n' "robson_quote_upstream_calls_total, all, per s" "$(awk -v n=$((q1 - q0)) -v s="$secs" 'BEGIN {printf "%.2f", n/s}')"
exit "$failed"
