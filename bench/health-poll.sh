#!/usr/bin/env bash
# Health polling benchmark (issue 5): GET /actuator/health and /readyz at about 500 requests/s for 30 s each, on
# loopback, anonymously (what a load balancer does). Passes when p99 < 10 ms and every answer is 2xx.
#
#   bench/health-poll.sh                          # packaged jar on CPU 0, its own database, wrk on CPU 1
#   bench/health-poll.sh http://127.0.0.1:8080    # an application already running
#
# Environment: RATE (500), DURATION (30s), CONNECTIONS (10), THREADS (2), P99_MAX_MS (10).
# Not a test: run it on an otherwise idle machine; the numbers mean nothing while other builds share the CPUs.
set -euo pipefail
cd "$(dirname "$0")"

PIN=()
if [ $# -eq 0 ]; then
  source ./lib.sh
  pick_jdk; need taskset util-linux
  build_jar
  start_postgres
  start_app
  WARMUP_SECONDS=${WARMUP_SECONDS:-30} warm_up /actuator/health /readyz
  BASE="http://127.0.0.1:$APP_PORT"
  PIN=(taskset -c 1)
  THREADS=${THREADS:-1}
else
  BASE=$1
fi
export RATE=${RATE:-500} CONNECTIONS=${CONNECTIONS:-10}
DURATION=${DURATION:-30s}
THREADS=${THREADS:-2}
P99_MAX_MS=${P99_MAX_MS:-10}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

# wrk prints latencies as 812.00us, 4.12ms or 1.20s; this turns them into milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); print v + 0 }
    else if (v ~ /s$/) { sub(/s$/, "", v); print v * 1000 }
    else { print v + 0 } }'
}

failed=0
for path in /actuator/health /readyz; do
  echo "== $path: ~$RATE req/s for $DURATION over $CONNECTIONS connections"
  output=$("${PIN[@]}" wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s paced.lua "$BASE$path")
  echo "$output"
  p99=$(to_ms "$(echo "$output" | awk '$1 == "99%" { print $2 }')")
  errors=$(echo "$output" | awk '/Non-2xx or 3xx responses/ { n += $NF } /Socket errors/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i } END { print n + 0 }')
  rate=$(echo "$output" | awk '/Requests\/sec/ { print $2 }')
  echo "-> $path: p99 ${p99} ms, ${rate} req/s, ${errors} errors"
  if awk -v p="$p99" -v max="$P99_MAX_MS" 'BEGIN { exit !(p >= max) }' || [ "$errors" -ne 0 ]; then
    echo "FAIL: $path needs p99 < ${P99_MAX_MS} ms and no errors" >&2
    failed=1
  fi
done
exit $failed
