#!/usr/bin/env bash
# The chat endpoint against a fake upstream answering in 2 s: 1,500 concurrent conversations (wrk connections),
# each from its own citizen address, heap capped at 512 MB. Then the same with the circuit open (upstream
# failing), where answers come from the knowledge base. Usage: bench/chat.sh [seconds, default 30]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN=${1:-30}
FAKE_PORT=18091

pick_jdk; need wrk; need taskset util-linux
build_jar
start_postgres
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

start_fake() {
  DELAY_MS=$1 FAIL_PERCENT=$2 taskset -c 1 java "$BENCH_DIR/FakeOpenAi.java" "$FAKE_PORT" >"$RESULTS/fake-openai.log" 2>&1 &
  FAKE_PID=$!
  PIDS+=($FAKE_PID)
  for _ in $(seq 1 60); do grep -q FAKE_OPENAI_READY "$RESULTS/fake-openai.log" && return; sleep 0.5; done
  echo "fake upstream did not start" >&2; exit 1
}

report() {
  local label=$1 connections=$2
  local out
  out=$(taskset -c 1 wrk -t1 -c"$connections" -d"${SECONDS_PER_RUN}s" --timeout 35s --latency -s "$BENCH_DIR/chat.lua" \
        "http://127.0.0.1:$APP_PORT/api/chat" 2>&1)
  echo "$out" >>"$RESULTS/wrk-chat.log"
  local rps p50 p99 statuses total non2xx errors
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  total=$(awk '/requests in/ { print $1 }' <<<"$out")
  non2xx=$(awk '/Non-2xx/ { print $5 }' <<<"$out")
  statuses="${total:-0} pedidos, ${non2xx:-0} não-2xx"
  errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' <<<"$out")
  echo "| $label | $connections | $rps | $p50 | $p99 | ${statuses:-—} | ${errors:-0} | $(rss_mb "$APP_PID") |"
}

echo "| cenário | conexões | req/s | p50 ms | p99 ms | respostas | erros de socket | RSS MB |"
echo "|---|---|---|---|---|---|---|---|"

start_fake 2000 0
APP_ENV="OPENAI_API_KEY=bench-key OPENAI_BASE_URL=http://127.0.0.1:$FAKE_PORT/v1" JAVA_OPTS="-Xmx512m" start_app
WARMUP_SECONDS=20 warm_up /
report "upstream em 2 s (modo ai)" 64 >/dev/null   # warm the chat path
report "upstream em 2 s (modo ai)" 1500

# Upstream failing: after three failed requests the circuit opens and answers come from the knowledge base.
kill "$FAKE_PID"; wait "$FAKE_PID" 2>/dev/null || true
start_fake 0 100
for _ in 1 2 3 4; do
  curl -s -o /dev/null -H 'Content-Type: application/json' -H "X-Forwarded-For: 10.9.9.$RANDOM" \
    -d '{"message":"A vara está aberta hoje?"}' "http://127.0.0.1:$APP_PORT/api/chat"
done
report "circuito aberto (base de conhecimento)" 64
