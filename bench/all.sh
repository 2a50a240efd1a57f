#!/usr/bin/env bash
# Every performance figure of docs/PERFORMANCE.md, one script after the other, each with its own fresh database
# and application: pages against nginx, the chat endpoint, health polling, startup. Prints their tables.
# Usage: bench/all.sh   (takes about 20 minutes; needs wrk, nginx-light, taskset, curl)
set -euo pipefail
cd "$(dirname "$0")"
for step in "pages.sh" "chat.sh" "health-poll.sh" "startup.sh"; do
  echo "## bench/$step ($(date -u +%H:%M) UTC)"
  echo
  bash "$step" || echo "(bench/$step terminou com falha: veja acima)"
  echo
done
