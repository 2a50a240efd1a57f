#!/usr/bin/env bash
# Public pages against the packaged jar, and the same bytes from nginx (the ceiling), in the same run: the server
# and nginx pinned to CPU 0, wrk and PostgreSQL to CPU 1. Counts the CPU of every process (application, PostgreSQL
# with its backends, nginx with its worker, wrk), records GC logs, reports the warm-up until the throughput is
# steady, runs identity and gzip, closed-loop (wrk at full speed) and open-loop (paced at a fixed rate), and
# /busca at 1,500 connections. Prints Markdown tables and records the targets of issue 13 in
# target/bench/figures.tsv (bench/all.sh prints and checks them).
# Usage: bench/pages.sh [seconds per run, default 20]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN=${1:-20}
NGINX_PORT=18090
# The pages and their names for nginx (page<N>.html and page<N>.html.gz).
PAGES=(/ /pauta "/busca?q=certid%C3%A3o" /avisos)
GZIP=(-H "Accept-Encoding: gzip")

pick_jdk; need wrk; need nginx nginx-light; need taskset util-linux; need gzip
build_jar
start_postgres
JAVA_OPTS=${JAVA_OPTS:-"-Xmx512m -Xlog:gc*:file=$RESULTS/gc-pages.log:uptime,level,tags"}
rm -f "$RESULTS/gc-pages.log"
# An operator account, to read the page cache's hits and misses at the end.
APP_ENV="${APP_ENV:-} COURT_OPS_USERNAME=bench COURT_OPS_PASSWORD=bench-only-password"
start_app
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
hz=$(getconf CLK_TCK)
PG_PID=$(postgres_pid)

