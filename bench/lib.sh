#!/usr/bin/env bash
# Shared helpers for the benchmarks. Everything runs on loopback, bounded in time, and stops by itself.
# The server is pinned to CPU 0 and the load generator to CPU 1 (taskset), so their figures do not mix.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
RESULTS="$ROOT/target/bench"
mkdir -p "$RESULTS"
APP_PORT=${APP_PORT:-18080}
PIDS=()

cleanup() {
  # Subshells ($(...), <(...)) inherit this trap: only the script itself stops what it started.
  [ "$BASHPID" = "$$" ] || return 0
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT

pick_jdk() {
  local best="" best_major=0 candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$("$candidate/bin/java" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }')
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  [ -n "$best" ] || { echo "No JDK 21+ found" >&2; exit 1; }
  export JAVA_HOME="$best" PATH="$best/bin:$PATH"
}

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "Install $1 first (Debian package: ${2:-$1})" >&2; exit 1; }
}

# The packaged jar (never spring-boot:run: devtools turns template caching off).
build_jar() {
  if ! ls "$ROOT"/target/vara-civel-cariacica-*.jar >/dev/null 2>&1 || [ "${REBUILD:-0}" = 1 ]; then
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  fi
  APP_JAR=$(ls "$ROOT"/target/vara-civel-cariacica-*.jar | grep -v original | head -1)
  if [ ! -f "$RESULTS/test-classpath.txt" ] || [ "${REBUILD:-0}" = 1 ]; then
    (cd "$ROOT" && ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$RESULTS/test-classpath.txt")
  fi
}

# The embedded PostgreSQL 18 the tests use, started on its own (CPU 1, beside the load generator).
start_postgres() {
  local log="$RESULTS/postgres.log"
  rm -rf "$RESULTS/pgdata"   # a fresh database each run: every migration applies in order
  taskset -c 1 java -cp "$ROOT/target/test-classes:$(cat "$RESULTS/test-classpath.txt")" \
    "$BENCH_DIR/EmbeddedPostgresMain.java" "$RESULTS/pgdata" >"$log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    JDBC_URL=$(sed -n 's/^JDBC_URL=//p' "$log")
    [ -n "$JDBC_URL" ] && { export JDBC_URL; return; }
    sleep 1
  done
  echo "PostgreSQL did not start: $log" >&2; exit 1
}

# Starts the packaged application on CPU 0; extra JVM options and environment come from the caller.
start_app() {
  local log="$RESULTS/app.log"
  env SPRING_DATASOURCE_URL="$JDBC_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres \
      PORT="$APP_PORT" COURT_SESSION_COOKIE_SECURE=false ${APP_ENV:-} \
      taskset -c 0 java ${JAVA_OPTS:--Xmx512m} -jar "$APP_JAR" >"$log" 2>&1 &
  APP_PID=$!
  PIDS+=($APP_PID)
  wait_ready "http://127.0.0.1:$APP_PORT/readyz" 180
}

wait_ready() {
  local url=$1 limit=${2:-120}
  for _ in $(seq 1 "$limit"); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 1
  done
  echo "Not ready: $url" >&2; exit 1
}

# CPU time (user + system) of a process, in clock ticks, from /proc/<pid>/stat.
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

rss_mb() {
  awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

# wrk on CPU 1. Prints "requests_per_s p50_ms p99_ms errors total_requests" from wrk's latency report.
run_wrk() {
  local connections=$1 seconds=$2 url=$3; shift 3
  local out
  out=$(taskset -c 1 wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$@" "$url" 2>&1)
  echo "$out" >>"$RESULTS/wrk.log"
  local rps p50 p99 errors total
  total=$(awk '/requests in/ { print $1 }' <<<"$out")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 } /Non-2xx/ { print $5 }' <<<"$out" | awk '{ s += $1 } END { print s + 0 }')
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") $errors ${total:-0}"
}

# wrk prints 1.23ms, 850.00us or 1.02s.
to_ms() {
  local v=${1:-0}
  case "$v" in
    *us) awk -v x="${v%us}" 'BEGIN { printf "%.2f", x / 1000 }' ;;
    *ms) awk -v x="${v%ms}" 'BEGIN { printf "%.2f", x }' ;;
    *s) awk -v x="${v%s}" 'BEGIN { printf "%.2f", x * 1000 }' ;;
    *) echo "$v" ;;
  esac
}

# Warms the JIT: a JVM here needs minutes on one core before its figures settle.
warm_up() {
  local seconds=${WARMUP_SECONDS:-60}
  for path in "$@"; do
    taskset -c 1 wrk -t1 -c16 -d"$((seconds / $#))s" "http://127.0.0.1:$APP_PORT$path" >/dev/null 2>&1 || true
  done
}
