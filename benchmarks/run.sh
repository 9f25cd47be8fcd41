#!/usr/bin/env bash
# Overhead of Baton vs no agent vs the OpenTelemetry Java agent. Usage: benchmarks/run.sh [--quick] [--help for options]
set -euo pipefail; cd "$(dirname "$0")/.." && mvn -B -q -pl benchmarks -am package -DskipTests -Pbench && exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/app.classpath)" io.baton.bench.runner.Runner "$@"
