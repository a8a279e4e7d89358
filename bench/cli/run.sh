#!/usr/bin/env bash
# CLI wall time, start to exit, as a user sees it: median and p95 over RUNS runs (default 20)
# of `./robson --version`, `./robson price BTCUSDC` and `./robson positions`, plus two
# reference rows: `price` without the start-up archive, and the bare JVM (`java -version`).
#
#   bench/cli/run.sh                     # against ROBSON_SERVER (default http://localhost:8080,
#                                        # e.g. `make demo`), or a server started here if none answers
#   RUNS=50 bench/cli/run.sh
#
# Uses hyperfine when installed (apt-get install -y hyperfine), else (or with BENCH_LOOP=1) a
# bash loop timing each run with date +%s%N. Prints figures; asserts nothing. Logs in as the
# demo user with a throw-away config directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$here/../lib/server.sh"

RUNS=${RUNS:-20}
server=${ROBSON_SERVER:-http://localhost:8080}
data=$(mktemp -d)
started=
cleanup() {
  [ -n "$started" ] && stop_server "$data"
  rm -rf "$data"
}
trap cleanup EXIT

[ -f "$root/robson-cli/target/robson-cli.jar" ] || { echo "Build the CLI first: make build" >&2; exit 1; }
if ! curl -sf "$server/actuator/health" > /dev/null 2>&1; then
  port=$(free_port)
  echo "No server at $server: starting one on :$port from $SERVER_JAR" >&2
  # The per-tenant price limit is not what is measured here.
  start_server "$port" "$data" --robson.market-data.price-per-second=1000 --robson.market-data.price-burst=1000 \
    --robson.monitor.enabled=false
  started=1
  server="http://127.0.0.1:$port"
fi
export ROBSON_SERVER="$server" XDG_CONFIG_HOME="$data/config"
unset ROBSON_TOKEN NO_COLOR

robson="$root/robson"
"$robson" --version > /dev/null           # builds the start-up archive if this build has none
echo robson-demo | "$robson" login --username demo --password-stdin > /dev/null
if [ -n "$started" ]; then
  # A server that has just started is still compiling its own hot paths, on the same cores.
  for _ in $(seq 1 20); do "$robson" price BTCUSDC; "$robson" positions; done > /dev/null
fi
java_home=$(cat "$root/robson-cli/target/java-home" 2>/dev/null || "$root/scripts/java-home")
java_version=$("$java_home/bin/java" -version 2>&1 | head -1)
bare="$java_home/bin/java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"

names=("./robson --version" "./robson price BTCUSDC" "./robson positions"
  "price, no archive" "java -version (JVM floor)")
commands=("$robson --version" "$robson price BTCUSDC" "$robson positions"
  "$bare -cp $root/robson-cli/target/robson-cli.jar dev.robson.cli.RobsonCli price BTCUSDC" "$bare -version")

# Prints "median p95 min max" in ms for one command.
measure() {
  if [ "${BENCH_LOOP:-}" != 1 ] && command -v hyperfine > /dev/null; then
    # hyperfine's outlier warnings would break the table; its errors still get through.
    hyperfine -N --style none --runs "$RUNS" --warmup 2 --export-json "$data/run.json" "$1" \
      > /dev/null 2> "$data/hyperfine.err" || { cat "$data/hyperfine.err" >&2; return 1; }
    python3 - "$data/run.json" <<'PY'
import json, math, sys
times = sorted(t * 1000 for t in json.load(open(sys.argv[1]))["results"][0]["times"])
n = len(times)
median = (times[(n - 1) // 2] + times[n // 2]) / 2
p95 = times[math.ceil(0.95 * n) - 1]
print(f"{median:.0f} {p95:.0f} {times[0]:.0f} {times[-1]:.0f}")
PY
  else
    local samples=() start
    $1 > /dev/null 2>&1; $1 > /dev/null 2>&1
    for _ in $(seq 1 "$RUNS"); do
      start=$(date +%s%N)
      $1 > /dev/null 2>&1
      samples+=($(( ($(date +%s%N) - start) / 1000000 )))
    done
    printf '%s\n' "${samples[@]}" | sort -n | awk '{t[NR]=$1} END {
      m = (t[int((NR+1)/2)] + t[int(NR/2)+1]) / 2; p = t[int(0.95*NR + 0.999)];
      printf "%.0f %.0f %.0f %.0f\n", m, p, t[1], t[NR] }'
  fi
}

tool=hyperfine
{ [ "${BENCH_LOOP:-}" = 1 ] || ! command -v hyperfine > /dev/null; } && tool="bash loop"
echo "robson CLI wall time, $RUNS runs each ($tool)," \
  "$(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $java_version, server $server"
printf '%-28s %10s %8s %8s %8s\n' command median_ms p95_ms min_ms max_ms
for i in "${!commands[@]}"; do
  read -r median p95 min max < <(measure "${commands[$i]}")
  printf '%-28s %10s %8s %8s %8s\n' "${names[$i]}" "$median" "$p95" "$min" "$max"
done
