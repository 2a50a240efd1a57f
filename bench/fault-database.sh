#!/usr/bin/env bash
# Issue 8, faults: PostgreSQL stopped for 20 s (a real stop: pg_ctl fast shutdown) under moderate load, then
# started again on the same data and port. Checks that readiness is 503 and liveness 200 during the outage, that
# citizens get a page or the Portuguese 503 page and the chat API Portuguese problem+json (never a 500), that the
# instance is ready again within 10 s of the database's return, and that every chat message acknowledged is still
# in the database. Prints a PASS/FAIL table; exits 1 on any FAIL. About 3 minutes.
#   bench/fault-database.sh            (OUTAGE_SECONDS=20, APP_PORT=18080)
source "$(dirname "$0")/faults-lib.sh"
OUTAGE_SECONDS=${OUTAGE_SECONDS:-20}
PAGES=(/ /pauta /avisos "/busca?q=certid%C3%A3o" /servicos)
MARKER="fbd$(date +%s)"

pick_jdk; need wrk; need taskset util-linux; need psql postgresql-client; need curl
build_jar
start_postgres
start_app
machine

start_load pages 4 40s -- pages "${PAGES[@]}"
start_load chat 2 40s -- chat
probe_loop ready /readyz
probe_loop live /livez
ack_loop "$MARKER"
echo "Aquecendo (${WARMUP_SECONDS:-30} s)..." >&2
sleep "${WARMUP_SECONDS:-30}"
T0=$(now)
sleep 15

echo "Parando o PostgreSQL..." >&2
T_STOP=$(now)
stop_postgres
T_DOWN=$(now)
sleep 3
psql_down=$(bench_psql -c 'select 1' >/dev/null 2>&1 && echo 0 || echo 1)
# What a citizen and the API see in the middle of the outage (kept for the record).
curl -s -m 40 -D - -H 'Accept: text/html' "http://127.0.0.1:$APP_PORT/busca?q=prazo" \
  -o "$RESULTS/outage-page.html" >"$RESULTS/outage-page.headers" &
LOOPS+=($!)
curl -s -m 40 -D - -H 'Content-Type: application/json' -H 'X-Forwarded-For: 10.66.0.1' \
  -d '{"message": "A vara está aberta?"}' "http://127.0.0.1:$APP_PORT/api/chat" >"$RESULTS/outage-chat.txt" &
LOOPS+=($!)
remaining=$(awk -v t="$T_DOWN" -v n="$(now)" -v s="$OUTAGE_SECONDS" 'BEGIN { r = t + s - n; print (r > 0 ? r : 0) }')
sleep "$remaining"

echo "Iniciando o PostgreSQL de novo..." >&2
T_START=$(now)
restart_postgres
T_BACK=$(now)
T_READY=""
for _ in $(seq 1 300); do
  if [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$APP_PORT/readyz" || true)" = 200 ]; then
    T_READY=$(now); break
  fi
  sleep 0.2
done
sleep 20
T_END=$(now)
stop_load

# Phases, in whole seconds for the per-second counts of the load: before, outage (the database refusing
# connections), recovery (back until ready + 5 s), after.
down_for=$(awk -v a="$T_DOWN" -v b="$T_BACK" 'BEGIN { printf "%.1f", b - a }')
echo "PostgreSQL parado às +$(awk -v a="$T0" -v b="$T_DOWN" 'BEGIN { printf "%.1f", b - a }') s, por $down_for s" \
  "(parada $(awk -v a="$T_STOP" -v b="$T_DOWN" 'BEGIN { printf "%.1f", b - a }') s, partida" \
  "$(awk -v a="$T_START" -v b="$T_BACK" 'BEGIN { printf "%.1f", b - a }') s)"
AFTER=$(awk -v r="${T_READY:-$T_END}" 'BEGIN { printf "%d", r + 6 }')
for load in pages chat; do
  echo "$load: antes [$(statuses $load "$T0" "$T_STOP")]; falha [$(statuses $load "$T_DOWN" "$T_BACK")];" \
    "volta [$(statuses $load "$T_BACK" "$AFTER")]; depois [$(statuses $load "$AFTER" "$T_END")]"
  echo "$load: $(grep -E 'Requests/sec|Latency ' "$RESULTS/load-$load.txt" | tr -s ' ' | paste -sd';')"
