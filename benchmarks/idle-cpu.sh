#!/usr/bin/env bash
# CPU the agent costs before it traces anything: user+system seconds of an app that only sleeps
# 4 s (long enough for the agent's background start), with and without the agent, alternating.
# Usage: benchmarks/idle-cpu.sh [runs] [java]   (build first: mvn -B -q package -DskipTests;
# BATON_AGENT=path/to/another/baton-agent.jar compares an older build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
java=${2:-java}
agent=${BATON_AGENT:-agent/target/baton-agent.jar}
classes=benchmarks/target/classes
app=io.baton.bench.app.IdleApp
[ -f "$agent" ] && [ -f "$classes/io/baton/bench/app/IdleApp.class" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }

names=("no agent" "baton, default exporter (otlp)" "baton, otel.traces.exporter=none" "baton, no instrumentation, no exporter")
flags=("" "-javaagent:$agent" "-javaagent:$agent -Dotel.traces.exporter=none"
  "-javaagent:$agent -Dotel.traces.exporter=none -Dotel.instrumentation.common.default-enabled=false")

cpu_seconds() {
  local TIMEFORMAT='%U %S'
  { time "$java" $1 -cp "$classes" "$app" >/dev/null 2>&1; } 2>&1 | awk '{printf "%.2f\n", $1 + $2}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -a results
for _ in $(seq "$runs"); do
  for i in "${!flags[@]}"; do
    results[$i]="${results[$i]:-} $(cpu_seconds "${flags[$i]}")"
  done
done
echo "java: $("$java" -version 2>&1 | head -1)"
echo "runs: $runs (alternating), cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!flags[@]}"; do
  printf '%-42s median %s s CPU  [%s ]\n' "${names[$i]}" "$(tr ' ' '\n' <<<"${results[$i]}" | grep . | median)" "${results[$i]}"
done
