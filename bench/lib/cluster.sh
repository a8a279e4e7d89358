# Shared by the benchmarks that run replicas against the fake exchange (bench/faults, hostile,
# openloop, positions, replicas): PostgreSQL schemas, the steerable fake Binance (FakeBinanceConsole,
# driven through a fifo), a TCP forwarder we can kill to cut the exchange off, wrk with exact
# percentiles. Source this file; it brings the bench/lib/server.sh its replicas start through.
# Every process started here is recorded in $work/pids so one trap can stop them all.

source "$(dirname "${BASH_SOURCE[0]}")/server.sh"

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_DB=${PG_DB:-test}
PG_USER=${PG_USER:-postgres}

psql_q() { # psql_q SQL...: runs SQL on the shared database, quiet, stops on error
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -v ON_ERROR_STOP=1 -qAtX "$@"
}

new_schema() { # new_schema PREFIX: creates a fresh schema, prints its name
  local name="${1}_$(date +%s)_$$_$RANDOM"
  psql_q -c "CREATE SCHEMA $name" > /dev/null && echo "$name"
}

drop_schema() { [ -n "${1:-}" ] && psql_q -c "DROP SCHEMA IF EXISTS $1 CASCADE" > /dev/null 2>&1 || true; }

jdbc_url() { echo "jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?currentSchema=$1"; }

remember_pid() { echo "$1" >> "$work/pids"; }

# use_work_dir NAME [WHERE]: makes $work (/tmp/robson-bench-NAME.XXXXXX) for this run, with
# $schema empty and $failed 0. On exit every recorded process is stopped and $schema dropped;
# $work is removed, or kept when a command failed (or the script set failed=1), and then the
# run says so, with WHERE to look in it (e.g. "a/server.log, fake.log").
use_work_dir() {
  work=$(mktemp -d "/tmp/robson-bench-$1.XXXXXX")
  work_logs=${2:-}
  schema=""; failed=0
  trap 'failed=1' ERR
  trap clean_work_dir EXIT
}

clean_work_dir() {
  kill_started; drop_schema "$schema"
  if [ "$failed" = 0 ]; then rm -rf "$work"; else echo "logs kept in $work${work_logs:+ ($work_logs)}" >&2; fi
}

# kill_started: stops every recorded process (servers get SIGTERM and a few seconds).
kill_started() {
  [ -f "$work/pids" ] || return 0
  local p
  for p in $(tac "$work/pids"); do kill "$p" 2>/dev/null || true; done
  for _ in $(seq 1 50); do
    local alive=0
    for p in $(cat "$work/pids"); do kill -0 "$p" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break
    sleep 0.2
  done
  for p in $(cat "$work/pids"); do kill -9 "$p" 2>/dev/null || true; done
  rm -f "$work/pids"
}

# test_classpath: the server's test classpath (offline Maven, as fake-binance.sh does), cached.
test_classpath() {
  local cp_file="$work/test-classpath.txt"
  if [ ! -s "$cp_file" ]; then
    (cd "$bench_root" && mvn -B -q -o -pl robson-server dependency:build-classpath -Dmdep.outputFile="$cp_file" \
      -Dmdep.includeScope=test > "$work/mvn-classpath.log" 2>&1) \
      || { echo "cannot build the test classpath; see $work/mvn-classpath.log" >&2; return 1; }
  fi
  echo "$bench_root/robson-server/target/test-classes:$bench_root/robson-server/target/classes:$(cat "$cp_file")"
}

