#!/usr/bin/env bash
# Hostile-tenant drills, each printing its figures and PASS/FAIL; exit code = failed drills.
#   a  Candle flood: one tenant asks every distinct history (symbol x interval x days) with
#      the per-tenant limit lifted, in a 576 MB heap; prints the heap after a full GC.
#   b  Weight: one tenant floods history requests against a fake Binance that enforces 6,000
#      weight a minute; prints the weight spent per minute and whether a quote still answers.
#
#   bench/hostile/run.sh            # both drills
#   FLOOD_SECONDS=30 bench/hostile/run.sh b
# Knobs: HEAP (576m), PARALLEL (8), FLOOD_SECONDS (60), HEAP_LIMIT_MB (300).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/cluster.sh"

HEAP=${HEAP:-576m}
PARALLEL=${PARALLEL:-8}
FLOOD_SECONDS=${FLOOD_SECONDS:-60}
HEAP_LIMIT_MB=${HEAP_LIMIT_MB:-300}
DRILLS=${*:-a b}
root=$(mktemp -d /tmp/robson-bench-hostile.XXXXXX)
work=$root; failures=0
cleanup() {
  for d in "$root"/*/; do [ -f "$d/pids" ] && { work=${d%/}; kill_started; }; done
  if [ "$failures" = 0 ]; then rm -rf "$root"; else echo "logs kept in $root" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
verdict() { echo "  -> $1: $2"; [ "$1" = PASS ] || failures=$((failures + 1)); }
lifted=(--robson.market-data.history-burst=100000000 --robson.market-data.history-per-minute=100000000)

# heap_after_gc PID: MiB of heap in use after a full collection.
heap_after_gc() {
  jcmd "$1" GC.run > /dev/null 2>&1; sleep 1
  jcmd "$1" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); printf "%.0f\n", v/1024; exit}}'
}

# history_urls PORT: every distinct history one request may ask (at most 10,080 candles).
history_urls() {
  local minutes
  for symbol in BTCUSDC ETHUSDC BTCUSDT ETHUSDT ETHBTC; do
    for interval in 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d 3d 1w; do
      case $interval in 1m) minutes=1;; 3m) minutes=3;; 5m) minutes=5;; 15m) minutes=15;; 30m) minutes=30;;
        1h) minutes=60;; 2h) minutes=120;; 4h) minutes=240;; 6h) minutes=360;; 8h) minutes=480;;
        12h) minutes=720;; 1d) minutes=1440;; 3d) minutes=4320;; 1w) minutes=10080;; esac
      for days in $(seq 1 30); do
        [ $((days * 1440 / minutes)) -le 10080 ] && \
          echo "http://127.0.0.1:$1/api/historical-data/?symbol=$symbol&interval=$interval&days=$days"
      done
    done
  done
}

drill_a() {
  work=$root/a; mkdir -p "$work"
  echo "a) candle flood, heap $HEAP, $PARALLEL parallel requests, per-tenant history limit lifted"
  local port; port=$(free_port)
  BENCH_JAVA_OPTS="-Xmx$HEAP" start_replica "$port" "$work/server" "${lifted[@]}" \
    || { verdict FAIL "server did not start"; return; }
  local pid; pid=$(cat "$work/server/server.pid")
  local token; token=$(login "$port" demo)
  history_urls "$port" > "$work/urls"
  local started; started=$(date +%s)
  xargs -P "$PARALLEL" -n 1 curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $token" \
    < "$work/urls" > "$work/codes"
  local took=$(( $(date +%s) - started ))
  local heap; heap=$(heap_after_gc "$pid")
  local alive=yes; kill -0 "$pid" 2>/dev/null || alive=no
  echo "  requests $(wc -l < "$work/urls") in ${took}s, codes: $(sort "$work/codes" | uniq -c | tr '\n' ' ')"
  echo "  heap in use after full GC: ${heap} MiB (of $HEAP); server alive: $alive; $(uptime)"
  grep -q OutOfMemoryError "$work/server/server.log" && { verdict FAIL "OutOfMemoryError in the log"; return; }
  [ "$alive" = yes ] && [ -n "$heap" ] && [ "$heap" -le "$HEAP_LIMIT_MB" ] \
    && verdict PASS "heap ${heap} MiB <= ${HEAP_LIMIT_MB} MiB" || verdict FAIL "heap ${heap:-?} MiB"
}

drill_b() {
  work=$root/b; mkdir -p "$work"
  echo "b) history flood for ${FLOOD_SECONDS}s against a fake Binance enforcing 6,000 weight a minute"
  start_fake fake || { verdict FAIL "fake Binance did not start"; return; }
  fake_cmd "limit 6000"
  local port; port=$(free_port)
  ROBSON_MARKET=binance BINANCE_BASE_URL="$FAKE_URL" BINANCE_STREAM_ENABLED=false \
    start_replica "$port" "$work/server" "${lifted[@]}" --robson.monitor.enabled=false \
    || { verdict FAIL "server did not start"; return; }
  local token; token=$(login "$port" demo)
  fake_cmd reset
  history_urls "$port" > "$work/urls"
  local deadline=$(( $(date +%s) + FLOOD_SECONDS ))
  ( while [ "$(date +%s)" -lt "$deadline" ]; do cat "$work/urls"; done ) | head -c 100000000 \
    | xargs -P "$PARALLEL" -n 1 sh -c '[ "$(date +%s)" -lt '"$deadline"' ] && curl -s -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer '"$token"'" "$0" || true' \
    > "$work/codes" 2>/dev/null
  fake_cmd weight; sleep 0.5
  local spent limited; read -r _ spent _ limited <<< "$(grep '^weight ' "$FAKE_LOG" | tail -1)"
  local price; price=$(curl -s -m 5 -w ' %{http_code}' "http://127.0.0.1:$port/api/market/price/BTCUSDC/" -H "Authorization: Bearer $token")
  local per_minute=$(( spent * 60 / FLOOD_SECONDS ))
  echo "  history requests $(wc -l < "$work/codes"), codes: $(sort "$work/codes" | uniq -c | tr '\n' ' ')"
  echo "  weight spent: $spent in ${FLOOD_SECONDS}s (~$per_minute a minute); refused by the exchange: $limited; $(uptime)"
  echo "  a quote afterwards: HTTP ${price##* }, stale $(grep -o '"stale":[a-z]*' <<< "$price" | cut -d: -f2)"
  [ "$limited" = 0 ] && [ "${price##* }" = 200 ] && verdict PASS "no 429 from the exchange, quotes answer" \
    || verdict FAIL "exchange refused $limited requests; quote HTTP ${price##* }"
}

for drill in $DRILLS; do "drill_$drill"; done
exit "$failures"
