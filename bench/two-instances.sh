#!/usr/bin/env bash
# Two instances of the packaged application on different ports against one PostgreSQL (issue 8, "Várias
# instâncias"). Checks, and prints PASS or FAIL for each:
#   1. a staff login made on instance one is valid on instance two (Spring Session JDBC);
#   2. the chat rate limit is shared: 15 messages to one and 16 to the other from one client address within a
#      minute give exactly one 429;
#   3. a scheduled task runs once: the hourly clean-up, made due 20 s from now in db-scheduler's table while both
#      instances poll, is executed by exactly one of them (court.tasks.executions summed over both) and moves to
#      its next hour.
# Exits non-zero when a check fails. Needs curl and psql (Debian: postgresql-client).
#
#   bench/two-instances.sh            # REBUILD=1 to package the jar again
#
# Environment: PORT_ONE (18571), PORT_TWO (18572): ports nobody else's benchmark uses, checked free first.
source "$(dirname "$0")/lib.sh"

PORT_ONE=${PORT_ONE:-18571}
PORT_TWO=${PORT_TWO:-18572}
ADMIN_USER=admin.bench
ADMIN_PASSWORD="duas-instancias-$RANDOM-$RANDOM"
OPS_USER=monitor.bench
OPS_PASSWORD="metricas-$RANDOM-$RANDOM"
JAR_COOKIES="$RESULTS/two-instances.cookies"
FAILED=0

need curl
need psql postgresql-client
for port in $PORT_ONE $PORT_TWO; do
  # Another process on the port would answer in place of ours and make every check meaningless.
  ! curl -s -o /dev/null "http://127.0.0.1:$port/" || { echo "Port $port is in use: set PORT_ONE/PORT_TWO" >&2; exit 2; }
done
pick_jdk
build_jar
# A copy, so a build running meanwhile cannot swap the jar under the two processes.
cp "$APP_JAR" "$RESULTS/two-instances.jar" && APP_JAR="$RESULTS/two-instances.jar"
start_postgres

pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; FAILED=1; }

# One application process, started in the background; the first one also creates the first administrator (only
# while no account exists). Both migrate the same database at once: Flyway's lock makes one wait for the other.
start_instance() {
  local port=$1 name=$2 cpu=$3; shift 3
  env SPRING_DATASOURCE_URL="$JDBC_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres \
      PORT="$port" COURT_SESSION_COOKIE_SECURE=false COURT_TASKS_INSTANCE_NAME="$name" \
      COURT_OPS_USERNAME="$OPS_USER" COURT_OPS_PASSWORD="$OPS_PASSWORD" \
      "$@" \
      taskset -c "$cpu" java ${JAVA_OPTS:--Xmx512m} -jar "$APP_JAR" >"$RESULTS/$name.log" 2>&1 &
  PIDS+=($!)
}

echo "== PostgreSQL: $JDBC_URL"
start_instance "$PORT_ONE" instancia-1 0 COURT_ADMIN_USERNAME="$ADMIN_USER" COURT_ADMIN_PASSWORD="$ADMIN_PASSWORD"
start_instance "$PORT_TWO" instancia-2 1
wait_ready "http://127.0.0.1:$PORT_ONE/readyz" 900
wait_ready "http://127.0.0.1:$PORT_TWO/readyz" 900
echo "== two instances ready on $PORT_ONE and $PORT_TWO ($(date -u +%H:%M:%S) UTC)"
# jdbc:postgresql://host:port/db?user=postgres -> postgresql://postgres:postgres@host:port/db
PSQL_URL=$(sed -E 's#^jdbc:postgresql://([^/]+)/([^?]+).*#postgresql://postgres:postgres@\1/\2#' <<<"$JDBC_URL")
sql() { psql "$PSQL_URL" -qtAX -c "$1"; }

# 1. The staff login: the form (with its CSRF token) on instance one, the staff home on instance two.
rm -f "$JAR_COOKIES"
csrf=$(curl -sS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://127.0.0.1:$PORT_ONE/admin/entrar" \
  | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
login=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  --data-urlencode "usuario=$ADMIN_USER" --data-urlencode "senha=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" \
  "http://127.0.0.1:$PORT_ONE/admin/entrar")
