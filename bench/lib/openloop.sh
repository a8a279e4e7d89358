# Shared by the benchmarks: the open-loop generator (bench/openloop/OpenLoop.java, run from
# source by the JDK, HdrHistogram from Maven Central through the local Maven repository).
# Source after bench/lib/server.sh. openloop ARGS... prints the generator's output; the
# RESULT line's fields are read with openloop_field.

HDR_VERSION=2.2.2

hdr_jar() {
  local repo jar
  repo=$(cd "$bench_root" && mvn -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null \
    | sed 's/\x1b\[[0-9;]*m//g' | grep -o '/[^[:space:]]*' | tail -1 || true)
  [ -n "$repo" ] || repo="$HOME/.m2/repository"
  jar="$repo/org/hdrhistogram/HdrHistogram/$HDR_VERSION/HdrHistogram-$HDR_VERSION.jar"
  if [ ! -f "$jar" ]; then
    (cd "$bench_root" && mvn -B -q dependency:get -Dartifact="org.hdrhistogram:HdrHistogram:$HDR_VERSION" > /dev/null) \
      || { echo "cannot fetch HdrHistogram $HDR_VERSION" >&2; return 1; }
  fi
  echo "$jar"
}

openloop() {
  local jar; jar=$(hdr_jar) || return 1
  # The generator's own JVM stays small and off the server's heap budget.
  "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -cp "$jar" "$bench_root/bench/openloop/OpenLoop.java" "$@"
}

openloop_field() { awk -v k="$1" '$1=="RESULT" {for (i=2;i<NF;i+=2) if ($i==k) print $(i+1)}' "$2"; }
