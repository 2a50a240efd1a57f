#!/usr/bin/env bash
# The chat endpoint on the packaged jar (CPU 0; PostgreSQL, the fake upstream and wrk on CPU 1), three runs and a
# fourth on request:
#  1. knowledge base only (no API key), 16 connections: the CPU one chat message costs the application and
#     PostgreSQL (targets: <= 1.5 ms and <= 1 ms). The four questions of chat.lua repeat, so their searches come
#     from the application's cache of search results; a second row (UNIQUE=1, informative) makes every question
#     new, so every search runs its SQL: the cost without the cache;
#  2. 1,500 concurrent conversations (wrk connections), each from its own citizen address, the fake upstream
#     answering in 2 s (targets: every one 200, p99 < 3 s, >= 95 % by the model, heap <= 512 MB);
#  3. the circuit open (upstream failing), open loop at 500 requests/s (target p99 < 20 ms);
#  4. (paced, not in the default) the conversations of 2 in an open loop: bench/OpenLoopChat.java sends PACED_RATE
#     (650) requests a second at Poisson instants whatever the answers take, each latency from its scheduled
#     instant, on as many connections as are in flight (about 1,500), so a server that falls behind cannot slow
#     the load and hide its queue the way wrk's closed loop does (same targets as 2).
# Every row carries the CPU of every process (application, PostgreSQL, fake upstream, wrk or run 4's generator) per
# request and the load average when it ended; the GC log of each run is in target/bench/gc-*.log. Exits non-zero
# when a target is missed. Usage: bench/chat.sh [seconds per run, default 60]. JAVA_OPTS overrides the heap and GC flags,
# CHAT_RUNS picks runs (default kb,1500,open; kb includes the no-cache row; paced adds run 4), BENCH_JAR measures another jar (e.g. an older commit's).
# PACED_WARMUP_CONNECTIONS (default 600) sizes run 4's warm-up, smaller for a smoke test on a small machine.
# The 1,500 run also writes target/bench/chat-1500-timeline.log (every 5 s: messages in the pipeline, refusals and
# fallbacks by reason); TIMELINE=1 adds the answers of each second by status to wrk-chat.log; STALL_AT=S STALL_FOR=T
# stops PostgreSQL (SIGSTOP) for T seconds, S seconds into that run, to see whether it comes back after a hiccup.
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN=${1:-60}
FAKE_PORT=${FAKE_PORT:-18091}
CHAT_RUNS=${CHAT_RUNS:-kb,1500,open}
TICKS=$(getconf CLK_TCK)
# The metrics account the script reads the pipeline's gauges and refusals with.
OPS_ENV="COURT_OPS_USERNAME=bench COURT_OPS_PASSWORD=bench-only-password"
# The application with the model configured: the fake upstream, and daily budgets no run reaches.
AI_ENV="OPENAI_API_KEY=bench-key OPENAI_BASE_URL=http://127.0.0.1:$FAKE_PORT/v1 OPENAI_DAILY_REQUESTS=100000000 OPENAI_DAILY_TOKENS=100000000000 $OPS_ENV"
MISSED=0

# On a machine shared with builds the application can take minutes to start: wait longer than lib.sh does.
wait_ready() {
  local url=$1
  for _ in $(seq 1 "${READY_WAIT_SECONDS:-900}"); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 1
  done
  echo "Not ready: $url" >&2; exit 1
}

pick_jdk; need wrk; need taskset util-linux
# The Dockerfile's heap and GC settings (docs/PERFORMANCE.md); compact object headers only where the JDK has them
# (25 and later).
COMPACT_HEADERS=$(java -XX:+UseCompactObjectHeaders -version >/dev/null 2>&1 && echo " -XX:+UseCompactObjectHeaders")
JVM_FLAGS=${JAVA_OPTS:--Xms512m -Xmx512m -Xmn256m -XX:SurvivorRatio=2 -XX:TargetSurvivorRatio=90 -XX:+UseSerialGC${COMPACT_HEADERS} -XX:+ExitOnOutOfMemoryError}
build_jar
APP_JAR=${BENCH_JAR:-$APP_JAR}
start_postgres
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
POSTMASTER=$(pgrep -f -- "-D $RESULTS/pgdata" | head -1 || true)

