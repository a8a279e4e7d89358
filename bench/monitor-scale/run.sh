#!/usr/bin/env bash
# The stop monitor at scale on PostgreSQL: 100,000 active operations across 1,000 symbols and
# 5,000 tenants (seeded with SQL in a fresh schema), one replica then three sharing the work.
# Prints: the index's first read, price -> decision p50/p99, price -> close, a full pass (tick),
# and with one of three replicas killed: take-over time, stops closed, orders sent twice.
#
#   bench/monitor-scale/run.sh
#   OPERATIONS=20000 SYMBOLS=200 TENANTS=1000 bench/monitor-scale/run.sh
#   MVN_FLAGS= bench/monitor-scale/run.sh   # allow Maven to go online (default: offline, -o)
set -euo pipefail
source "$(dirname "$0")/../lib/maven-bench.sh"
maven_bench robson-core,robson-server MonitorScaleBench robson-server/target/bench/monitor-scale.txt \
  /tmp/robson-bench-monitor-scale.log \
  -Dbench.operations="${OPERATIONS:-100000}" -Dbench.symbols="${SYMBOLS:-1000}" -Dbench.tenants="${TENANTS:-5000}"
echo "uptime: $(uptime)"
