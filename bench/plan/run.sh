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
root=$(cd "$(dirname "$0")/../.." && pwd)
export JAVA_HOME=${JAVA_HOME_OVERRIDE:-$("$root/scripts/java-home")}
cd "$root"
report=robson-server/target/bench/plan.txt
log=/tmp/robson-bench-plan.log
rm -f "$report"
# PlanLatencyBench matches none of Surefire's name patterns, so only -Dtest runs it.
mvn -B -ntp -q ${MVN_FLAGS--o} -pl robson-core,robson-server test -Djacoco.skip=true \
  -Dtest=PlanLatencyBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.plans="${PLANS:-1000}" -Dbench.warmup="${WARMUP:-300}" -Dbench.saved="${SAVED:-200}" \
  > "$log" 2>&1 \
  || { tail -50 "$log" >&2; echo "benchmark failed; full log: $log" >&2; exit 1; }
cat "$report"
echo "uptime: $(uptime)"
