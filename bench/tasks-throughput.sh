#!/usr/bin/env bash
# Throughput of the background task queue (docs/TASKS.md): ./bench/tasks-throughput.sh [number of tasks]
# Compiles the project, then runs bench/TaskThroughputBenchmark.java with the test classpath (embedded PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" bench/TaskThroughputBenchmark.java "$@"
