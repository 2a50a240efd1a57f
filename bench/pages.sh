#!/usr/bin/env bash
# Public pages against the packaged jar, and the same HTML bytes from nginx (the ceiling), at 64 and 1,500
# connections. Prints a Markdown table. Usage: bench/pages.sh [seconds per run, default 20]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN=${1:-20}
NGINX_PORT=18090
PAGES=(/ /pauta "/busca?q=certid%C3%A3o" /avisos)

pick_jdk; need wrk; need nginx nginx-light; need taskset util-linux
build_jar
start_postgres
start_app
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

# The HTML each page returns, served as a file by nginx on the same core as the application.
mkdir -p "$RESULTS/static-html" "$RESULTS/nginx-tmp"
for i in "${!PAGES[@]}"; do
  curl -fsS "http://127.0.0.1:$APP_PORT${PAGES[$i]}" -o "$RESULTS/static-html/page$i.html" \
    || { echo "${PAGES[$i]} does not answer 200: not benchmarked" >&2; unset "PAGES[$i]"; }
done
sed -e "s#@RESULTS@#$RESULTS#g" -e "s#@PORT@#$NGINX_PORT#g" "$BENCH_DIR/nginx.conf.template" >"$RESULTS/nginx.conf"
taskset -c 0 nginx -c "$RESULTS/nginx.conf" -p "$RESULTS" >/dev/null 2>&1 &
PIDS+=($!)
wait_ready "http://127.0.0.1:$NGINX_PORT/page0.html" 30

echo "Warming up the JVM (${WARMUP_SECONDS:-60}s)..." >&2
warm_up "${PAGES[@]}"

hz=$(getconf CLK_TCK)
echo "| página | conexões | app req/s | nginx req/s | app/nginx | p50 ms | p99 ms | erros | CPU ms/req |"
echo "|---|---|---|---|---|---|---|---|---|"
for i in "${!PAGES[@]}"; do
  for connections in 64 1500; do
    before=$(cpu_ticks "$APP_PID")
    read -r rps p50 p99 errors total < <(run_wrk "$connections" "$SECONDS_PER_RUN" "http://127.0.0.1:$APP_PORT${PAGES[$i]}")
    after=$(cpu_ticks "$APP_PID")
    read -r nginx_rps _ _ _ _ < <(run_wrk "$connections" "$SECONDS_PER_RUN" "http://127.0.0.1:$NGINX_PORT/page$i.html")
    ratio=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else print "-" }')
    cpu=$(awk -v t="$((after - before))" -v n="$total" -v hz="$hz" 'BEGIN { if (n > 0) printf "%.3f", 1000 * t / hz / n; else print "-" }')
    echo "| \`${PAGES[$i]}\` | $connections | $rps | $nginx_rps | $ratio | $p50 | $p99 | $errors | $cpu |"
  done
done
echo
echo "RSS da aplicação após a carga: $(rss_mb "$APP_PID") MB"