done

check "PostgreSQL realmente parado" "$psql_down" "psql recusado durante a falha; parado por $down_for s"
# Probes started from 3 s after the stop to 4 s before the return (one may get its connection as it comes back).
OUT_FROM=$(awk -v t="$T_DOWN" 'BEGIN { printf "%.3f", t + 3 }')
OUT_TO=$(awk -v t="$T_BACK" 'BEGIN { printf "%.3f", t - 4 }')
ready_total=$(probe_count ready "$OUT_FROM" "$OUT_TO")
ready_503=$(probe_count ready "$OUT_FROM" "$OUT_TO" 503)
ready_slowest=$(awk -v a="$T_DOWN" -v b="$T_BACK" '$1 >= a && $1 < b && $3 > m { m = $3 } END { printf "%.2f", m }' \
  "$RESULTS/probe-ready.txt")
ready_none=$(probe_count ready "$OUT_FROM" "$OUT_TO" 000)
check "/readyz 503 durante a falha" \
  "$([ "$ready_503" -gt 0 ] && [ $((ready_503 + ready_none)) -eq "$ready_total" ] && echo 1 || echo 0)" \
  "$ready_503 de $ready_total sondagens responderam 503, $ready_none sem resposta em 5 s; a mais lenta em $ready_slowest s"
live_total=$(probe_count live "$T0" "$T_END")
live_200=$(probe_count live "$T0" "$T_END" 200)
live_none=$(probe_count live "$T0" "$T_END" 000)
live_out=$(probe_count live "$T_DOWN" "$T_BACK" 200)
check "/livez 200 o tempo todo" \
  "$([ "$live_out" -gt 0 ] && [ $((live_200 + live_none)) -eq "$live_total" ] && echo 1 || echo 0)" \
  "$live_200 de $live_total sondagens 200 ($live_out durante a falha), $live_none sem resposta em 5 s"
for load in pages chat; do
  bad=$(count $load "$T0" "$T_END" "" bad)
  five=$(awk '$1 == "S" && $3 >= 500 && $3 != 503 { n += $5 } END { print n + 0 }' "$RESULTS/load-$load.txt")
  timeouts=$(load_timeouts $load)
  during=$(statuses $load "$T_DOWN" "$T_BACK")
  what=$([ $load = pages ] && echo "páginas: 200 ou a página 503 em português" || echo "chat: 200 ou 503 problem+json")
  check "$what" "$([ "$bad" -eq 0 ] && [ "$five" -eq 0 ] && echo 1 || echo 0)" \
    "na falha: $during; fora do padrão: $bad; 5xx exceto 503: $five"
  check "$load: toda resposta em até 40 s" "$([ "${timeouts:-1}" -eq 0 ] && echo 1 || echo 0)" \
    "sem resposta em 40 s (timeout do wrk): ${timeouts:-?}"
done
if [ -n "$T_READY" ]; then
  recovery=$(awk -v a="$T_BACK" -v b="$T_READY" 'BEGIN { printf "%.1f", b - a }')
  check "pronto de novo em até 10 s" "$(awk -v r="$recovery" 'BEGIN { print (r <= 10) ? 1 : 0 }')" \
    "/readyz 200 ${recovery} s depois de o PostgreSQL voltar"
else
  check "pronto de novo em até 10 s" 0 "/readyz não voltou a 200 em 60 s"
fi
after_bad=$(( $(count pages "$AFTER" "$T_END") - $(count pages "$AFTER" "$T_END" 200) \
  + $(count chat "$AFTER" "$T_END") - $(count chat "$AFTER" "$T_END" 200) ))
after_total=$(( $(count pages "$AFTER" "$T_END") + $(count chat "$AFTER" "$T_END") ))
check "depois da volta, tudo 200" "$([ "$after_total" -gt 0 ] && [ "$after_bad" -eq 0 ] && echo 1 || echo 0)" \
  "$after_total respostas de páginas e chat a partir de pronto + 6 s, $after_bad diferentes de 200"
check_acks_stored "mensagens confirmadas antes da falha estão no banco" "$T_STOP"
check_acks_stored "todas as mensagens confirmadas estão no banco"
print_checks
exit "$FAILED"
