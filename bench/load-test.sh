#!/usr/bin/env bash
# Load test of the web register on loopback: wrk against many meeting pages and a few searches, bounded in time.
#
# Usage: bench/load-test.sh            the large synthetic register (MEETINGS meetings, default 10,000), generated once
#                                      into LARGE_DB by `Minutebook.Bench large-register` and reused by later runs
#        bench/load-test.sh --small    a fresh register of samples/ and ../shared/corpus
#        bench/load-test.sh DB         an existing register (SQLite file or postgres:// URL)
# Env: DURATION (10s), WARMUP (20s: with dynamic PGO the tiered JIT is still compiling hot server code for the
#      first 10-20 s under load; a server runs for hours, so the figures are of the steady state), CONNECTIONS (50), THREADS (2), CONFIG (Release), MEETINGS (10000),
#      LARGE_DB (${TMPDIR:-/tmp}/minutebook-large-register-$MEETINGS.db), MINUTEBOOK_DLL (a built Minutebook.Cli.dll)
#
# Each wrk request picks a meeting page at random from every meeting the register lists (read from /api/meetings,
# as /meetings shows one page of them; so no page is served twice from a warm cache by design), or a search at random from a few queries. Prints, per page kind:
# requests/s, p50, p95, p99 latency and errors (connect, read, write, timeout, HTTP status >= 400), and the
# load average. The goal (issue 6): meeting page p95 under 50 ms at 50 connections on the large register.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
DURATION=${DURATION:-10s}; CONNECTIONS=${CONNECTIONS:-50}; THREADS=${THREADS:-2}; CONFIG=${CONFIG:-Release}
MEETINGS=${MEETINGS:-10000}; LARGE_DB=${LARGE_DB:-${TMPDIR:-/tmp}/minutebook-large-register-$MEETINGS.db}
if [ -z "${MINUTEBOOK_DLL:-}" ]; then
  dotnet build -c "$CONFIG" src/Minutebook.Cli -v quiet -nologo >/dev/null
  MINUTEBOOK_DLL=src/Minutebook.Cli/bin/$CONFIG/net10.0/Minutebook.Cli.dll
fi
work=$(mktemp -d); server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
INGEST=()
case "${1:-}" in
  "")
    DB=$LARGE_DB
    dotnet run -c "$CONFIG" --project bench/Minutebook.Bench -- large-register --meetings "$MEETINGS" --db "$DB" ;;
  --small)
    DB=$work/register.db; INGEST=(--ingest samples); [ -d ../shared/corpus ] && INGEST+=(../shared/corpus) ;;
  *) DB=$1 ;;
esac
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dotnet "$MINUTEBOOK_DLL" serve --urls "http://127.0.0.1:$PORT" --db "$DB" "${INGEST[@]}" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 1200); do grep -q "serving the register" "$work/server.log" && break; kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
grep -q "serving the register" "$work/server.log" || { echo "the server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"

# every meeting the register lists (from the JSON API: the /meetings page shows one page of them), and a few
# searches (words and a phrase)
curl -sf -m 600 "$BASE/api/meetings" | python3 -c '
import json, sys, urllib.parse
for m in json.load(sys.stdin): print("/meetings/" + urllib.parse.quote(m["id"], safe=""))' | sort -u >"$work/meetings.txt"
[ -s "$work/meetings.txt" ] || { echo "no meeting in the register" >&2; cat "$work/server.log" >&2; exit 1; }
printf '%s\n' "/search?q=discharge+to+assess" "/search?q=better+care+fund" "/search?q=mental+health" "/search?q=safeguarding" \
  "/search?q=%22health+and+wellbeing+strategy%22" "/search?q=dementia" "/search?q=workforce" "/search?q=carers" >"$work/searches.txt"

cat >"$work/random.lua" <<'LUA'
-- each thread reads the list of paths and requests one at random each time
local paths = {}
local counter = 0
setup = function(thread) counter = counter + 1; thread:set("id", counter) end
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() * 1000 + (id or 0))
end
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("requests/s %.1f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  requests %d  errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, errors))
end
LUA

echo "register: $DB ($(wc -l <"$work/meetings.txt") meeting pages listed); $CONFIG build; $CONNECTIONS connections, $THREADS threads, $DURATION per page kind"
for list in meetings searches; do
  label=$([ "$list" = meetings ] && echo "meeting pages (random)" || echo "search pages (8 queries)")
  # warm up (the JIT's tiers settle, SQLite's page cache fills), not reported; then let the server finish what
  # wrk left in flight, so one kind's backlog never counts against the next
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-20s}" --timeout 5s -s "$work/random.lua" "$BASE" -- "$work/$list.txt" >/dev/null
  curl -s -o /dev/null -m 300 "$BASE$(head -1 "$work/meetings.txt")"
  echo "== $label — load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s -s "$work/random.lua" "$BASE" -- "$work/$list.txt" | tail -1
  curl -s -o /dev/null -m 300 "$BASE$(head -1 "$work/meetings.txt")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
