#!/usr/bin/env bash
# Helpers shared by the fault scripts (bench/fault-*.sh), on top of lib.sh: load that runs until stopped and counts
# every answer by second, a chat client that remembers what was acknowledged, probes, and the PASS/FAIL table.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Each fault script has its own results folder (and its own application port, set by the script), so two of them
# can run side by side; they share the test classpath lib.sh writes once.
RESULTS="$ROOT/target/bench/$(basename "$0" .sh)"
mkdir -p "$RESULTS"
if [ -f "$ROOT/target/bench/test-classpath.txt" ] && [ ! -f "$RESULTS/test-classpath.txt" ]; then
  cp "$ROOT/target/bench/test-classpath.txt" "$RESULTS/"
fi

# On a shared, loaded machine the application can take minutes to start: wait longer than lib.sh does.
wait_ready() {
  local url=$1
  for _ in $(seq 1 "${READY_WAIT_SECONDS:-900}"); do
    curl -fsS -o /dev/null -m 5 "$url" 2>/dev/null && return 0
    sleep 1
  done
  echo "Not ready: $url" >&2; exit 1
}

# port_free PORT: fails the script when something already answers there (another engineer's benchmark, say),
# which would otherwise be measured instead of this run's application.
port_free() {
  if curl -s -o /dev/null -m 2 "http://127.0.0.1:$1/"; then
    echo "Port $1 is already in use: set another (APP_PORT, FAKE_PORT)" >&2; exit 2
  fi
}
port_free "$APP_PORT"

CHECKS=()
FAILED=0
STOP_FILE="$RESULTS/fault-stop"
rm -f "$STOP_FILE"

now() {
  date +%s.%N
}

# check NAME OK(0|1) DETAIL: one row of the final table.
check() {
  local name=$1 ok=$2 detail=$3
  if [ "$ok" = 1 ]; then
    CHECKS+=("| $name | PASS | $detail |")
  else
    CHECKS+=("| $name | **FAIL** | $detail |")
    FAILED=1
  fi
}

print_checks() {
  echo
  echo "| verificação | resultado | medido |"
  echo "|---|---|---|"
  printf '%s\n' "${CHECKS[@]}"
  echo
  if [ "$FAILED" = 0 ]; then echo "RESULTADO: PASS"; else echo "RESULTADO: FAIL"; fi
}

# start_load NAME CONNECTIONS TIMEOUT -- ARGS: wrk on CPU 1 until stop_load, counting answers (statuses.lua).
start_load() {
  local name=$1 connections=$2 timeout=$3; shift 4
  taskset -c 1 wrk -t1 -c"$connections" -d3600s --timeout "$timeout" --latency -s "$BENCH_DIR/statuses.lua" \
    "http://127.0.0.1:$APP_PORT" -- "$@" >"$RESULTS/load-$name.txt" 2>&1 &
  LOADS+=($!)
  PIDS+=($!)
}