# The bytes each page returns, identity and gzip, served as files by nginx on the application's core.
mkdir -p "$RESULTS/static-html" "$RESULTS/nginx-tmp"
rm -f "$RESULTS"/static-html/*
for i in "${!PAGES[@]}"; do
  curl -fsS "http://127.0.0.1:$APP_PORT${PAGES[$i]}" -o "$RESULTS/static-html/page$i.html" \
    || { echo "${PAGES[$i]} does not answer 200: not benchmarked" >&2; unset "PAGES[$i]"; continue; }
  curl -fsS -H "Accept-Encoding: gzip" "http://127.0.0.1:$APP_PORT${PAGES[$i]}" -o "$RESULTS/static-html/page$i.html.gz"
  # A page the application sends uncompressed: nginx compresses it the same way, once.
  gzip -t "$RESULTS/static-html/page$i.html.gz" 2>/dev/null || gzip -6 -c "$RESULTS/static-html/page$i.html" >"$RESULTS/static-html/page$i.html.gz"
done
sed -e "s#@RESULTS@#$RESULTS#g" -e "s#@PORT@#$NGINX_PORT#g" "$BENCH_DIR/nginx.conf.template" >"$RESULTS/nginx.conf"
taskset -c 0 nginx -c "$RESULTS/nginx.conf" -p "$RESULTS" >/dev/null 2>&1 &
NGINX_PID=$!
PIDS+=($NGINX_PID)
wait_ready "http://127.0.0.1:$NGINX_PORT/page0.html" 30

# Warm-up, reported: 5-second slices of the home page until two in a row differ by less than 5 % (at most
# WARMUP_SECONDS), then a pass over every page.
echo "### Aquecimento (fatias de 5 s na página inicial, 64 conexões)"
echo
echo "| fatia | req/s | carga média |"
echo "|---|---|---|"
previous=0; slice=0; steady=""
while [ $((slice * 5)) -lt "${WARMUP_SECONDS:-90}" ]; do
  slice=$((slice + 1))
  read -r rps _ _ _ _ < <(run_wrk 64 5 "http://127.0.0.1:$APP_PORT/")
  echo "| $slice | $rps | $(load_average) |"
  if awk -v a="$rps" -v b="$previous" 'BEGIN { exit !(b > 0 && a > 0 && (a - b) / b < 0.05 && (b - a) / b < 0.05) }'; then
    steady=$((slice * 5)); break
  fi
  previous=$rps
done
echo
echo "Estável após ${steady:-mais de ${WARMUP_SECONDS:-90}} s."
for path in "${PAGES[@]}"; do run_wrk 16 3 "http://127.0.0.1:$APP_PORT$path" "${GZIP[@]}" >/dev/null; done
figure "aquecimento até estável (s)" "${steady:-não estabilizou}" "informativo" INFO
echo

# One closed-loop run of the application and one of nginx with the same bytes; prints a table row and leaves
# RATIO and APP_MS (application CPU per request) for the caller.
compare() {
  local i=$1 label=$2 connections=$3; shift 3
  local app_before pg_before app_after pg_after rps p50 p99 errors total wrk_app nginx_before nginx_after nginx_rps nginx_total
  app_before=$(cpu_ticks "$APP_PID"); pg_before=$(tree_ticks "$PG_PID")
  read -r rps p50 p99 errors total < <(run_wrk "$connections" "$SECONDS_PER_RUN" "http://127.0.0.1:$APP_PORT${PAGES[$i]}" "$@")
  app_after=$(cpu_ticks "$APP_PID"); pg_after=$(tree_ticks "$PG_PID"); wrk_app=$(cat "$RESULTS/wrk-ticks")
  nginx_before=$(tree_ticks "$NGINX_PID")
  read -r nginx_rps _ _ _ nginx_total < <(run_wrk "$connections" "$SECONDS_PER_RUN" "http://127.0.0.1:$NGINX_PORT/page$i.html" "$@")
  nginx_after=$(tree_ticks "$NGINX_PID")
  RATIO=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { if (b > 0) printf "%.1f", 100 * a / b; else print 0 }')
  APP_MS=$(awk -v t="$((app_after - app_before))" -v n="$total" -v hz="$hz" 'BEGIN { if (n > 0) printf "%.3f", 1000 * t / hz / n; else print 0 }')
  local pg_ms wrk_ms nginx_ms
  pg_ms=$(awk -v t="$((pg_after - pg_before))" -v n="$total" -v hz="$hz" 'BEGIN { if (n > 0) printf "%.3f", 1000 * t / hz / n; else print 0 }')
  wrk_ms=$(awk -v t="$wrk_app" -v n="$total" -v hz="$hz" 'BEGIN { if (n > 0) printf "%.3f", 1000 * t / hz / n; else print 0 }')
  nginx_ms=$(awk -v t="$((nginx_after - nginx_before))" -v n="$nginx_total" -v hz="$hz" 'BEGIN { if (n > 0) printf "%.4f", 1000 * t / hz / n; else print 0 }')
  ERRORS=$errors
  # What nginx spends on a page as a share of what the application spends: unlike the req/s ratio, it holds when
  # other processes take the core from both (a shared machine).
  CPU_RATIO=$(awk -v n="$nginx_ms" -v a="$APP_MS" -v p="$pg_ms" 'BEGIN { if (a + p > 0) printf "%.1f", 100 * n / (a + p); else print 0 }')
  echo "| \`${PAGES[$i]}\` | $label | $connections | $rps | $nginx_rps | $RATIO % | $CPU_RATIO % | $p50 | $p99 | $errors | $APP_MS | $pg_ms | $nginx_ms | $wrk_ms | $(load_average) |"
}

echo "### Fechado (wrk sem pausa), a aplicação e o nginx na mesma execução"
echo
echo "| página | codificação | conexões | app req/s | nginx req/s | app/nginx | CPU nginx/(app+PostgreSQL) | p50 ms | p99 ms | erros | CPU app ms/pedido | CPU PostgreSQL ms/pedido | CPU nginx ms/pedido | CPU wrk ms/pedido (app) | carga média |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
compare 0 identity 64
home=$RATIO; home_cpu=$CPU_RATIO; home_ms=$APP_MS
compare 0 gzip 64 "${GZIP[@]}"
home_gzip=$RATIO; home_gzip_cpu=$CPU_RATIO; home_gzip_ms=$APP_MS
compare 1 identity 64
pauta=$RATIO; pauta_cpu=$CPU_RATIO
compare 1 gzip 64 "${GZIP[@]}"
pauta_gzip=$RATIO; pauta_gzip_cpu=$CPU_RATIO
compare 3 gzip 64 "${GZIP[@]}"
compare 0 gzip 1500 "${GZIP[@]}"
home_1500_errors=$ERRORS
echo

# The targets are judged on the CPU shares (stable on a shared machine); the req/s ratios are recorded beside them.
figure "página inicial: CPU do nginx ÷ CPU da aplicação (identity, req/s: $home %)" "$home_cpu %" "≥ 20 %" "$(verdict "$home_cpu" 'x >= 20')"
figure "página inicial: CPU do nginx ÷ CPU da aplicação (gzip, req/s: $home_gzip %)" "$home_gzip_cpu %" "≥ 20 %" "$(verdict "$home_gzip_cpu" 'x >= 20')"
figure "CPU da aplicação por página inicial (identity)" "$home_ms ms" "≈ 0,1 ms (≤ 0,15)" "$(verdict "$home_ms" 'x <= 0.15')"
figure "CPU da aplicação por página inicial (gzip)" "$home_gzip_ms ms" "≈ 0,1 ms (≤ 0,15)" "$(verdict "$home_gzip_ms" 'x <= 0.15')"
figure "/pauta: CPU do nginx ÷ CPU da aplicação (identity, req/s: $pauta %)" "$pauta_cpu %" "≥ 10 %" "$(verdict "$pauta_cpu" 'x >= 10')"
figure "/pauta: CPU do nginx ÷ CPU da aplicação (gzip, req/s: $pauta_gzip %)" "$pauta_gzip_cpu %" "≥ 10 %" "$(verdict "$pauta_gzip_cpu" 'x >= 10')"
figure "página inicial a 1.500 conexões: erros" "$home_1500_errors" "0" "$(verdict "$home_1500_errors" 'x == 0')"

# Open loop: each connection paced so that all of them together ask about RATE requests a second, whatever the
# answers take (wrk measures from the moment a request is sent; paced.lua, not a coordinated-omission correction).
echo "### Aberto (ritmo fixo com \`paced.lua\`, gzip, 100 conexões)"
echo
echo "| página | pedidos/s pedidos | req/s obtidos | p50 ms | p99 ms | erros | carga média |"
echo "|---|---|---|---|---|---|---|"
for spec in "0 2000" "1 1000"; do
  read -r i rate <<<"$spec"
  export RATE=$rate CONNECTIONS=100
  read -r rps p50 p99 errors _ < <(run_wrk 100 "$SECONDS_PER_RUN" \
      "http://127.0.0.1:$APP_PORT${PAGES[$i]}" -s "$BENCH_DIR/paced.lua" "${GZIP[@]}")
  echo "| \`${PAGES[$i]}\` | $rate | $rps | $p50 | $p99 | $errors | $(load_average) |"
  [ "$i" = 0 ] && figure "página inicial a $rate pedidos/s (aberto): p99" "$p99 ms" "informativo" INFO
done
echo

# The search last: at 1,500 connections its backlog outlives the run and would slow whatever came next.
echo "### Busca (fechado, gzip)"
echo
echo "| página | codificação | conexões | app req/s | nginx req/s | app/nginx | CPU nginx/(app+PostgreSQL) | p50 ms | p99 ms | erros | CPU app ms/pedido | CPU PostgreSQL ms/pedido | CPU nginx ms/pedido | CPU wrk ms/pedido (app) | carga média |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
compare 2 gzip 64 "${GZIP[@]}"
compare 2 gzip 1500 "${GZIP[@]}"
busca_errors=$ERRORS
figure "/busca?q=certidão a 1.500 conexões: erros" "$busca_errors" "0" "$(verdict "$busca_errors" 'x == 0')"
echo

# GC: every pause of the run, from the unified GC log.
# Only the lines that end a pause carry its duration ("... 12.345ms"); Serial GC when the JVM sees one core.
pauses=$(grep -c 'Pause.*ms$' "$RESULTS/gc-pages.log" 2>/dev/null || echo 0)
pause_ms=$(grep 'Pause.*ms$' "$RESULTS/gc-pages.log" 2>/dev/null | awk '{ v = $NF; sub("ms", "", v); s += v } END { printf "%.0f", s }')
echo "GC (\`target/bench/gc-pages.log\`): $pauses pausas, ${pause_ms:-0} ms no total. RSS da aplicação após a carga: $(rss_mb "$APP_PID") MB."
metrics=$(curl -fsS -u bench:bench-only-password "http://127.0.0.1:$APP_PORT/actuator/prometheus" 2>/dev/null || true)
hits=$(awk '/^cache_gets_total\{.*cache="pages".*result="hit"/ { printf "%.0f", $NF }' <<<"$metrics")
misses=$(awk '/^cache_gets_total\{.*cache="pages".*result="miss"/ { printf "%.0f", $NF }' <<<"$metrics")
echo "Cache de páginas: ${hits:-?} acertos, ${misses:-?} faltas; $(awk '/^court_page_cache_bytes/ { printf "%.0f", $NF }' <<<"$metrics") bytes guardados."