start_fake() {
  DELAY_MS=$1 FAIL_PERCENT=$2 taskset -c 1 java -Xmx256m "$BENCH_DIR/FakeOpenAi.java" "$FAKE_PORT" >"$RESULTS/fake-openai.log" 2>&1 &
  FAKE_PID=$!
  PIDS+=($FAKE_PID)
  for _ in $(seq 1 60); do grep -q FAKE_OPENAI_READY "$RESULTS/fake-openai.log" && return; sleep 0.5; done
  echo "fake upstream did not start" >&2; exit 1
}

stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
}

# PostgreSQL's CPU: the postmaster, its live backends and the ones already gone (cutime + cstime).
pg_ticks() {
  [ -n "$POSTMASTER" ] || { echo 0; return; }
  local total children
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$POSTMASTER/stat")
  children=$(pgrep -P "$POSTMASTER" | while read -r pid; do awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null; done | awk '{ s += $1 } END { print s + 0 }')
  echo $((total + children))
}

ticks_of() { [ -n "${1:-}" ] && [ -d "/proc/$1" ] && cpu_ticks "$1" || echo 0; }

# The largest heap occupancy before a collection in a GC log (MB).
peak_heap() {
  grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$1" 2>/dev/null | awk -F'M' '{ if ($1 + 0 > max) max = $1 + 0 } END { print max + 0 }'
}

