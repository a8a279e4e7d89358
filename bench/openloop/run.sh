#!/usr/bin/env bash
# Open-loop benchmarks (bench/openloop/OpenLoop.java: a fixed arrival rate, each latency from
# the request's scheduled time) against one server on PostgreSQL, ROBSON_MARKET=binance on the
# fake Binance at FAKE_LATENCY_MS (default 50 ms per REST request, a round trip to the real
# exchange). The stop monitor is off, so no stream: every quote comes through the REST cache
# and its refresh ahead of expiry. Steps (each after WARMUP s of the same load, not recorded):
#
#   price      GET /api/market/price/BTCUSDC/ at PRICE_RATE (1000/s)    target p99 <= 5 ms
#   positions  GET /api/portfolio/positions/, 20 operations, at 200/s    target p99 <= 10 ms
#   positions  the same with 1,000 operations at 50/s                    target p95 <= 50 ms
#
# Also prints the server's RSS (max over the price step, sampled each second) and REST quote
# calls per symbol per second during the price step (the fake's own count).
#
#   bench/openloop/run.sh
#   STEPS="price" DURATION=20 bench/openloop/run.sh
#   BENCH_JAVA_OPTS="-Xmx256m -XX:+UseSerialGC" bench/openloop/run.sh   # try JVM flags
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/cluster.sh"
source "$here/../lib/positions-seed.sh"
source "$here/../lib/openloop.sh"

DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
PRICE_RATE=${PRICE_RATE:-1000}
STEPS=${STEPS:-"price positions20 positions1000"}
export FAKE_LATENCY_MS=${FAKE_LATENCY_MS:-50}
use_work_dir openloop

start_fake fake
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v <= t) ? "met" : "MISSED"}'; }

# one server per operation count: the tenant's book is seeded before the server starts serving
serve() { # serve ACTIVE: a fresh schema with demo holding ACTIVE seeded operations (+ its Operation #1)
  kill_started_server
  drop_schema "$schema"
  schema=$(new_schema bench_openloop)
  port=$(free_port)
  DATABASE_URL=$(jdbc_url "$schema") DATABASE_USER=$PG_USER ROBSON_MARKET=binance BINANCE_BASE_URL=$FAKE_URL \
    start_replica "$port" "$work/server" --robson.monitor.enabled=false \
    --robson.market-data.price-per-second=100000000 --robson.market-data.price-burst=100000000
  [ "$1" -gt 0 ] && seed_positions "$schema" "$1" 0
  token=$(login "$port" demo)
  [ -n "$token" ] || { echo "login failed; see $work/server/server.log" >&2; exit 1; }
}
kill_started_server() {
  [ -f "$work/server/server.pid" ] && stop_server "$work/server" || true
}

load() { # load RATE PATH OUT
  openloop --url "http://127.0.0.1:$port" --path "$2" --rate "$1" --duration "$DURATION" --warmup "$WARMUP" \
    --header "Authorization: Bearer $token" > "$3"
  cat "$3" | grep -v '^RESULT'
}

echo "Open loop, fake Binance REST at ${FAKE_LATENCY_MS} ms, ${DURATION}s measured after ${WARMUP}s warm-up,"
echo "$(nproc) cores shared by server, generator, fake and PostgreSQL; JVM flags: ${BENCH_JAVA_OPTS:-none beyond the launch defaults}"
for step in $STEPS; do
  echo
  echo "== $step   uptime: $(uptime)"
  case $step in
    price)
      serve 0
      book=/api/v3/ticker/bookTicker?symbol=BTCUSDC
      b0=$(fake_calls "$book")
      pid=$(cat "$work/server/server.pid")
      ( peak=0; while kill -0 "$pid" 2>/dev/null; do r=$(rss_mb "$pid"); [ "$r" -gt "$peak" ] && peak=$r; echo "$peak" > "$work/rss"; sleep 1; done ) &
      sampler=$!
      t0=$(date +%s.%N)
      load "$PRICE_RATE" /api/market/price/BTCUSDC/ "$work/price.txt"
      secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {print b-a}')
      kill "$sampler" 2>/dev/null || true
      b1=$(fake_calls "$book")
      p99=$(openloop_field p99_ms "$work/price.txt")
      echo "RESULT price p99_ms $p99 target 5 $(verdict "$p99" 5)"
      calls=$((b1 - b0))
      per_s=$(awk -v n="$calls" -v s="$secs" 'BEGIN {printf "%.2f", n/s}')
      echo "RESULT price rest_quotes_per_s $per_s target 1.1 $(verdict "$per_s" 1.1) [warm-up included]"
      echo "RESULT price rss_peak_mb $(cat "$work/rss") target 450 $(verdict "$(cat "$work/rss")" 450)"
      ;;
    positions20)
      serve 19   # plus Operation #1 of the demo = 20
      load 200 /api/portfolio/positions/ "$work/p20.txt"
      p99=$(openloop_field p99_ms "$work/p20.txt")
      echo "RESULT positions20 p99_ms $p99 target 10 $(verdict "$p99" 10)"
      ;;
    positions1000)
      serve 999  # plus Operation #1 of the demo = 1,000
      n=$(curl -sf "http://127.0.0.1:$port/api/portfolio/positions/" -H "Authorization: Bearer $token" | grep -o '"operation_id"' | wc -l)
      [ "$n" = 1000 ] || { echo "expected 1000 positions, got $n" >&2; failed=1; exit 1; }
      load 50 /api/portfolio/positions/ "$work/p1000.txt"
      p95=$(openloop_field p95_ms "$work/p1000.txt")
      echo "RESULT positions1000 p95_ms $p95 target 50 $(verdict "$p95" 50)"
      ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
  esac
  errs=$(grep -h '^RESULT rate' "$work"/*.txt 2>/dev/null | awk '{for(i=2;i<NF;i+=2) if ($i=="errors") s+=$(i+1)} END {print s+0}')
  [ "$errs" = 0 ] || { echo "errors under load: $errs" >&2; failed=1; }
done
exit "$failed"
