#!/usr/bin/env bash
# Issue 8, faults: the assistant's upstream (bench/FakeOpenAi.java) turning slow (10 s), failing (bursts of 500s)
# and resetting connections, under chat load. Checks that the chat never answers 5xx (the knowledge base answers
# instead), that the circuit breaker opens in each fault and closes again once the upstream is healthy, that the
# chat p99 stays within the 30 s promise and that health stays 200. Prints a PASS/FAIL table; exits 1 on any FAIL.
# About 4 minutes. The circuit's open state lasts 20 s here instead of the production 60 s
# (RESILIENCE4J_..._WAITDURATIONINOPENSTATE), so the three faults fit one run; everything else is the default.
APP_PORT=${APP_PORT:-18082}
source "$(dirname "$0")/faults-lib.sh"
FAKE_PORT=${FAKE_PORT:-18092}
FAULT_SECONDS=${FAULT_SECONDS:-25}
OPS_USER=bench-ops
OPS_PASSWORD="bench-$RANDOM$RANDOM$RANDOM"

port_free "$FAKE_PORT"
pick_jdk; need wrk; need taskset util-linux; need psql postgresql-client; need curl
build_jar
start_postgres
DELAY_MS=500 taskset -c 1 java "$BENCH_DIR/FakeOpenAi.java" "$FAKE_PORT" >"$RESULTS/fake-openai.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do grep -q FAKE_OPENAI_READY "$RESULTS/fake-openai.log" && break; sleep 0.5; done
grep -q FAKE_OPENAI_READY "$RESULTS/fake-openai.log" || { echo "fake upstream did not start" >&2; exit 1; }
APP_ENV="OPENAI_API_KEY=bench-key OPENAI_BASE_URL=http://127.0.0.1:$FAKE_PORT/v1
  COURT_OPS_USERNAME=$OPS_USER COURT_OPS_PASSWORD=$OPS_PASSWORD
  RESILIENCE4J_CIRCUITBREAKER_INSTANCES_OPENAI_WAITDURATIONINOPENSTATE=20s" start_app
machine

upstream() {
  curl -fsS -o /dev/null "http://127.0.0.1:$FAKE_PORT/_control?$1"
}

# The circuit's state once a second, from the operator's Prometheus scrape: "<epoch> <state>".
: >"$RESULTS/circuit.txt"
(
  while [ ! -f "$STOP_FILE" ]; do
    state=$(curl -s -m 5 -u "$OPS_USER:$OPS_PASSWORD" "http://127.0.0.1:$APP_PORT/actuator/prometheus" \
      | awk '/^resilience4j_circuitbreaker_state\{/ && /name="openai"/ && $NF == "1.0" {
          match($0, /state="[a-z_]+"/); print substr($0, RSTART + 7, RLENGTH - 8) }' || true)
    echo "$(now) ${state:-?}" >>"$RESULTS/circuit.txt"
    sleep 1
  done
) &
LOOPS+=($!)
PIDS+=($!)

# circuit_seen STATE FROM TO: 1 when the circuit was in STATE at some reading in [FROM, TO).
circuit_seen() {
  awk -v s="$1" -v a="$2" -v b="$3" '$1 >= a && $1 < b && $2 == s { n++ } END { print (n > 0) ? 1 : 0 }' \
    "$RESULTS/circuit.txt"
}

# wait_closed SINCE LIMIT: waits (at most LIMIT seconds) until the circuit, having been open at some reading
# since SINCE, reads closed; prints when, or nothing.
wait_closed() {
  local since=$1 limit=$2 start
  start=$(now)
  while awk -v s="$start" -v n="$(now)" -v l="$limit" 'BEGIN { exit !(n - s < l) }'; do
    if [ "$(circuit_seen open "$since" 99999999999)" = 1 ] \
        && [ "$(tail -1 "$RESULTS/circuit.txt" | awk '{ print $2 }')" = closed ]; then
      now; return
    fi
    sleep 1
  done
}

start_load chat 4 35s -- chat
probe_loop health /actuator/health
echo "Aquecendo com o upstream saudável (${WARMUP_SECONDS:-30} s)..." >&2
sleep "${WARMUP_SECONDS:-30}"
T0=$(now)

