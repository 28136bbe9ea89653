#!/usr/bin/env bash
# Kiosk API benchmark against MariaDB (database opencheckin_bench, recreated each run):
#   hotel-backend/bench/run-checkin-benchmark.sh [--clients 16] [--flows 3000] [--warmup 5000] [--db jdbc:mysql://...]
# BENCH_JAVA_OPTS adds JVM options, e.g. a flight recording:
#   BENCH_JAVA_OPTS=-XX:StartFlightRecording=duration=60s,filename=/tmp/bench.jfr,settings=profile
# Builds the module's test classes, then runs org.opencheckin.backend.bench.CheckinBenchmark with
# the server and the clients in one JVM. Results: docs/benchmarks/backend.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java ${BENCH_JAVA_OPTS:-} -Xmx1g -Duser.timezone=UTC -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.opencheckin.backend.bench.CheckinBenchmark "$@"