# start_fake NAME: starts FakeBinanceConsole (compiled here into $work/bench-classes, so no
# Maven build of the shared tree is needed), stdin on the fifo $work/NAME.fifo kept open by fd
# 9 (one fake per script). Sets FAKE_URL, FAKE_WS_URL (its book-ticker stream) and FAKE_PID.
# Commands: fake_cmd "book BTCUSDC 1 2", fake_cmd "stream BTCUSDC 10" (see FakeBinanceConsole).
start_fake() {
  local name=$1 cp
  cp=$(test_classpath) || return 1
  local src="$bench_root/robson-server/src/test/java/dev/robson/server/bench"
  [ -f "$work/bench-classes/dev/robson/server/bench/FakeBinanceConsole.class" ] || \
    "$JAVA_HOME/bin/javac" -d "$work/bench-classes" -cp "$cp" "$src"/*.java || return 1
  [ -p "$work/$name.fifo" ] || mkfifo "$work/$name.fifo"
  exec 9<> "$work/$name.fifo"
  rm -f "$work/$name.url"
  # FAKE_LATENCY_MS: every REST request waits this long (50 models a round trip to Binance).
  FAKE_BINANCE_LATENCY_MS=${FAKE_LATENCY_MS:-0} \
  "$JAVA_HOME/bin/java" -Xmx256m -cp "$work/bench-classes:$cp" dev.robson.server.bench.FakeBinanceConsole \
    "$work/$name.url" < "$work/$name.fifo" > "$work/$name.log" 2>&1 &
  FAKE_PID=$!; remember_pid "$FAKE_PID"
  for _ in $(seq 1 100); do [ -s "$work/$name.url" ] && break; sleep 0.1; done
  [ -s "$work/$name.url" ] || { echo "fake Binance did not start; see $work/$name.log" >&2; return 1; }
  FAKE_URL=$(cat "$work/$name.url"); FAKE_WS_URL=$(cat "$work/$name.url.ws"); FAKE_LOG="$work/$name.log"
}

fake_cmd() { echo "$*" >&9; }

# fake_calls PATH: the fake's own count of requests to PATH (the exchange's view).
fake_calls() {
  local before; before=$(grep -c '^calls ' "$FAKE_LOG" || true)
  fake_cmd "calls $1"
  for _ in $(seq 1 50); do
    [ "$(grep -c '^calls ' "$FAKE_LOG" || true)" -gt "$before" ] && break; sleep 0.05
  done
  grep '^calls ' "$FAKE_LOG" | tail -1 | awk '{print $3}'
}

# start_forwarder LISTEN_PORT TARGET_HOST:PORT: a one-file TCP forwarder we can kill and
# restart on the same port (FakeBinance binds an ephemeral port, so a restarted fake moves).
start_forwarder() {
  python3 - "$1" "$2" > "$work/forwarder-$1.log" 2>&1 <<'PY' &
import asyncio, sys
port = int(sys.argv[1]); host, tport = sys.argv[2].rsplit(":", 1)
async def pipe(r, w):
    try:
        while data := await r.read(65536):
            w.write(data); await w.drain()
    except Exception:
        pass
    finally:
        w.close()
async def handle(cr, cw):
    try:
        ur, uw = await asyncio.open_connection(host, int(tport))
    except Exception:
        cw.close(); return
    await asyncio.gather(pipe(cr, uw), pipe(ur, cw))
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", port, reuse_address=True)
    print("forwarding", port, "->", sys.argv[2], flush=True)
    async with server:
        await server.serve_forever()
asyncio.run(main())
PY
  FORWARDER_PID=$!; remember_pid "$FORWARDER_PID"
  for _ in $(seq 1 50); do grep -q forwarding "$work/forwarder-$1.log" 2>/dev/null && return 0; sleep 0.1; done
  echo "forwarder on :$1 did not start; see $work/forwarder-$1.log" >&2; return 1
}

# start_replica PORT DATA_DIR [server args...]: start_server plus pid bookkeeping. Env
# (DATABASE_URL, REDIS_URL, ROBSON_JWT_SECRET, ...) is taken from the caller's environment.
start_replica() {
  local port=$1 data=$2
  mkdir -p "$data"
  start_server "$@" || { [ -f "$data/server.pid" ] && remember_pid "$(cat "$data/server.pid")"; return 1; }
  remember_pid "$(cat "$data/server.pid")"
}

# wrk_lua FILE TOKEN [PATHS...]: a wrk script with the token, round-robin over PATHS (if
# given), and a done() hook printing exact percentiles (ms) and the non-2xx/error counts.
wrk_lua() {
  local file=$1 token=$2; shift 2
  {
    echo "wrk.headers[\"Authorization\"] = \"Bearer $token\""
    if [ $# -gt 0 ]; then
      printf 'local paths = {'; printf '"%s",' "$@"; echo '}'
      echo 'local i = 0'
      echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
    fi
    cat <<'LUA'
done = function(summary, latency, requests)
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("P%d %.3f\n", p, latency:percentile(p) / 1000))
  end
  local e = summary.errors
  io.write(string.format("REQS %d\nNON2XX %d\nSOCKERR %d\n", summary.requests, e.status,
    e.connect + e.read + e.write + e.timeout))
end
LUA
  } > "$file"
}

wrk_field() { awk -v k="$1" '$1==k {print $2}' "$2"; }   # wrk_field P95 wrk-out.txt
wrk_rps() { awk '/Requests\/sec/ {printf "%.0f", $2}' "$1"; }