# wrk prints its report and runs done() on SIGINT; the background loops stop on the stop file (within 40 s).
stop_load() {
  touch "$STOP_FILE"
  for pid in "${LOADS[@]:-}"; do
    [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null || true
  done
  for pid in "${LOADS[@]:-}" "${LOOPS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  LOADS=()
  LOOPS=()
}
LOADS=()
LOOPS=()

# count NAME FROM TO [STATUS] [CLASS]: answers of load NAME in seconds [FROM, TO) with that status and class
# (any when empty).
count() {
  local name=$1 from=$2 to=$3 status=${4:-} class=${5:-}
  awk -v from="$from" -v to="$to" -v status="$status" -v class="$class" '
    $1 == "S" && $2 >= int(from) && $2 < int(to) && (status == "" || $3 == status) && (class == "" || $4 == class) {
      n += $5 }
    END { print n + 0 }' "$RESULTS/load-$name.txt"
}

# A line "200: 120, 503: 30" of the statuses of load NAME in [FROM, TO).
statuses() {
  local name=$1 from=$2 to=$3
  awk -v from="$from" -v to="$to" '
    $1 == "S" && $2 >= int(from) && $2 < int(to) { n[$3 ($4 == "bad" ? " (fora do padrão)" : "")] += $5 }
    END { sep = ""; for (s in n) { printf "%s%s: %d", sep, s, n[s]; sep = ", " } if (sep == "") printf "nenhuma" }' \
    "$RESULTS/load-$name.txt"
}

load_timeouts() {
  sed -n 's/^E timeouts=\([0-9]*\).*/\1/p' "$RESULTS/load-$1.txt"
}

# The wrk percentile line of load NAME in milliseconds, e.g. load_percentile chat 99%.
load_percentile() {
  to_ms "$(awk -v p="$2" '$1 == p { print $2 }' "$RESULTS/load-$1.txt")"
}

# probe_loop NAME PATH: GET PATH every half second with a 5 s timeout (what a load balancer allows), logging
# "<epoch> <status> <seconds>" (status 000: no answer within 5 s).
probe_loop() {
  local name=$1 path=$2
  : >"$RESULTS/probe-$name.txt"
  (
    while [ ! -f "$STOP_FILE" ]; do
      local started result
      started=$(now)
      result=$(curl -s -o /dev/null -m 5 -w '%{http_code} %{time_total}' "http://127.0.0.1:$APP_PORT$path" || true)
      echo "$started ${result:-000 5}" >>"$RESULTS/probe-$name.txt"
      sleep 0.5
    done
  ) &
  LOOPS+=($!)
  PIDS+=($!)
}

# probe_count NAME FROM TO STATUS: probes started in [FROM, TO) that answered STATUS ("" = all probes).
probe_count() {
  awk -v from="$2" -v to="$3" -v status="${4:-}" '$1 >= from && $1 < to && (status == "" || $2 == status) { n++ }
    END { print n + 0 }' "$RESULTS/probe-$1.txt"
}

# ack_loop MARKER: one citizen sends chat messages one after another (each a new conversation, its own address)
# and logs "<epoch> <status> <messageId>"; a 200 with a messageId is an acknowledged message.
ack_loop() {
  local marker=$1
  : >"$RESULTS/acks.txt"
  (
    local i=0
    while [ ! -f "$STOP_FILE" ]; do
      i=$((i + 1))
      local started out code id
      started=$(now)
      out=$(curl -s -m 40 -w '\n%{http_code}' -H 'Content-Type: application/json' -H 'Accept: application/json' \
        -H "X-Forwarded-For: 10.77.$((i / 250)).$((i % 250 + 1))" \
        -d "{\"message\": \"Pergunta de teste $marker numero $i: como pego uma certidão?\"}" \
        "http://127.0.0.1:$APP_PORT/api/chat" || true)
      code=${out##*$'\n'}
      id=$(grep -o '"messageId":"[0-9a-f-]*"' <<<"$out" | cut -d'"' -f4 || true)
      echo "$started ${code:-000} ${id:--}" >>"$RESULTS/acks.txt"
      sleep 0.3
    done
  ) &
  LOOPS+=($!)
  PIDS+=($!)
}

# check_acks_stored LABEL [BEFORE]: every acknowledged message (answered 200 with its id, started before BEFORE if
# given) is in the database, answer and question.
check_acks_stored() {
  local label=$1 before=${2:-99999999999}
  local ids acked found questions
  ids=$(awk -v before="$before" '$2 == "200" && $3 != "-" && $1 < before { print $3 }' "$RESULTS/acks.txt")
  acked=$(wc -w <<<"$ids")
  if [ "$acked" -eq 0 ]; then
    check "$label" 0 "nenhuma mensagem confirmada para conferir"
    return
  fi
  found=$(bench_psql -c "select count(*) from assistant_message where role = 'assistant'
      and id in ($(sed "s/.*/'&'/" <<<"$ids" | paste -sd,))")
  questions=$(bench_psql -c "select count(*) from assistant_message q join assistant_message a
      on a.conversation_id = q.conversation_id and q.role = 'citizen'
      where a.id in ($(sed "s/.*/'&'/" <<<"$ids" | paste -sd,))")
  check "$label" "$([ "$found" -eq "$acked" ] && [ "$questions" -eq "$acked" ] && echo 1 || echo 0)" \
    "$acked confirmadas (200 com id); no banco: $found respostas e $questions perguntas"
}

# psql against the benchmark's database (host, port and database from JDBC_URL).
bench_psql() {
  local hostport=${JDBC_URL#jdbc:postgresql://}
  local database=${hostport#*/}
  hostport=${hostport%%/*}
  PGPASSWORD=postgres psql -X -q -t -A -v ON_ERROR_STOP=1 -h "${hostport%%:*}" -p "${hostport##*:}" -U postgres \
    -d "${database%%\?*}" "$@"
}

# A real stop of the benchmark's PostgreSQL (pg_ctl, fast mode: sessions are cut, committed data is on disk), and
# a start on the same data directory with the very binary and options it ran with (postmaster.opts), so the JDBC
# URL stays valid. EmbeddedPostgresMain keeps running meanwhile and stops the server again when the script ends.
# As root, pg_ctl runs in a user namespace of its own (unshare -U), as zonky itself runs it: PostgreSQL refuses root.
stop_postgres() {
  local opts
  opts=$(head -1 "$RESULTS/pgdata/postmaster.opts")
  PG_BIN=$(dirname "${opts%% *}")
  PG_OPTS=${opts#* }
  as_postgres "$PG_BIN/pg_ctl" -D "$RESULTS/pgdata" -m fast -w -t 60 stop >/dev/null
}

restart_postgres() {
  as_postgres "$PG_BIN/pg_ctl" -D "$RESULTS/pgdata" -w -t 60 -o "$PG_OPTS" -l "$RESULTS/postgres-restart.log" \
    start >/dev/null
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi
}

machine() {
  echo "Máquina: $(nproc) CPUs, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1);" \
    "carga $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
}
