#!/usr/bin/env bash
# Price endpoint under load: 1, 50 and 200 concurrent clients (wrk) for DURATION seconds each
# against one server. Prints throughput, latency percentiles, upstream quote calls per second
# (from the server's own counter), cache hit ratio and server RSS.
#
#   bench/price/run.sh                 # simulated market behind the cache
#   DURATION=10 bench/price/run.sh     # shorter runs (WARMUP=10 s of load comes first)
#   bench/price/run.sh --robson.market=binance --binance.base-url=http://127.0.0.1:PORT  # any extra server args
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/server.sh"
need_wrk

DURATION=${DURATION:-30}
CLIENTS=${CLIENTS:-"1 50 200"}
SYMBOL=${SYMBOL:-BTCUSDC}
data=$(mktemp -d)
port=$(free_port)
trap 'stop_server "$data"; rm -rf "$data"' EXIT

# The per-tenant limit would turn a load test into a 429 test: lift it for the benchmark.
start_server "$port" "$data" --robson.market-data.price-per-second=100000000 \
  --robson.market-data.price-burst=100000000 --robson.monitor.enabled=false "$@"
token=$(login "$port" demo)
cat > "$data/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
done = function(summary, latency, requests)
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("P%d %.3f\\n", p, latency:percentile(p) / 1000))
  end
end
LUA

echo "Price endpoint, $SYMBOL, ${DURATION}s per step, $(nproc) cores, $(uname -m)"
printf '%-8s %10s %9s %9s %9s %13s %9s %8s\n' clients req/s p50_ms p95_ms p99_ms upstream/s hit_% rss_MB
curl -sf "http://127.0.0.1:$port/api/market/price/$SYMBOL/" -H "Authorization: Bearer $token" > /dev/null
# The JIT compiles the hot path during the first seconds; measured steps start after it.
wrk -t2 -c50 -d"${WARMUP:-10}s" -s "$data/auth.lua" "http://127.0.0.1:$port/api/market/price/$SYMBOL/" > /dev/null
for c in $CLIENTS; do
  up0=$(counter "$port" robson_quote_upstream_calls_total)
  hits0=$(counter "$port" robson_quote_cache_total 'hit_')
  all0=$(counter "$port" robson_quote_cache_total)
  threads=$(( c < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$c" -d"${DURATION}s" -s "$data/auth.lua" \
    "http://127.0.0.1:$port/api/market/price/$SYMBOL/" > "$data/wrk-$c.txt"
  up1=$(counter "$port" robson_quote_upstream_calls_total)
  hits1=$(counter "$port" robson_quote_cache_total 'hit_')
  all1=$(counter "$port" robson_quote_cache_total)
  # Exact percentiles in ms, printed by the Lua done() hook as "P95 1.234".
  pct() { awk -v p="P$1" '$1==p {printf "%.2f", $2}' "$data/wrk-$c.txt"; }
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$data/wrk-$c.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$data/wrk-$c.txt")
  lookups=$(( all1 - all0 ))
  hit=$(awk -v h=$(( hits1 - hits0 )) -v a="$lookups" 'BEGIN {printf "%.2f", a ? 100*h/a : 0}')
  ups=$(awk -v u=$(( up1 - up0 )) -v d="$DURATION" 'BEGIN {printf "%.2f", u/d}')
  printf '%-8s %10s %9s %9s %9s %13s %9s %8s%s\n' "$c" "$rps" "$(pct 50)" "$(pct 95)" "$(pct 99)" "$ups" "$hit" \
    "$(rss_mb "$(cat "$data/server.pid")")" "${non2xx:+  (non-2xx: $non2xx)}"
done
