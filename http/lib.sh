# Shared by the http/ examples: where the services are, tokens, and a curl wrapper that shows each exchange.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMMAND_URL="${COMMAND_URL:-http://localhost:8081/api/v1}"
QUERY_URL="${QUERY_URL:-http://localhost:8082/api/v1}"
RUN="${RUN:-$(date +%s | tail -c 7)}"   # a suffix so that the examples can run again on the same database

token() { "$ROOT/bin/token" "$@"; }
PREFECTURE_69="${PREFECTURE_69:-$(token --sub agent-pref-69 --name "Bureau de la sécurité, préfecture du Rhône" --roles PREFECTURE --departements 69)}"
MINISTRY="${MINISTRY:-$(token --sub cellule-cls --name "Cellule interministérielle CLS" --roles MINISTRY --departements "")}"
INSPECTION="${INSPECTION:-$(token --sub igadm-1 --name "Mission d'inspection" --roles INSPECTION --departements "")}"
AUDITOR="${AUDITOR:-$(token --sub auditeur-1 --name "Auditeur" --roles AUDITOR --departements "")}"
ADMIN="${ADMIN:-$(token --sub exploitation --name "Exploitation" --roles ADMIN --departements "")}"

LAST_BODY=""
LAST_STATUS=""

# call EXPECTED_STATUS METHOD URL TOKEN [BODY] [extra curl args...]
call() {
  local expected="$1" method="$2" url="$3" bearer="$4" body="${5:-}"
  shift 4; [[ $# -gt 0 ]] && shift
  local args=(-sS -o /tmp/cls-http-body -w '%{http_code}' -X "$method" "$url" -H "Authorization: Bearer $bearer")
  [[ -n "$body" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  LAST_STATUS=$(curl "${args[@]}" "$@")
  LAST_BODY=$(cat /tmp/cls-http-body)
  printf '%s %s -> %s\n  %s\n' "$method" "${url#http://}" "$LAST_STATUS" "${LAST_BODY:0:300}"
  if [[ "$LAST_STATUS" != "$expected" ]]; then
    echo "expected $expected" >&2
    exit 1
  fi
}

# position of the last command answer, for reads that wait for it (minPosition)
position() { sed -E 's/.*"position":([0-9]+).*/\1/' <<<"$LAST_BODY"; }