other=$(curl -sS -w '\n%{http_code}' -b "$JAR_COOKIES" "http://127.0.0.1:$PORT_TWO/admin")
other_status=$(tail -1 <<<"$other")
if [[ "$login" == "302 "*"/admin" ]] && [ "$other_status" = 200 ] && grep -q "Conectado como $ADMIN_USER" <<<"$other"; then
  pass "login on :$PORT_ONE ($login) is valid on :$PORT_TWO (GET /admin -> $other_status, 'Conectado como $ADMIN_USER')"
else
  fail "login on :$PORT_ONE gave '$login'; GET /admin on :$PORT_TWO gave $other_status"
fi

# 2. The shared chat allowance (30 a minute): one client address (through the trusted local proxy), 15 messages
#    to instance one and 16 to instance two, all at once, so the 31 fit in the minute even on a slow machine.
client="10.$((RANDOM % 250 + 1)).$((RANDOM % 250 + 1)).$((RANDOM % 250 + 1))"
rm -f "$RESULTS"/two-instances.status.*
started=$(date +%s)
curls=()
for i in $(seq 1 31); do
  port=$([ "$i" -le 15 ] && echo "$PORT_ONE" || echo "$PORT_TWO")
  curl -sS -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "X-Forwarded-For: $client" \
    --data "{\"message\":\"Qual o horário de atendimento? $i\"}" "http://127.0.0.1:$port/api/chat" \
    >"$RESULTS/two-instances.status.$i" &
  curls+=($!)
done
wait "${curls[@]}" || true
took=$(( $(date +%s) - started ))
ok=$(grep -o '200' <<<"$(cat "$RESULTS"/two-instances.status.*)" | wc -l)
limited=$(grep -o '429' <<<"$(cat "$RESULTS"/two-instances.status.*)" | wc -l)
if [ "$ok" = 30 ] && [ "$limited" = 1 ]; then
  pass "rate limit shared: 15 + 16 messages from $client in ${took} s -> $ok x 200, $limited x 429"
else
  fail "rate limit: 31 messages in ${took} s -> $ok x 200, $limited x 429"
fi

# 3. The hourly clean-up (a recurring db-scheduler task with one row in scheduled_tasks): made due in 20 s while
#    both instances poll; then wait for a run, then 15 s more (three polls of each), and count runs on both.
executions() {
  curl -sS -u "$OPS_USER:$OPS_PASSWORD" "http://127.0.0.1:$1/actuator/prometheus" \
    | awk '/^court_tasks_executions_seconds_count\{/ && /type="limpeza-horaria"/ { n += $NF } END { print n + 0 }'
}
before=$(( $(executions "$PORT_ONE") + $(executions "$PORT_TWO") ))
sql "update scheduled_tasks set execution_time = now() + interval '20 seconds'
     where task_name = 'limpeza-horaria' and not picked" >/dev/null
echo "== limpeza-horaria due at $(sql "select to_char(execution_time at time zone 'UTC', 'HH24:MI:SS') from scheduled_tasks where task_name = 'limpeza-horaria'") UTC; $before run(s) so far"
for _ in $(seq 1 60); do
  total=$(( $(executions "$PORT_ONE") + $(executions "$PORT_TWO") - before ))
  [ "$total" -gt 0 ] && break
  sleep 5
done
sleep 15
one=$(executions "$PORT_ONE"); two=$(executions "$PORT_TWO"); total=$(( one + two - before ))
next=$(sql "select to_char(execution_time at time zone 'UTC', 'HH24:MI') from scheduled_tasks where task_name = 'limpeza-horaria'")
rows=$(sql "select count(*) from scheduled_tasks where task_name = 'limpeza-horaria'")
if [ "$total" = 1 ] && [ "$rows" = 1 ]; then
  pass "scheduled task ran once: limpeza-horaria ran $one time(s) on instancia-1 and $two on instancia-2; next run $next UTC"
else
  fail "scheduled task: limpeza-horaria ran $one time(s) on instancia-1 and $two on instancia-2 ($before before), $rows schedule row(s)"
fi

[ "$FAILED" = 0 ] && echo "ALL PASS" || echo "SOME CHECKS FAILED"
exit "$FAILED"