declare -A FROM TO CLOSED
for fault in lento falhando reset; do
  echo "Falha: $fault (${FAULT_SECONDS} s)..." >&2
  case $fault in
    lento) upstream "delay=10000&fail=0&mode=answer" ;;   # longer: a request fails only after its 25 s budget
    falhando) upstream "delay=200&fail=100&mode=answer" ;;
    reset) upstream "delay=200&fail=0&mode=reset" ;;
  esac
  FROM[$fault]=$(now)
  if [ $fault = falhando ]; then
    # Bursts: 100 % of 500s, a short healthy gap, 100 % again.
    sleep $((FAULT_SECONDS / 2)); upstream "delay=200&fail=0&mode=answer"; sleep 3
    upstream "delay=200&fail=100&mode=answer"; sleep $((FAULT_SECONDS / 2))
  elif [ $fault = lento ]; then
    sleep $((FAULT_SECONDS + 15))
  else
    sleep "$FAULT_SECONDS"
  fi
  TO[$fault]=$(now)
  upstream "delay=500&fail=0&mode=answer"
  echo "Upstream saudável de novo; esperando o circuito fechar..." >&2
  CLOSED[$fault]=$(wait_closed "${FROM[$fault]}" 150)
done
sleep 5
T_END=$(now)
stop_load

echo "chat: $(grep -E 'Requests/sec|Latency ' "$RESULTS/load-chat.txt" | tr -s ' ' | paste -sd';')"
echo "chat: $(statuses chat "$T0" "$T_END")"
for fault in lento falhando reset; do
  opened=$(circuit_seen open "${FROM[$fault]}" "${CLOSED[$fault]:-$(now)}")
  closed_after=${CLOSED[$fault]:-}
  detail="aberto durante a falha: $([ "$opened" = 1 ] && echo sim || echo não); fechado de novo"
  if [ -n "$closed_after" ]; then
    detail="$detail $(awk -v a="${TO[$fault]}" -v b="$closed_after" 'BEGIN { printf "%.0f", b - a }') s depois"
  else
    detail="$detail: não (150 s)"
  fi
  check "upstream $fault: o circuito abre e fecha" "$([ "$opened" = 1 ] && [ -n "$closed_after" ] && echo 1 || echo 0)" \
    "$detail; chat: $(statuses chat "${FROM[$fault]}" "${TO[$fault]}")"
done
five=$(awk '$1 == "S" && $3 >= 500 { n += $5 } END { print n + 0 }' "$RESULTS/load-chat.txt")
other=$(( $(count chat "$T0" "$T_END") - $(count chat "$T0" "$T_END" 200) ))
check "chat sem 5xx (responde pela base de conhecimento)" "$([ "$five" -eq 0 ] && [ "$other" -eq 0 ] && echo 1 || echo 0)" \
  "$(count chat "$T0" "$T_END") respostas: $(statuses chat "$T0" "$T_END")"
p99=$(load_percentile chat 99%)
timeouts=$(load_timeouts chat)
check "chat p99 até 30 s" "$(awk -v p="${p99:-999999}" -v t="${timeouts:-1}" 'BEGIN { print (p <= 30000 && t == 0) ? 1 : 0 }')" \
  "p50 $(load_percentile chat 50%) ms, p99 $p99 ms, máximo $(to_ms "$(awk '/Latency/ { print $4 }' "$RESULTS/load-chat.txt")") ms; sem resposta em 35 s: ${timeouts:-?}"
health_total=$(probe_count health "$T0" "$T_END")
health_200=$(probe_count health "$T0" "$T_END" 200)
health_none=$(probe_count health "$T0" "$T_END" 000)
check "/actuator/health 200 o tempo todo (openai só DEGRADED)" \
  "$([ "$health_200" -gt 0 ] && [ $((health_200 + health_none)) -eq "$health_total" ] && echo 1 || echo 0)" \
  "$health_200 de $health_total sondagens 200, $health_none sem resposta em 5 s"
echo "Estados do circuito: $(awk '{ print $2 }' "$RESULTS/circuit.txt" | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep = " → " }')"
print_checks
exit "$FAILED"
