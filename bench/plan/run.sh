#!/usr/bin/env bash
# Entry planning latency: a plan over real HTTP (dry run, then saved), with the strategy, the
# account, the ask, 100 closed 15-minute candles through the candle cache, the stop finder, the
# sizing and every guard; and the stop finder alone over a month of generated 15-minute candles
# (core's SwingCandles). Prints median and p99 of each. Target: plan p99 <= 50 ms warm.
#
#   bench/plan/run.sh
#   PLANS=200 WARMUP=100 SAVED=50 bench/plan/run.sh   # a shorter run
#   MVN_FLAGS= bench/plan/run.sh                      # allow Maven to go online (default: offline, -o)
set -euo pipefail
source "$(dirname "$0")/../lib/maven-bench.sh"
maven_bench robson-core,robson-server PlanLatencyBench robson-server/target/bench/plan.txt /tmp/robson-bench-plan.log \
  -Dbench.plans="${PLANS:-1000}" -Dbench.warmup="${WARMUP:-300}" -Dbench.saved="${SAVED:-200}"
echo "uptime: $(uptime)"
