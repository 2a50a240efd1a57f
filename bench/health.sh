#!/usr/bin/env bash
# Health polled at about 500 requests/s for 30 s, as a load balancer and a monitor would.
# Usage: bench/health.sh [seconds, default 30]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN=${1:-30}

pick_jdk; need wrk; need taskset util-linux
build_jar
start_postgres
start_app
echo "Warming up (${WARMUP_SECONDS:-30}s)..." >&2
WARMUP_SECONDS=${WARMUP_SECONDS:-30} warm_up /actuator/health

echo "| endpoint | ritmo | req/s | p50 ms | p99 ms | erros | CPU ms/req |"
echo "|---|---|---|---|---|---|---|"
hz=$(getconf CLK_TCK)
for path in /actuator/health /livez /readyz; do
  before=$(cpu_ticks "$APP_PID")
  # 10 connections, each pausing 20 ms between requests: about 500 requests per second.
  read -r rps p50 p99 errors total < <(PACE_MS=20 run_wrk 10 "$SECONDS_PER_RUN" "http://127.0.0.1:$APP_PORT$path" -s "$BENCH_DIR/paced.lua")
  after=$(cpu_ticks "$APP_PID")
  cpu=$(awk -v t="$((after - before))" -v n="$total" -v hz="$hz" 'BEGIN { if (n > 0) printf "%.3f", 1000 * t / hz / n; else print "-" }')
  echo "| \`$path\` | ~500/s | $rps | $p50 | $p99 | $errors | $cpu |"
done
