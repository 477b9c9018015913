#!/usr/bin/env bash
# Runs the Attract benchmark suite on this machine and writes benchmarks/RESULTS.md.
#
#   benchmarks/run.sh            # the three regimes and memory, about 30 minutes on 2 cores; run it
#                                # on a quiet machine (OTHERS=1 adds the projection and JSON families)
#   SMOKE=1 benchmarks/run.sh    # one short iteration at a tiny size, to check that everything runs;
#                                # writes its RESULTS.md under benchmarks/results/, never the real one
#
# Settings: a fixed heap per size, pre-touched (first touch of memory is very slow on these VMs and
# would otherwise dominate the allocating variants), G1, two forks, 2 warm-up and 3 measurement
# iterations of 1 s, average time (single shot for the loads). Each trial checks before measuring
# that its variant returns the oracle's sums, and -foe stops the run on a mismatch.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=${OUT:-benchmarks/results}
if [[ "${SMOKE:-0}" == 1 ]]; then
  SIZES=${SIZES:-2000}
  REGIME_SIZES=${REGIME_SIZES:-2000}
  JSON_SIZE=${JSON_SIZE:-2000}
  MEMORY_SIZES=${MEMORY_SIZES:-2000}
  JMH_OPTS=${JMH_OPTS:--f 1 -wi 0 -i 1 -r 100ms}
  LOAD_OPTS=${LOAD_OPTS:--f 1 -wi 0 -i 1}
  RESULTS=${RESULTS:-$OUT/RESULTS.md}
else
  SIZES=${SIZES:-10000 100000 1000000}
  # The new question and the load are measured where their targets are (100 k and 1 M); the
  # repeated question at every size. This keeps the whole run near 30 minutes on 2 cores.
  REGIME_SIZES=${REGIME_SIZES:-100000 1000000}
  JSON_SIZE=${JSON_SIZE:-100000}
  MEMORY_SIZES=${MEMORY_SIZES:-100000}
  JMH_OPTS=${JMH_OPTS:--f 2 -wi 2 -i 3 -w 1s -r 1s}
  # Single shots: at 1 M each shot of Attract's first question needs a fresh copy of the
  # portfolio, which its builder validates again (tens of seconds, not timed).
  LOAD_OPTS=${LOAD_OPTS:--f 2 -wi 1 -i 2}
  RESULTS=${RESULTS:-benchmarks/RESULTS.md}
fi
JAR=benchmarks/target/benchmarks.jar
# H2 answers through correlated look-ups and loads ~16 M rows at 1 M projects: minutes per trial.
# Above this size it is left out unless asked for (H2_MAX_SIZE=1000000).
H2_MAX_SIZE=${H2_MAX_SIZE:-100000}
# The baseline schedule allocates about 80 KB per project per run and keeps every project's monthly
# schedule in its result: above this size it is left out unless asked for. It runs with a 6 GB heap.
PROJECTION_MAX_SIZE=${PROJECTION_MAX_SIZE:-100000}

# A modest fixed heap per size: enough for the largest single representation plus the raw data it is
# built from, small enough that pre-touching it stays cheap.
heap_for() {
  if (( $1 <= 20000 )); then echo 1g; elif (( $1 <= 200000 )); then echo 2g; else echo 5g; fi
}
jvm_args() {
  local h
  h=$(heap_for "$1")
  echo "-Xms$h -Xmx$h -XX:+UseG1GC -XX:+AlwaysPreTouch"
}

start=$(date +%s)
mvn -B -q -pl benchmarks -am package -DskipTests
mkdir -p "$OUT"
rm -f "$OUT"/jmh-*.json "$OUT"/memory.json*

{
  echo "date (UTC):  $(date -u '+%Y-%m-%d %H:%M')"
  echo "commit:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cores:       $(nproc)"
  echo "memory:      $(free -h | awk '/^Mem:/ {print $2}')"
  echo "cpu:         $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  echo "os:          $(uname -sr)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "lscpu:"
  lscpu 2>/dev/null | grep -E '^(Architecture|CPU\(s\)|Model name|Thread|Core|Socket|L1d|L2|L3|Hypervisor)' \
    | sed 's/^/  /' || true
  echo "java -version:"
  java -version 2>&1 | sed 's/^/  /'
  echo "JMH options: $JMH_OPTS (loads: $LOAD_OPTS)"
  echo "sizes:       repeated question at $SIZES; new question and load at $REGIME_SIZES"
} > "$OUT/machine.txt"

