#!/usr/bin/env bash
# Stop-monitor reaction time: from the fake Binance stream publishing a price through a stop to
# the fake Binance receiving the MARKET order (the whole server in-process, live trading, H2).
# Prints median and p99 over TRIALS trials (default 100) on a quiet and on a busy book.
#
#   bench/monitor/run.sh              # builds robson-core and robson-server's test classes first
#   TRIALS=300 bench/monitor/run.sh
#   MVN_FLAGS= bench/monitor/run.sh   # allow Maven to go online (default: offline, -o)
set -euo pipefail
source "$(dirname "$0")/../lib/maven-bench.sh"
maven_bench robson-core,robson-server StreamReactionBench robson-server/target/bench/stream-reaction.txt \
  /tmp/robson-bench-monitor.log -Dbench.trials="${TRIALS:-100}"
