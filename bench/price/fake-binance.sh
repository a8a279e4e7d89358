#!/usr/bin/env bash
# Starts the fake Binance (from the server's test classes) in the background and prints its
# base URL. Used by run-binance.sh; needs `make build` and the test classes compiled.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
JAVA_HOME=$("$root/scripts/java-home")
out=${1:?usage: fake-binance.sh WORKDIR}
cp_file="$out/test-classpath.txt"
(cd "$root" && mvn -B -q -o -pl robson-server dependency:build-classpath -Dmdep.outputFile="$cp_file" \
   -Dmdep.includeScope=test > /dev/null 2>&1)
"$JAVA_HOME/bin/java" -cp "$root/robson-server/target/test-classes:$root/robson-server/target/classes:$(cat "$cp_file")" \
  dev.robson.server.exchange.binance.fake.FakeBinanceMain "$out/fake-binance.url" > "$out/fake-binance.log" 2>&1 &
echo $! > "$out/fake-binance.pid"
for _ in $(seq 1 100); do [ -s "$out/fake-binance.url" ] && break; sleep 0.1; done
cat "$out/fake-binance.url"