benchmarks=$(java ${JMH_JAVA_OPTS:-} -jar "$JAR" -l | grep -v '^Benchmarks:' || true)
for n in $SIZES; do
  # Every family that has a size parameter; JsonBenchmark runs once, below, at its own size.
  exclude=()
  if (( n > H2_MAX_SIZE )); then
    exclude=(-e 'FreshQuestionBenchmark.h2$')
    echo "H2 left out at $n projects (H2_MAX_SIZE=$H2_MAX_SIZE)" >> "$OUT/machine.txt"
  fi
  pattern='RepeatedQuestionBenchmark'
  regime=0
  if grep -qw "$n" <<< "$REGIME_SIZES"; then
    pattern='FreshQuestionBenchmark|RepeatedQuestionBenchmark'
    regime=1
  fi
  echo "== regimes, $n projects, JVM: $(jvm_args "$n")"
  # shellcheck disable=SC2086
  java ${JMH_JAVA_OPTS:-} -jar "$JAR" "$pattern" "${exclude[@]}" -p size="$n" $JMH_OPTS \
    -jvmArgs "$(jvm_args "$n")" -foe true -rf json -rff "$OUT/jmh-breakdown-$n.json"
  if (( regime == 1 )); then
    echo "== load, $n projects"
    # shellcheck disable=SC2086
    java ${JMH_JAVA_OPTS:-} -jar "$JAR" 'LoadBenchmark' -p size="$n" $LOAD_OPTS \
      -jvmArgs "$(jvm_args "$n")" -foe true -rf json -rff "$OUT/jmh-load-$n.json"
  fi
  if [[ "${OTHERS:-0}" == 1 ]] && (( n <= PROJECTION_MAX_SIZE )); then
    echo "== projection, $n projects"
    # shellcheck disable=SC2086
    java ${JMH_JAVA_OPTS:-} -jar "$JAR" 'ProjectionBenchmark' -p size="$n" $JMH_OPTS \
      -jvmArgs "-Xms6g -Xmx6g -XX:+UseG1GC -XX:+AlwaysPreTouch" -foe true -rf json \
      -rff "$OUT/jmh-projection-$n.json"
  else
    echo "Projection left out at $n projects (OTHERS=${OTHERS:-0}, PROJECTION_MAX_SIZE=$PROJECTION_MAX_SIZE)" >> "$OUT/machine.txt"
  fi
done
if [[ "${OTHERS:-0}" == 1 ]] && grep -q JsonBenchmark <<< "$benchmarks"; then
  echo "== JSON, $JSON_SIZE projects"
  # shellcheck disable=SC2086
  # attract-json's document is ~4 KB per project and set-up holds it, the portfolio and a copy read
  # back: a 4 GB heap at 100 k.
  java ${JMH_JAVA_OPTS:-} -jar "$JAR" 'JsonBenchmark' -p size="$JSON_SIZE" $JMH_OPTS \
    -jvmArgs "-Xms4g -Xmx4g -XX:+UseG1GC -XX:+AlwaysPreTouch" -foe true -rf json \
    -rff "$OUT/jmh-json-$JSON_SIZE.json"
fi

echo "== memory per project at $MEMORY_SIZES projects"
# shellcheck disable=SC2086
java -Xms6g -Xmx6g -XX:+UseG1GC -Djdk.attach.allowAttachSelf=true -cp "$JAR" \
  io.github.attract.benchmarks.MemoryFootprint "$OUT/memory.json" $MEMORY_SIZES

echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
echo "wall time:   $(( $(date +%s) - start )) s for build, benchmarks and memory" >> "$OUT/machine.txt"
java -cp "$JAR" io.github.attract.benchmarks.ResultsWriter \
  "$RESULTS" "$OUT/machine.txt" "$OUT/memory.json" "$OUT"/jmh-*.json
echo "== wrote $RESULTS"
