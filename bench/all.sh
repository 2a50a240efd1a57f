#!/usr/bin/env bash
# Every figure of issue 13's table, in one run: the public pages against nginx (bench/pages.sh) and the chat
# (bench/chat.sh), each with its own fresh database and application, then health polling and startup for the
# rest of docs/PERFORMANCE.md (SKIP_EXTRA=1 leaves those two out). Each script records its targets in
# target/bench/figures.tsv (lib.sh's `figure`); this script prints them as one table, with the load average and
# the time of each, and exits non-zero when a target is missed or a script recorded none.
# Usage: bench/all.sh [seconds per run]   (about 25 minutes; needs wrk, nginx-light, taskset, curl, gzip)
set -uo pipefail
cd "$(dirname "$0")"
RESULTS="$(cd .. && pwd)/target/bench"
mkdir -p "$RESULTS"
FIGURES="$RESULTS/figures.tsv"
rm -f "$FIGURES"
started=$(date -u '+%Y-%m-%d %H:%M')
failed_scripts=()

run() {
  local step=$1; shift
  echo "## bench/$step ($(date -u +%H:%M) UTC, carga média $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  local before=0
  [ -f "$FIGURES" ] && before=$(wc -l <"$FIGURES")
  bash "$step" "$@" || failed_scripts+=("$step (saída $?)")
  local after=0
  [ -f "$FIGURES" ] && after=$(wc -l <"$FIGURES")
  if [ "$after" -eq "$before" ]; then
    failed_scripts+=("$step (não registrou nenhum número em figures.tsv)")
  fi
  echo
}

run pages.sh "$@"
run chat.sh "$@"
if [ "${SKIP_EXTRA:-0}" != 1 ]; then
  bash health-poll.sh || failed_scripts+=("health-poll.sh")
  bash startup.sh || failed_scripts+=("startup.sh")
fi

echo "## Metas da issue 13 ($started UTC até $(date -u +%H:%M) UTC, $(nproc) núcleos, $(uname -r))"
echo
echo "| o quê | medido | meta | resultado | carga média | hora (UTC) |"
echo "|---|---|---|---|---|---|"
[ -f "$FIGURES" ] && awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "$FIGURES"
echo
missed=$( [ -f "$FIGURES" ] && awk -F'\t' '$4 == "FAIL"' "$FIGURES" | wc -l || echo 0)
for problem in "${failed_scripts[@]:-}"; do
  [ -n "$problem" ] && echo "Falhou: $problem"
done
if [ "$missed" -gt 0 ] || [ "${#failed_scripts[@]}" -gt 0 ]; then
  echo "$missed meta(s) não atingida(s)."
  exit 1
fi
echo "Todas as metas atingidas."
