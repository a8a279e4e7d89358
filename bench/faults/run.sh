#!/usr/bin/env bash
# Fault drills, each printing PASS/FAIL with its numbers; exit code = number of failed drills.
#   a  Binance unreachable under load: no 5xx, answers marked stale, fresh again soon after.
#   b  Redis (a private redis-server) killed under load: no failed request.
#   c  PostgreSQL (a private instance, never the shared one) restarted: the same server answers again.
#   d  The holder of BTCUSDC's monitor partition kill -9'd: the other replica takes it and closes at the stop.
#
#   bench/faults/run.sh                 # all drills, 60 s Binance outage
#   OUTAGE=10 bench/faults/run.sh a d   # some drills, short outage
# Knobs: OUTAGE (60), CONNS (20), FRESH_TARGET (2 s), PG_RECOVER_LIMIT (30 s), LEASE_LIMIT (40 s).
set -uo pipefail   # no -e: a drill's failure is reported, and the next drill still runs
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib/cluster.sh"
need_wrk

OUTAGE=${OUTAGE:-60}
CONNS=${CONNS:-20}
FRESH_TARGET=${FRESH_TARGET:-2}
PG_RECOVER_LIMIT=${PG_RECOVER_LIMIT:-30}
LEASE_LIMIT=${LEASE_LIMIT:-40}
DRILLS=${*:-a b c d}
root=$(mktemp -d /tmp/robson-bench-faults.XXXXXX)
chmod 755 "$root"   # the private PostgreSQL runs as user postgres and must reach its folder
work=$root
schema=""; pg_dir=""; failures=0; results=()
cleanup() {
  for d in "$root"/*/; do [ -f "$d/pids" ] && { work=${d%/}; kill_started; }; done
  [ -n "$pg_dir" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$pg_dir" -m immediate stop > /dev/null 2>&1
  drop_schema "$schema"
  if [ "$failures" = 0 ]; then rm -rf "$root"; else echo "logs kept in $root (one folder per drill)" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.1f", b-a}'; }
verdict() { # verdict DRILL PASS|FAIL TEXT
  results+=("$(printf '%-3s %-4s %s' "$1" "$2" "$3")")
  [ "$2" = PASS ] || failures=$((failures + 1))
  echo "  -> $2: $3"
}
limits=(--robson.market-data.price-per-second=100000000 --robson.market-data.price-burst=100000000)
price() { # price PORT TOKEN: "HTTP_CODE stale age" of one BTCUSDC price read
  local body code
  body=$(curl -s -m 5 -w '\n%{http_code}' "http://127.0.0.1:$1/api/market/price/BTCUSDC/" -H "Authorization: Bearer $2")
  code=${body##*$'\n'}
  echo "$code $(grep -o '"stale":[a-z]*' <<< "$body" | cut -d: -f2) $(grep -o '"age_seconds":[0-9]*' <<< "$body" | cut -d: -f2)"
}

# ---- a: Binance unreachable under load --------------------------------------------------------
# FakeBinance binds an ephemeral port, so a restarted fake cannot come back on the same port.
# The server talks to a TCP forwarder on a fixed port instead; the outage kills the fake AND the
# forwarder (connection refused, like a dead exchange), the recovery starts a new fake and the
# forwarder again on the same port.
drill_a() {
  work=$root/a; mkdir -p "$work"
  echo "a) Binance unreachable for ${OUTAGE}s under load ($CONNS connections)"
  start_fake fake || { verdict a FAIL "fake Binance did not start"; return; }
  local fport; fport=$(free_port)
  start_forwarder "$fport" "${FAKE_URL#http://}" || { verdict a FAIL "forwarder did not start"; return; }
  local port; port=$(free_port)
  ROBSON_MARKET=binance BINANCE_BASE_URL="http://127.0.0.1:$fport" BINANCE_STREAM_ENABLED=false \
    start_replica "$port" "$work/server" "${limits[@]}" --robson.monitor.enabled=false \
    || { verdict a FAIL "server did not start ($work/server/server.log)"; return; }
  local token; token=$(login "$port" demo)
  wrk_lua "$work/load.lua" "$token"
  # Sampler: one read every 0.2 s, so every answer's code and staleness is on record.
  ( while :; do echo "$(now) $(price "$port" "$token")"; sleep 0.2; done ) > "$work/samples" &
  remember_pid $!
  wrk -t1 -c"$CONNS" -d"$((OUTAGE + 25))s" --timeout 10s -s "$work/load.lua" \
    "http://127.0.0.1:$port/api/market/price/BTCUSDC/" > "$work/wrk.txt" &
  local wrk_pid=$!; remember_pid $wrk_pid
  sleep 5
  local down; down=$(now)
  kill -9 "$FAKE_PID" "$FORWARDER_PID"; wait "$FAKE_PID" "$FORWARDER_PID" 2>/dev/null
  sleep "$OUTAGE"
  start_fake fake2 || { verdict a FAIL "fake Binance did not restart"; return; }
  start_forwarder "$fport" "${FAKE_URL#http://}" || { verdict a FAIL "forwarder did not restart on :$fport"; return; }
  local up fresh=""; up=$(now)
  for _ in $(seq 1 300); do   # 30 s deadline
    read -r code stale _ < <(price "$port" "$token")
    [ "$code" = 200 ] && [ "$stale" = false ] && { fresh=$(since "$up"); break; }
    sleep 0.1
  done
  wait "$wrk_pid"
  local s5 served stale_n nonstale_in_outage
  s5=$(awk '$2 ~ /^5/' "$work/samples" | wc -l)
  # During the outage (1.5 s after the cut, past the 1 s quote TTL, until 1 s before the restart
  # is recorded: the restart itself takes a moment) every answer must be stale.
  served=$(awk -v a="$down" -v b="$up" '$1 > a + 1.5 && $1 < b - 1 && $2 == 200' "$work/samples" | wc -l)
  stale_n=$(awk -v a="$down" -v b="$up" '$1 > a + 1.5 && $1 < b - 1 && $2 == 200 && $3 == "true"' "$work/samples" | wc -l)
  local max_age; max_age=$(awk -v a="$down" -v b="$up" '$1 > a && $1 < b - 1 && $2 == 200 {if ($4 > m) m = $4} END {print m + 0}' "$work/samples")
  local odd; odd=$(awk -v a="$down" -v b="$up" '$1 > a + 1.5 && $1 < b - 1 && $2 == 200 && $3 != "true" {printf "%s+%.1fs:stale=%s,age=%s ", sep, $1 - a, $3, $4}' "$work/samples")
  local first5; first5=$(awk -v a="$down" '$2 ~ /^5/ {printf "%.1f", $1 - a; exit}' "$work/samples")
  local wrk_bad=$(( $(wrk_field NON2XX "$work/wrk.txt") + $(wrk_field SOCKERR "$work/wrk.txt") ))
  local text="wrk $(wrk_field REQS "$work/wrk.txt") requests, non-2xx/errors $wrk_bad; sampler 5xx $s5${first5:+ (first at +${first5}s of the outage)}; stale $stale_n/$served answers during the outage${odd:+ (not stale: $odd)}, max age ${max_age}s; fresh again ${fresh:-never (30 s)}s after recovery (target <= ${FRESH_TARGET}s)"
  if [ "$wrk_bad" = 0 ] && [ "$s5" = 0 ] && [ "$served" -gt 0 ] && [ "$stale_n" = "$served" ] && [ -n "$fresh" ] \
     && awk -v f="$fresh" -v t="$FRESH_TARGET" 'BEGIN {exit !(f <= t)}'; then
    verdict a PASS "$text"
  else
    verdict a FAIL "$text"
  fi
  kill_started
}

# ---- b: Redis killed under load -----------------------------------------------------------------
drill_b() {
  work=$root/b; mkdir -p "$work"
  echo "b) private Redis killed under load ($CONNS connections, 5 s before + 10 s after)"
  local rport; rport=$(free_port)
  redis-server --port "$rport" --bind 127.0.0.1 --save '' --appendonly no > "$work/redis.log" 2>&1 &
  local redis_pid=$!; remember_pid $redis_pid; disown "$redis_pid"  # no "Killed" job notice
  for _ in $(seq 1 50); do redis-cli -p "$rport" ping > /dev/null 2>&1 && break; sleep 0.1; done
  start_fake fake || { verdict b FAIL "fake Binance did not start"; return; }
  local port; port=$(free_port)
  ROBSON_MARKET=binance BINANCE_BASE_URL="$FAKE_URL" BINANCE_STREAM_ENABLED=false REDIS_URL="redis://127.0.0.1:$rport/0" \
    start_replica "$port" "$work/server" "${limits[@]}" --robson.monitor.enabled=false \
    || { verdict b FAIL "server did not start ($work/server/server.log)"; return; }
  local token; token=$(login "$port" demo)
  wrk_lua "$work/load.lua" "$token"
  curl -sf "http://127.0.0.1:$port/api/market/price/BTCUSDC/" -H "Authorization: Bearer $token" > /dev/null
  local keys; keys=$(redis-cli -p "$rport" --scan --pattern 'robson:*' | wc -l)
  wrk -t1 -c"$CONNS" -d15s --timeout 10s -s "$work/load.lua" \
    "http://127.0.0.1:$port/api/market/price/BTCUSDC/" > "$work/wrk.txt" &
  local wrk_pid=$!; remember_pid $wrk_pid
  sleep 5; kill -9 "$redis_pid"
  wait "$wrk_pid"
  local bad=$(( $(wrk_field NON2XX "$work/wrk.txt") + $(wrk_field SOCKERR "$work/wrk.txt") ))
  local text="Redis held $keys robson:* keys before the kill; $(wrk_field REQS "$work/wrk.txt") requests, failed $bad, p99 $(wrk_field P99 "$work/wrk.txt") ms, max $(awk '/Latency/ {print $4; exit}' "$work/wrk.txt")"
  if [ "$bad" = 0 ] && [ "$keys" -gt 0 ]; then verdict b PASS "$text"; else verdict b FAIL "$text"; fi
  kill_started
}

# ---- c: PostgreSQL restarted ------------------------------------------------------------------
# A private instance (initdb + pg_ctl as user postgres): the shared one on :5432 is left alone.
drill_c() {
  work=$root/c; mkdir -p "$work"
  echo "c) private PostgreSQL stopped and started under a running server"
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$PG_BIN/initdb" ] || { verdict c FAIL "no initdb under /usr/lib/postgresql"; return; }
  pg_dir=$(mktemp -d /tmp/robson-pg.XXXXXX); chown postgres "$pg_dir"
  local pport; pport=$(free_port)
  runuser -u postgres -- "$PG_BIN/initdb" -D "$pg_dir/data" -U postgres -A trust > "$work/initdb.log" 2>&1 \
    || { verdict c FAIL "initdb failed ($work/initdb.log)"; return; }
  pg() { runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w \
           -o "-p $pport -k $pg_dir -c listen_addresses=127.0.0.1" "$@" > /dev/null; }
  pg start || { verdict c FAIL "private PostgreSQL did not start ($pg_dir/postgres.log)"; return; }
  local port; port=$(free_port)
  DATABASE_URL="jdbc:postgresql://127.0.0.1:$pport/postgres" DATABASE_USER=postgres \
    start_replica "$port" "$work/server" --robson.monitor.enabled=false \
    || { verdict c FAIL "server did not start ($work/server/server.log)"; return; }
  local spid; spid=$(cat "$work/server/server.pid")
  local token; token=$(login "$port" demo)
  ops() { curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/operations/?status=active" -H "Authorization: Bearer $token"; }
  local before; before=$(ops)
  pg stop -m fast
  local during; during=$(ops)
  sleep 3
  pg start || { verdict c FAIL "private PostgreSQL did not restart"; return; }
  local up back="" code; up=$(now)
  for _ in $(seq 1 $((PG_RECOVER_LIMIT * 5))); do
    code=$(ops); echo "$(now) $code" >> "$work/after-restart"
    [ "$code" = 200 ] && { back=$(since "$up"); break; }; sleep 0.2
  done
  local codes; codes=$(awk '{print $2}' "$work/after-restart" | sort | uniq -c | awk '{printf "%s%sx%s", sep, $1, $2; sep=","}')
  local same=no; kill -0 "$spid" 2>/dev/null && same=yes
  local text="before $before, while down $during, answered 200 again ${back:-never}${back:+s} after PostgreSQL was back (limit ${PG_RECOVER_LIMIT}s; answers meanwhile: $codes), same server process: $same"
  if [ "$before" = 200 ] && [ -n "$back" ] && [ "$same" = yes ]; then verdict c PASS "$text"; else verdict c FAIL "$text"; fi
  kill_started
  pg stop -m fast; rm -rf "$pg_dir"; pg_dir=""
}

# ---- d: the lease holder dies ------------------------------------------------------------------
# Java's String.hashCode of $1, then floorMod by $2: the monitor's partition of a symbol.
partition_of() {
  local s=$1 h=0 i c
  for ((i = 0; i < ${#s}; i++)); do printf -v c '%d' "'${s:i:1}"; h=$(( (h * 31 + c) & 0xFFFFFFFF )); done
  (( h >= 2147483648 )) && h=$(( h - 4294967296 ))
  echo $(( (h % $2 + $2) % $2 ))
}
drill_d() {
  work=$root/d; mkdir -p "$work"
  echo "d) lease holder kill -9'd, then BTCUSDC falls through the demo operation's stop"
  start_fake fake || { verdict d FAIL "fake Binance did not start"; return; }
  schema=$(new_schema bench_faults_d)
  export DATABASE_URL=$(jdbc_url "$schema") DATABASE_USER=$PG_USER ROBSON_MARKET=binance \
    BINANCE_BASE_URL="$FAKE_URL" BINANCE_STREAM_ENABLED=false ROBSON_TRADING=paper ROBSON_MONITOR_ENABLED=true \
    ROBSON_JWT_SECRET=$(openssl rand -base64 48)
  local pa pb; pa=$(free_port); pb=$(free_port)
  start_replica "$pa" "$work/a" || { verdict d FAIL "replica a did not start"; return; }
  # The monitor's symbols are split into 16 partitions by Java's String hash, a lease each:
  # the one to watch is BTCUSDC's. Holders are random ids: while a runs alone it holds them all.
  local lease; lease="stop-monitor-$(partition_of BTCUSDC 16)/16"
  local holder_a="" holder victim
  for _ in $(seq 1 100); do
    holder_a=$(psql_q -c "SELECT holder FROM $schema.monitor_lease WHERE name = '$lease'")
    [ -n "$holder_a" ] && break; sleep 0.2
  done
  start_replica "$pb" "$work/b" || { verdict d FAIL "replica b did not start"; return; }
  # b takes its fair share (8 of 16) within a few ticks; BTCUSDC's partition may move with it.
  sleep 4
  holder=$(psql_q -c "SELECT holder FROM $schema.monitor_lease WHERE name = '$lease'")
  [ -n "$holder_a" ] && [ -n "$holder" ] || { verdict d FAIL "lease holder unclear: a=$holder_a now=$holder"; unset DATABASE_URL; return; }
  if [ "$holder" = "$holder_a" ]; then victim=a; else victim=b; fi
  holder_a=$holder
  local op; op=$(psql_q -c "SELECT min(o.id) FROM $schema.operations o JOIN $schema.tenants c ON c.id = o.tenant_id
                             WHERE c.name = 'demo' AND o.status = 'ACTIVE' AND o.symbol = 'BTCUSDC'")
  local stop; stop=$(psql_q -c "SELECT stop_loss::numeric(20,2) FROM $schema.operations WHERE id = $op")
  local killed; killed=$(now)
  kill -9 "$(cat "$work/$victim/server.pid")"; wait "$(cat "$work/$victim/server.pid")" 2>/dev/null
  fake_cmd "book BTCUSDC 87000.00 87000.01"; fake_cmd "last BTCUSDC 87000.00"
  local leased="" closed="" row
  for _ in $(seq 1 $((LEASE_LIMIT * 5))); do
    holder=$(psql_q -c "SELECT holder FROM $schema.monitor_lease WHERE name = '$lease'")
    [ -z "$leased" ] && [ -n "$holder" ] && [ "$holder" != "$holder_a" ] && leased=$(since "$killed")
    row=$(psql_q -c "SELECT status || ' ' || coalesce(close_reason, '-') FROM $schema.operations WHERE id = $op")
    [ "$row" = "CLOSED STOP_LOSS" ] && { closed=$(since "$killed"); break; }
    sleep 0.2
  done
  local text="operation $op (stop $stop, book moved to 87000.00): replica $victim (holding $lease) killed, lease taken by the other ${leased:-never}s after the kill, operation ${row} ${closed:+${closed}s after the kill} (limit ${LEASE_LIMIT}s; lease TTL 10 s)"
  if [ -n "$leased" ] && [ -n "$closed" ]; then verdict d PASS "$text"; else verdict d FAIL "$text"; fi
  kill_started
  unset DATABASE_URL DATABASE_USER ROBSON_MARKET BINANCE_BASE_URL BINANCE_STREAM_ENABLED ROBSON_TRADING ROBSON_MONITOR_ENABLED ROBSON_JWT_SECRET
}

for d in $DRILLS; do "drill_$d"; done
echo
echo "drill result"
printf '%s\n' "${results[@]}"
exit "$failures"
