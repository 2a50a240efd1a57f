#!/usr/bin/env bash
# Time from launch to ready (/readyz answers 200) for the fat jar, the extracted jar, and the extracted jar
# with the JDK's AOT cache (JDK 25, -XX:AOTCache). Each is started RUNS times; the median is printed.
# Usage: bench/startup.sh [runs, default 3]
source "$(dirname "$0")/lib.sh"
RUNS=${1:-3}

pick_jdk; need taskset util-linux
build_jar
start_postgres

EXTRACTED="$RESULTS/extracted"
rm -rf "$EXTRACTED"
java -Djarmode=tools -jar "$APP_JAR" extract --destination "$EXTRACTED" >/dev/null
EXTRACTED_JAR=$(ls "$EXTRACTED"/*.jar | head -1)

java_major=$(java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1]; exit }')
rm -f "$RESULTS/app.aot"   # never time a cache trained on an older jar
if [ "$java_major" -ge 25 ]; then
  # Training run: the cache records the classes loaded and linked while the context starts.
  env SPRING_DATASOURCE_URL="$JDBC_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres \
    PORT="$APP_PORT" taskset -c 0 java -XX:AOTCacheOutput="$RESULTS/app.aot" -Dspring.context.exit=onRefresh \
    -jar "$EXTRACTED_JAR" >"$RESULTS/aot-training.log" 2>&1 || true
fi

time_to_ready() {
  local start pid elapsed
  start=$(date +%s%N)
  env SPRING_DATASOURCE_URL="$JDBC_URL" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres \
    PORT="$APP_PORT" taskset -c 0 java -Xmx512m "$@" >"$RESULTS/startup-run.log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/readyz" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "failed"; return; }
    sleep 0.05
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$elapsed"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "| forma | mediana até pronto (ms) | execuções (ms) |"
echo "|---|---|---|"
for variant in fat extracted aot; do
  case $variant in
    fat) args=(-jar "$APP_JAR") ;;
    extracted) args=(-jar "$EXTRACTED_JAR") ;;
    aot) [ -f "$RESULTS/app.aot" ] || { echo "| AOT cache | (precisa do JDK 25) | |"; continue; }
         args=(-XX:AOTCache="$RESULTS/app.aot" -jar "$EXTRACTED_JAR") ;;
  esac
  runs=()
  for _ in $(seq 1 "$RUNS"); do runs+=("$(time_to_ready "${args[@]}")"); done
  echo "| $variant | $(printf '%s\n' "${runs[@]}" | median) | ${runs[*]} |"
done
