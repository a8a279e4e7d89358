#!/usr/bin/env bash
# Push stream and alerts: the built server jar in processes of their own, fed by the fake
# Binance stream. Prints
#   - latency from the fake stream's price to a WebSocket client's receipt (median, p99), on one
#     replica and across two (leader streams, client on the follower; PostgreSQL and Redis from
#     ROBSON_TEST_DATABASE_URL and ROBSON_TEST_REDIS_URL);
#   - CLIENTS (default 1000) clients on one replica while the stream ticks 10 times a second:
#     server CPU (cores), RSS, delivery median and p99;
#   - alert latency: a close request to the signed webhook's arrival at a local receiver.
#
#   bench/push/run.sh                                   # full run
#   TRIALS=10 CLIENTS=50 LOAD_SECONDS=3 bench/push/run.sh    # a short smoke run
#   MVN_FLAGS= bench/push/run.sh                        # allow Maven to go online (default -o)
set -euo pipefail
source "$(dirname "$0")/../lib/maven-bench.sh"
if [ ! -f robson-server/target/robson-server.jar ]; then
  mvn -B -ntp -q ${MVN_FLAGS--o} install -DskipTests -Djacoco.skip=true -pl robson-core,robson-web,robson-server
fi
maven_bench robson-server PushBench robson-server/target/bench/push.txt /tmp/robson-bench-push.log \
  -Dbench.trials="${TRIALS:-100}" -Dbench.clients="${CLIENTS:-1000}" -Dbench.seconds="${LOAD_SECONDS:-20}"