# run LABEL CONNECTIONS [RATE]: one wrk run, one table row (UNIQUE=1 in the environment: no repeated question).
run() {
  local label=$1 connections=$2 rate=${3:-0}
  local app0 pg0 fake0 app1 pg1 fake1 out
  app0=$(ticks_of "$APP_PID"); pg0=$(pg_ticks); fake0=$(ticks_of "${FAKE_PID:-}")
  out=$(TIMELINE=${TIMELINE:-0} UNIQUE=${UNIQUE:-0} RATE=$rate CONNECTIONS=$connections taskset -c 1 /usr/bin/time -f "WRK_CPU %U %S" \
        wrk -t1 -c"$connections" -d"${SECONDS_PER_RUN}s" --timeout 35s --latency -s "$BENCH_DIR/chat.lua" \
        "http://127.0.0.1:$APP_PORT/api/chat" 2>&1)
  app1=$(ticks_of "$APP_PID"); pg1=$(pg_ticks); fake1=$(ticks_of "${FAKE_PID:-}")
  echo "== $label ($(date -u +%FT%TZ))" >>"$RESULTS/wrk-chat.log"
  echo "$out" >>"$RESULTS/wrk-chat.log"
  local total rps p50 p99 non2xx ai wrk_cpu load
  total=$(awk '/requests in/ { print $1 }' <<<"$out")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  non2xx=$(awk '/Non-2xx/ { print $5 }' <<<"$out"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' <<<"$out"); errors=${errors:-0}
  ai=$(awk '/CHAT_MODES/ { split($2, a, "="); print a[2] }' <<<"$out"); ai=${ai:-0}
  wrk_cpu=$(awk '/WRK_CPU/ { print ($2 + $3) * 1000 }' <<<"$out")
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  total=${total:-0}
  local per="-"
  [ "$total" -gt 0 ] && per=$(awk -v a=$((app1 - app0)) -v p=$((pg1 - pg0)) -v f=$((fake1 - fake0)) -v w="$wrk_cpu" \
      -v n="$total" -v t="$TICKS" 'BEGIN { printf "%.2f / %.2f / %.2f / %.2f", a * 1000 / t / n, p * 1000 / t / n, f * 1000 / t / n, w / n }')
  LAST_TOTAL=$total LAST_P99=$p99 LAST_NON2XX=$non2xx LAST_ERRORS=$errors LAST_AI=$ai
  LAST_APP_MS=$(awk -v a=$((app1 - app0)) -v n="$total" -v t="$TICKS" 'BEGIN { if (n > 0) printf "%.3f", a * 1000 / t / n; else print 999 }')
  LAST_PG_MS=$(awk -v p=$((pg1 - pg0)) -v n="$total" -v t="$TICKS" 'BEGIN { if (n > 0) printf "%.3f", p * 1000 / t / n; else print 999 }')
  echo "| $label | $connections | ${rate/#0/fechado} | $rps | $p50 | $p99 | $total | $non2xx | $errors | $ai | $per | $(peak_heap "$GC_LOG") | $load |"
}

# chat_warm_up LABEL CONNECTIONS [RATE]: 5-second slices of chat.lua until the application's CPU per message is
# steady (two slices in a row within 5 % of each other, after at least WARMUP_MIN_SLICES, 24: two minutes), at most
# WARMUP_MAX_SLICES (36). On one core the compiler keeps working for about two minutes: the CPU per message looks
# steady after 50 s, but at 500 requests/s the circuit-open p99 was 33-39 ms after a 55 s warm-up and 9.6 ms
# after two minutes (docs/PERFORMANCE.md). A JVM pinned to one core keeps compiling for minutes; a figure taken before it settles measures the JIT.
chat_warm_up() {
  local label=$1 connections=$2 rate=${3:-0} previous=0 slices=0 t0 t1 n per
  while [ "$slices" -lt "${WARMUP_MAX_SLICES:-36}" ]; do
    t0=$(ticks_of "$APP_PID")
    n=$(RATE=$rate CONNECTIONS=$connections taskset -c 1 wrk -t1 -c"$connections" -d5s --timeout 35s -s "$BENCH_DIR/chat.lua" \
        "http://127.0.0.1:$APP_PORT/api/chat" 2>&1 | awk '/requests in/ { print $1 }')
    t1=$(ticks_of "$APP_PID")
    slices=$((slices + 1))
    per=$(awk -v a=$((t1 - t0)) -v n="${n:-0}" -v t="$TICKS" 'BEGIN { if (n > 0) printf "%.3f", a * 1000 / t / n; else print 999 }')
    echo "aquecimento ($label), fatia $slices: ${n:-0} pedidos, $per ms de CPU da aplicação por pedido" >>"$RESULTS/wrk-chat.log"
    if [ "$slices" -ge "${WARMUP_MIN_SLICES:-24}" ] && awk -v a="$per" -v b="$previous" 'BEGIN { exit !(b > 0 && a / b < 1.05 && b / a < 1.05) }'; then
      break
    fi
    previous=$per
  done
  WARMED_SECONDS=$((slices * 5))
  figure "chat: aquecimento até estável ($label)" "$WARMED_SECONDS s" "informativo" INFO
  drain_chat "$label"
}

# drain_chat LABEL: waits (at most 40 s) until no chat message is left in the application's pipeline. Each warm-up
# slice ends by closing its connections with messages still in flight, which the application sees through (the
# message is stored and answered); without this wait the measured run began with up to 2,000 of them still in the
# pipeline (max-in-flight), and its first burst was refused as "pipeline-full".
drain_chat() {
  local left=""
  for waited in $(seq 0 40); do
    left=$(curl -fsS -m 2 -u bench:bench-only-password "http://127.0.0.1:$APP_PORT/actuator/prometheus" 2>/dev/null \
      | awk '/^court_assistant_chat_in_flight/ { print int($2) }' || true)
    [ "${left:-1}" = 0 ] && break
    sleep 1
  done
  echo "esvaziamento ($1): ${waited} s, ${left:-?} mensagens ainda em andamento" >>"$RESULTS/wrk-chat.log"
}

# check WHAT MEASURED TARGET OK: one line under the table, and one figure for bench/all.sh's table.
check() {
  local what=$1 measured=$2 target=$3 ok=$4
  if [ "$ok" = 1 ]; then echo "- meta cumprida: $what ($measured)"; else echo "- META NÃO CUMPRIDA: $what ($measured)"; MISSED=1; fi
  figure "chat: $what" "$measured" "$target" "$([ "$ok" = 1 ] && echo PASS || echo FAIL)"
}

echo "Chat, $(date -u +%FT%TZ), $(nproc) CPUs, $(uname -r); JVM: $JVM_FLAGS; ${SECONDS_PER_RUN}s por medida"
echo
echo "| cenário | conexões | req/s pedidas | req/s | p50 ms | p99 ms | pedidos | não-2xx | erros de socket | pelo modelo | CPU ms/pedido app / PG / fake / wrk | heap máx. MB (GC) | load average |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"

# 1. Knowledge base only: what one message costs.
if [[ $CHAT_RUNS == *kb* ]]; then
GC_LOG="$RESULTS/gc-chat-kb.log"
APP_ENV="$OPS_ENV" JAVA_OPTS="$JVM_FLAGS -Xlog:gc:file=$GC_LOG:uptime" start_app
WARMUP_SECONDS=20 warm_up /
chat_warm_up "base de conhecimento" 16
run "base de conhecimento (sem chave)" 16
check "CPU da aplicação por mensagem" "${LAST_APP_MS} ms" "≤ 1,5 ms" "$(awk -v x="$LAST_APP_MS" 'BEGIN { print (x <= 1.5) }')"
check "CPU do PostgreSQL por mensagem" "${LAST_PG_MS} ms" "≤ 1 ms" "$(awk -v x="$LAST_PG_MS" 'BEGIN { print (x <= 1.0) }')"
UNIQUE=1 run "base de conhecimento, toda pergunta nova (sem cache)" 16
figure "chat: CPU por mensagem sem cache (toda pergunta nova), app / PostgreSQL" "${LAST_APP_MS} / ${LAST_PG_MS} ms" "informativo" INFO
stop_app
fi

# 2. 1,500 conversations, upstream answering in 2 s.
if [[ $CHAT_RUNS == *1500* ]]; then
start_fake 2000 0
GC_LOG="$RESULTS/gc-chat-1500.log"
APP_ENV="$AI_ENV" \
  JAVA_OPTS="$JVM_FLAGS -Xlog:gc:file=$GC_LOG:uptime" start_app
WARMUP_SECONDS=20 warm_up /
# Warmed at 600 connections (about 300 messages a second): at 64, with every answer taking 2 s, the warm-up sent
# 25 a second and the compiler was still at work when the 1,500 began (at 200 connections, 150 to 210 s after
# the start, C2 still took 18 % of the application's CPU). The measured run lasts at least 60 s: the 1,500 first messages arrive in the
# same instant, and a 15 s run measured mostly that burst instead of the steady state.
chat_warm_up "modo ai" 600
# STALL_AT=S STALL_FOR=T: PostgreSQL stopped (SIGSTOP) for T seconds, S seconds into the run: does the
# pipeline come back to the model's answers after a hiccup, or stay refusing?
if [ -n "${STALL_AT:-}" ] && [ -n "$POSTMASTER" ]; then
  (sleep "$STALL_AT"; pids="$POSTMASTER $(pgrep -P "$POSTMASTER" | tr '\n' ' ')"; kill -STOP $pids; sleep "${STALL_FOR:-2}"; kill -CONT $pids
   echo "postgres parado de $STALL_AT a $((STALL_AT + ${STALL_FOR:-2})) s" >>"$RESULTS/wrk-chat.log") &
fi
( for i in $(seq 1 $(( (SECONDS_PER_RUN > 60 ? SECONDS_PER_RUN : 60) / 5 ))); do sleep 5
    printf '%s ' "t=$((i * 5))s"
    curl -fsS -m 2 -u bench:bench-only-password "http://127.0.0.1:$APP_PORT/actuator/prometheus" 2>/dev/null \
      | awk '/^court_assistant_chat_(in_flight|refused_total|fallbacks_total)/ {
               name = $1; sub(/^court_assistant_chat_/, "", name); sub(/\{.*reason="/, ":", name); sub(/".*/, "", name)
               sub(/\{.*/, "", name); printf "%s=%d ", name, $2 }' || true
    echo; done >"$RESULTS/chat-1500-timeline.log" ) &
RUN_STARTED=$(date -u +%s)
SECONDS_PER_RUN=$((SECONDS_PER_RUN > 60 ? SECONDS_PER_RUN : 60)) run "1.500 conversas, upstream em 2 s" 1500
# The run opens its 1,500 conversations in the same instant, and their first messages (3 to 4 % of the run's answers)
# are answered last: wrk's p99 is theirs. Informative: the p99 of the answers the application finished after the
# first 16 s, from its access log (one line per request with its duration; every chat answered by the model is
# slower than the log's threshold, so none is left out).
STEADY_FROM=$(date -u -d "@$((RUN_STARTED + 16))" +%Y-%m-%dT%H:%M:%S)
STEADY_TO=$(date -u -d "@$((RUN_STARTED + (SECONDS_PER_RUN > 60 ? SECONDS_PER_RUN : 60)))" +%Y-%m-%dT%H:%M:%S)
STEADY_P99=$(awk -v from="$STEADY_FROM" -v to="$STEADY_TO" '/POST \/api\/chat 200 / {
    t = substr($1, 1, 19); if (t < from || t > to) next
    for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+ms$/) print $i + 0 }' "$RESULTS/app.log" | sort -n \
  | awk '{ v[NR] = $1 } END { k = int(NR * 0.99); if (k < 1) k = 1; if (NR > 0) print v[k] " ms (" NR " respostas)"; else print "-" }')
echo "- informativo: p99 do servidor depois dos primeiros 16 s: $STEADY_P99"
figure "chat: 1.500 conversas, p99 do servidor depois dos primeiros 16 s (log de acesso)" "$STEADY_P99" "informativo" INFO
check "1.500 conversas: todas 200" "${LAST_NON2XX} não-2xx, ${LAST_ERRORS} erros de socket" "0 e 0" "$([ "$LAST_NON2XX" = 0 ] && [ "$LAST_ERRORS" = 0 ] && echo 1 || echo 0)"
check "1.500 conversas: p99" "${LAST_P99} ms" "< 3 s" "$(awk -v x="$LAST_P99" 'BEGIN { print (x + 0 < 3000) }')"
check "1.500 conversas: respondidas pelo modelo" "${LAST_AI} de ${LAST_TOTAL}" "≥ 95 %" "$(awk -v a="$LAST_AI" -v n="$LAST_TOTAL" 'BEGIN { print (n > 0 && a >= 0.95 * n) }')"
check "1.500 conversas: heap" "pico $(peak_heap "$GC_LOG") MB no log do GC" "≤ 512 MB" "$(awk -v x="$(peak_heap "$GC_LOG")" 'BEGIN { print (x <= 512) }')"

fi

# 3. Upstream failing: after three failed requests the circuit opens; open loop at 500 requests/s. In an application
# of its own, warmed with the circuit open: a scenario must not inherit the heap the 1,500 conversations left (old
# garbage that a full collection in the middle of this run would have to clear).
if [[ $CHAT_RUNS == *open* ]]; then
if [ -n "${FAKE_PID:-}" ]; then
  stop_app
else
  start_fake 0 100
fi
GC_LOG="$RESULTS/gc-chat-open.log"
APP_ENV="$AI_ENV" \
  JAVA_OPTS="$JVM_FLAGS -Xlog:gc:file=$GC_LOG:uptime" start_app
WARMUP_SECONDS=20 warm_up /
curl -s -o /dev/null "http://127.0.0.1:$FAKE_PORT/_control?delay=0&fail=100"
for _ in 1 2 3 4; do
  curl -s -o /dev/null -H 'Content-Type: application/json' -H "X-Forwarded-For: 10.9.9.$((RANDOM % 250 + 1))" \
    -d '{"message":"A vara está aberta hoje?"}' "http://127.0.0.1:$APP_PORT/api/chat"
done
# Closed loop while warming: four times the requests of the measured rate, so the compiler is done sooner. Then
# slices at the measured run's own shape (open loop, 64 connections, 500 req/s): 16 connections never put more
# than 20 messages in the pipeline, so the path above the database slots (steps handed to the platform threads)
# was still interpreted when the measured run began, and its first seconds measured the compiler (06/12/2026:
# ≈ 10 ms per answer for 7 s, 1,200 of the run's 22,000 answers).
chat_warm_up "circuito aberto" 16
WARMUP_MIN_SLICES=4 WARMUP_MAX_SLICES=12 chat_warm_up "circuito aberto, no ritmo da medida" 64 500
SECONDS_PER_RUN=$((SECONDS_PER_RUN < 45 ? SECONDS_PER_RUN : 45)) run "circuito aberto, 500 req/s em laço aberto" 64 500
check "circuito aberto a 500 req/s (laço aberto): p99" "${LAST_P99} ms" "< 20 ms" "$(awk -v x="$LAST_P99" 'BEGIN { print (x + 0 < 20) }')"
fi

# 4. The conversations of 2 in an open loop. wrk's 1,500 connections send their first messages in the same instant,
# then each waits for its answer (2 s) before the next: the load follows the server. OpenLoopChat sends at a fixed
# mean rate instead, 650 by default (what the closed loop reaches, so that about 1,500 are in flight at once), and
# measures each answer from the instant it was due, so a stall shows as latency, not as fewer requests.
if [[ $CHAT_RUNS == *paced* ]]; then
# Compiled once, before the run: the source launcher's javac (about 2 s of CPU) would count as the generator's.
javac -d "$RESULTS/classes" "$BENCH_DIR/OpenLoopChat.java"
[ -n "${APP_PID:-}" ] && stop_app
if [ -n "${FAKE_PID:-}" ]; then
  curl -s -o /dev/null "http://127.0.0.1:$FAKE_PORT/_control?delay=2000&fail=0&mode=answer"
else
  start_fake 2000 0
fi
GC_LOG="$RESULTS/gc-chat-paced.log"
APP_ENV="$AI_ENV" \
  JAVA_OPTS="$JVM_FLAGS -Xlog:gc:file=$GC_LOG:uptime" start_app
WARMUP_SECONDS=20 warm_up /
chat_warm_up "modo ai, ritmo fixo" "${PACED_WARMUP_CONNECTIONS:-600}"
PACED_RATE=${PACED_RATE:-650}
PACED_SECONDS=$((SECONDS_PER_RUN > 60 ? SECONDS_PER_RUN : 60))
app0=$(ticks_of "$APP_PID"); pg0=$(pg_ticks); fake0=$(ticks_of "$FAKE_PID")
out=$(taskset -c 1 /usr/bin/time -f "GEN_CPU %U %S" java -cp "$RESULTS/classes" OpenLoopChat \
      "http://127.0.0.1:$APP_PORT/api/chat" "$PACED_RATE" "$PACED_SECONDS" 2>&1 || true)
app1=$(ticks_of "$APP_PID"); pg1=$(pg_ticks); fake1=$(ticks_of "$FAKE_PID")
echo "== ritmo fixo, $PACED_RATE req/s ($(date -u +%FT%TZ))" >>"$RESULTS/wrk-chat.log"
echo "$out" >>"$RESULTS/wrk-chat.log"
# open_loop KEY: one value of the generator's OPEN_LOOP line (0 when it printed none).
open_loop() {
  awk -v k="$1" '/^OPEN_LOOP / { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) v = kv[2] } } END { if (v == "") v = 0; print v }' <<<"$out"
}
sent=$(open_loop sent); completed=$(open_loop completed); p99=$(open_loop p99_ms); non2xx=$(open_loop non2xx)
errors=$(open_loop errors); ai=$(open_loop ai); max_in_flight=$(open_loop max_in_flight)
gen_cpu=$(awk '/GEN_CPU/ { print ($2 + $3) * 1000 }' <<<"$out")
per="-"
[ "$completed" -gt 0 ] && per=$(awk -v a=$((app1 - app0)) -v p=$((pg1 - pg0)) -v f=$((fake1 - fake0)) -v g="${gen_cpu:-0}" \
    -v n="$completed" -v t="$TICKS" 'BEGIN { printf "%.2f / %.2f / %.2f / %.2f", a * 1000 / t / n, p * 1000 / t / n, f * 1000 / t / n, g / n }')
echo "| ritmo fixo (laço aberto), upstream em 2 s | $max_in_flight | $PACED_RATE | $(open_loop rps) | $(open_loop p50_ms) | $p99 | $completed | $non2xx | $errors | $ai | $per | $(peak_heap "$GC_LOG") | $(load_average) |"
figure "chat: ritmo fixo de $PACED_RATE req/s, em andamento (média / máximo)" "$(open_loop mean_in_flight) / $max_in_flight" "informativo" INFO
check "ritmo fixo: todas 200" "${non2xx} não-2xx, ${errors} erros" "0 e 0" "$([ "$completed" -gt 0 ] && [ "$non2xx" = 0 ] && [ "$errors" = 0 ] && echo 1 || echo 0)"
check "ritmo fixo: p99 desde o instante marcado" "${p99} ms" "< 3 s" "$(awk -v x="$p99" -v n="$completed" 'BEGIN { print (n > 0 && x < 3000) }')"
check "ritmo fixo: respondidas pelo modelo" "${ai} de ${sent}" "≥ 95 %" "$(awk -v a="$ai" -v n="$sent" 'BEGIN { print (n > 0 && a >= 0.95 * n) }')"
check "ritmo fixo: heap" "pico $(peak_heap "$GC_LOG") MB no log do GC" "≤ 512 MB" "$(awk -v x="$(peak_heap "$GC_LOG")" 'BEGIN { print (x <= 512) }')"
fi
exit $MISSED
