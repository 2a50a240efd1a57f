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
  # Emptied here, not only by the background redirect below: the loop could otherwise read the last run's URL
  # before the new process truncates the file, and the application would dial a port nobody listens on.
  : >"$log"
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

# CPU time of a process and every descendant alive now (PostgreSQL's backends, nginx's worker), in clock ticks.
# The comm field may hold spaces, so fields are counted from the closing parenthesis.
tree_ticks() {
  local root=$1
  [ -n "$root" ] && [ -d "/proc/$root" ] || { echo 0; return; }
  # Processes come and go while /proc is read: a vanished one is skipped, never an error.
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v root="$root" '
    { i = index($0, ") "); split(substr($0, i + 2), f, " "); pid = $1; ppid[pid] = f[2]; ticks[pid] = f[12] + f[13] }
    END {
      for (p in ticks) { q = p; for (d = 0; d < 64 && q != "" && q != 0; d++) { if (q == root) { sum += ticks[p]; break } q = ppid[q] } }
      print sum + 0
    }'
}

# The postmaster of the benchmark's PostgreSQL (its backends are its children).
postgres_pid() {
  head -1 "$RESULTS/pgdata/postmaster.pid" 2>/dev/null || echo ""
}

# "1.23 0.98 0.70": the load averages when a figure is taken (the machine is shared).
load_average() {
  cut -d' ' -f1-3 /proc/loadavg
}

# One line per figure in $RESULTS/figures.tsv, which bench/all.sh prints as its table and checks:
#   figure "what" "measured" "target" PASS|FAIL|INFO
# Each script that measures a target of docs/PERFORMANCE.md records it here (with the load average and time).
FIGURES="$RESULTS/figures.tsv"
figure() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$(load_average)" "$(date -u +%H:%M)" >>"$FIGURES"
}

# PASS when awk's condition on x holds, FAIL otherwise: verdict 23.5 'x >= 20'
verdict() {
  awk -v x="$1" "BEGIN { exit !($2) }" && echo PASS || echo FAIL
}

rss_mb() {
  awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

# wrk on CPU 1. Prints "requests_per_s p50_ms p99_ms errors total_requests" from wrk's latency report; wrk's own
# CPU time (ticks) goes to $RESULTS/wrk-ticks.
run_wrk() {
  local connections=$1 seconds=$2 url=$3; shift 3
  local out
  out=$( (taskset -c 1 wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$@" "$url" 2>&1; times) )
  echo "$out" >>"$RESULTS/wrk.log"
  # The last line of `times`: the children's user and system time, e.g. "0m1.230s 0m2.010s".
  tail -1 <<<"$out" | awk -v hz="$(getconf CLK_TCK)" '{ n = split($0, t, " "); s = 0
      for (i = 1; i <= n; i++) { split(t[i], ms, "m"); sub("s", "", ms[2]); s += ms[1] * 60 + ms[2] } printf "%d\n", s * hz }' \
      >"$RESULTS/wrk-ticks"
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
