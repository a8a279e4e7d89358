# Shared by the benchmarks: start a Robson server from the built jar on a free port, log in,
# read a Prometheus counter, stop it. Source this file; it never runs anything by itself.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAVA_HOME=${JAVA_HOME_OVERRIDE:-$("$bench_root/scripts/java-home")}
SERVER_JAR="$bench_root/robson-server/target/robson-server.jar"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# start_server PORT DATA_DIR [extra args...]: starts a demo-profile server in the background.
start_server() {
  local port=$1 data=$2; shift 2
  [ -f "$SERVER_JAR" ] || { echo "Build first: make build" >&2; return 1; }
  # The launch's own flags (deploy/jvm.flags, as make demo and the image); BENCH_JAVA_OPTS
  # comes after them, so it overrides any of them for a comparison. The load comes from one
  # address standing in for many users, so the per-address connection bound (64, a defence
  # against one hostile client) is lifted unless BENCH_CONNECTIONS_PER_ADDRESS says otherwise.
  "$JAVA_HOME/bin/java" @"$bench_root/deploy/jvm.flags" ${BENCH_JAVA_OPTS:-} -jar "$SERVER_JAR" --spring.profiles.active=demo --server.port="$port" \
    --robson.data-dir="$data" --logging.level.root=WARN \
    --robson.transport.connections-per-address="${BENCH_CONNECTIONS_PER_ADDRESS:-100000}" "$@" > "$data/server.log" 2>&1 &
  echo $! > "$data/server.pid"
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "server on :$port did not become healthy; see $data/server.log" >&2
  stop_server "$data"
  return 1
}

stop_server() {
  local data=$1
  [ -f "$data/server.pid" ] && kill "$(cat "$data/server.pid")" 2>/dev/null && wait "$(cat "$data/server.pid")" 2>/dev/null
  rm -f "$data/server.pid"
}

# login PORT USER: prints an access token (demo password).
login() {
  curl -sf "http://127.0.0.1:$1/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$2\",\"password\":\"robson-demo\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# counter PORT NAME [LABEL_FILTER]: sums a Prometheus counter's samples.
counter() {
  # grep finding no sample yet is not an error: the sum is then 0.
  curl -sf "http://127.0.0.1:$1/actuator/prometheus" | { grep -E "^$2(\{|\s)" || true; } \
    | { grep -E "${3:-.}" || true; } | awk '{s+=$NF} END {printf "%.0f\n", s}'
}

# rss_mb PID: resident memory of a process in MiB.
rss_mb() {
  awk '/VmRSS/ {printf "%.0f\n", $2/1024}' "/proc/$1/status"
}

# need_wrk: installs Debian's wrk when it is missing (as root), else says how and fails.
need_wrk() {
  command -v wrk > /dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "installing wrk (apt-get install -y wrk)" >&2
    apt-get install -y -q wrk > /dev/null 2>&1 || { apt-get update -q > /dev/null 2>&1 && apt-get install -y -q wrk > /dev/null 2>&1; }
  fi
  command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; return 1; }
}
