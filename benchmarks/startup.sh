#!/usr/bin/env bash
# Start-up cost of the bare agent: wall time of an app that prints READY and exits, with and
# without -javaagent, alternating runs so machine noise hits both sides alike. Prints medians.
# Usage: benchmarks/startup.sh [runs] [java]   (build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
java=${2:-java}
agent=agent/target/baton-agent.jar
classes=smoke-tests/target/test-classes
app=io.baton.smoke.apps.empty.EmptyApp
[ -f "$agent" ] && [ -d "$classes" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }

time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

without=(); with=()
time_ms "$java" -cp "$classes" "$app" >/dev/null   # warm the file cache
for _ in $(seq "$runs"); do
  without+=("$(time_ms "$java" -cp "$classes" "$app")")
  with+=("$(time_ms "$java" -javaagent:"$agent" -Dotel.traces.exporter=none -cp "$classes" "$app")")
done
m0=$(printf '%s\n' "${without[@]}" | median)
m1=$(printf '%s\n' "${with[@]}" | median)
echo "java: $("$java" -version 2>&1 | head -1)"
echo "runs: $runs (alternating), cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "no agent    median ${m0} ms  [${without[*]}]"
echo "baton agent median ${m1} ms  [${with[*]}]"
echo "added: $((m1 - m0)) ms  ratio: $(awk -v a="$m1" -v b="$m0" 'BEGIN {printf "%.2f", a/b}')x"
