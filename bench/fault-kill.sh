#!/usr/bin/env bash
# Issue 8, faults: the application killed with SIGKILL under chat load, then started again. Checks that every chat
# message acknowledged before the kill (200 with its id) is in the database, and that background tasks enqueued
# before the kill (search refreshes, some due after it) all complete after the restart, including one a worker
# had picked when the process died. Prints a PASS/FAIL table; exits 1 on any FAIL. About 4 minutes.
# The tasks' heartbeat is 2 s here (production: 30 s, a dead worker's task is taken over after 6 missed beats),
# so a task caught running by the kill is revived within the run.
APP_PORT=${APP_PORT:-18083}
source "$(dirname "$0")/faults-lib.sh"
MARKER="fkill$(date +%s)"
TASKS=12

pick_jdk; need wrk; need taskset util-linux; need psql postgresql-client; need curl
build_jar
start_postgres
export APP_ENV="COURT_TASKS_HEARTBEAT_INTERVAL=2s COURT_TASKS_POLLING_INTERVAL=2s"
start_app
machine

start_load chat 4 40s -- chat
ack_loop "$MARKER"
echo "Aquecendo (${WARMUP_SECONDS:-30} s)..." >&2
sleep "${WARMUP_SECONDS:-30}"

# Search refreshes enqueued the way BackgroundTasks.enqueue stores them (task_run + db-scheduler's execution),
# due every 2 s from now: some run before the kill, the rest after it.
bench_psql -c "
  with due as materialized (
    select gen_random_uuid() as id, now() + k * interval '2 seconds' as at from generate_series(0, $TASKS - 1) k),
  runs as (
    insert into task_run (id, type, priority, payload, state, max_attempts, not_before, created_at)
    select id, 'busca-atualizar', 30, '$MARKER', 'QUEUED', 5, at, now() from due returning id)
  insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version, priority)
  select 'busca-atualizar', id::text, null, at, false, 1, 30 from due" >/dev/null
task_states() {
  bench_psql -F' ' -c "select state, count(*) from task_run where payload = '$MARKER' group by state order by state" \
    | paste -sd, -
}
sleep 10

T_KILL=$(now)
before_kill=$(task_states)
kill -KILL "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
echo "Aplicação morta com SIGKILL; tarefas nesse instante: $before_kill" >&2
picked_at_kill=$(bench_psql -c "select count(*) from scheduled_tasks where task_name = 'busca-atualizar' and picked
  and task_instance in (select id::text from task_run where payload = '$MARKER')")
stop_load
chat_killed=$(count chat 0 99999999999)

echo "Iniciando a aplicação de novo..." >&2
T_RESTART=$(now)
start_app
T_READY=$(now)
T_DONE=""
for _ in $(seq 1 180); do
  if [ "$(bench_psql -c "select count(*) from task_run where payload = '$MARKER' and state = 'SUCCEEDED'")" -eq "$TASKS" ]; then
    T_DONE=$(now); break
  fi
  sleep 1
done

echo "chat até a morte: $chat_killed respostas ($(grep -E 'Requests/sec' "$RESULTS/load-chat.txt" | tr -s ' '))"
echo "partida de novo: $(awk -v a="$T_RESTART" -v b="$T_READY" 'BEGIN { printf "%.1f", b - a }') s até /readyz 200"
check_acks_stored "mensagens confirmadas antes do SIGKILL estão no banco" "$T_KILL"
acked=$(awk -v k="$T_KILL" '$1 < k && $2 == "200"' "$RESULTS/acks.txt" | wc -l)
unanswered=$(awk -v k="$T_KILL" '$1 < k && $2 != "200"' "$RESULTS/acks.txt" | wc -l)
echo "mensagens do cliente sequencial antes da morte: $acked confirmadas, $unanswered sem confirmação (em curso na morte)"
after=$(task_states)
check "tarefas enfileiradas antes da morte concluem depois" "$([ -n "$T_DONE" ] && echo 1 || echo 0)" \
  "$TASKS tarefas; na morte: $before_kill ($picked_at_kill pegas por um worker); depois: $after$([ -n "$T_DONE" ] && \
  awk -v a="$T_READY" -v b="$T_DONE" 'BEGIN { printf ", todas concluídas %.0f s depois de pronta", b - a }')"
leftover=$(bench_psql -c "select count(*) from scheduled_tasks where task_instance in
  (select id::text from task_run where payload = '$MARKER')")
check "nenhuma execução presa no db-scheduler" "$([ "$leftover" -eq 0 ] && echo 1 || echo 0)" \
  "$leftover execuções restantes em scheduled_tasks"
print_checks
exit "$FAILED"
