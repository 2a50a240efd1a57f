#!/usr/bin/env bash
# The assistant's evaluation (docs/ASSISTANT.md): every labelled question of
# src/test/resources/assistant-eval/{heldout3,heldout2,heldout,tuning}.tsv asked to the assistant, the figures printed per part.
# Usage:
#   bench/assistant-eval.sh                 runs AssistantEvaluationTests (embedded PostgreSQL, knowledge-base mode)
#   bench/assistant-eval.sh http://host:port  asks a running application through POST /api/chat
# Against a running application the questions come from 127.0.0.x addresses (X-Forwarded-For), so the per-address
# rate limit is not hit; the application must trust the proxy 127.0.0.1 (the default COURT_TRUSTED_PROXIES).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
echo "assistant evaluation, $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ $# -eq 0 ]; then
  ./mvnw -B -q test -Dtest=AssistantEvaluationTests -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
    | sed -n '/== assistant evaluation/,/^[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T/p' | grep -v '^[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T'
  exit "${PIPESTATUS[0]}"
fi
exec python3 "$ROOT/bench/assistant_eval.py" "$1" "$ROOT/src/test/resources/assistant-eval"
