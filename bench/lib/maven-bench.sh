# Shared by the benchmarks that are Java classes in robson-server's tests (bench/monitor,
# bench/monitor-scale, bench/plan, bench/push): run one through Maven, print the report it
# wrote. Source this file; it moves to the repository root and sets JAVA_HOME, nothing else.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export JAVA_HOME=${JAVA_HOME_OVERRIDE:-$("$bench_root/scripts/java-home")}
cd "$bench_root"

# maven_bench MODULES CLASS REPORT LOG [-Dbench.x=... ...]: runs CLASS in MODULES (offline
# unless MVN_FLAGS says otherwise) and prints REPORT; on a failure the log's tail, then exit 1.
# A bench class matches none of Surefire's name patterns, so only -Dtest runs it.
maven_bench() {
  local modules=$1 class=$2 report=$3 log=$4; shift 4
  rm -f "$report"
  mvn -B -ntp -q ${MVN_FLAGS--o} -pl "$modules" test -Djacoco.skip=true \
    -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false "$@" \
    > "$log" 2>&1 \
    || { tail -50 "$log" >&2; echo "benchmark failed; full log: $log" >&2; exit 1; }
  cat "$report"
}
