#!/usr/bin/env bash
# Stop-monitor reaction time: from the fake Binance stream publishing a price through a stop to
# the fake Binance receiving the MARKET order (the whole server in-process, live trading, H2).
# Prints median and p99 over TRIALS trials (default 100) on a quiet and on a busy book.
#
#   bench/monitor/run.sh              # builds robson-core and robson-server's test classes first
#   TRIALS=300 bench/monitor/run.sh
#   MVN_FLAGS= bench/monitor/run.sh   # allow Maven to go online (default: offline, -o)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export JAVA_HOME=${JAVA_HOME_OVERRIDE:-$("$root/scripts/java-home")}
cd "$root"
report=robson-server/target/bench/stream-reaction.txt
rm -f "$report"
# StreamReactionBench matches none of Surefire's name patterns, so only -Dtest runs it.
mvn -B -ntp -q ${MVN_FLAGS--o} -pl robson-core,robson-server test -Djacoco.skip=true \
  -Dtest=StreamReactionBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.trials="${TRIALS:-100}" \
  > /tmp/robson-bench-monitor.log 2>&1 \
  || { tail -50 /tmp/robson-bench-monitor.log >&2; echo "benchmark failed; full log: /tmp/robson-bench-monitor.log" >&2; exit 1; }
cat "$report"
