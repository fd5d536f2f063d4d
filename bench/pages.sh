#!/usr/bin/env bash
# Latency of Bulwark pages under load with wrk, each compared to a static file of the same instance in the same run.
#
#   BULWARK_URL=http://127.0.0.1:8080 BULWARK_SESSION=<cookie> bench/pages.sh / /portfolio /risks
#
# Every page given is loaded by CLIENTS concurrent connections (default 32) for DURATION (default 30s), after a
# WARMUP (default 10s) of the same page (a request slower than TIMEOUT, default 10s, counts as an error); the static reference (STATIC, default /css/bulwark.css) is measured first and
# last, and the page's p95 is shown against the worse of the two. Get a session cookie with bench/signin.py; paths
# under /api/ are called with the personal API token in BULWARK_TOKEN instead (java -jar bulwark.jar token create).
set -euo pipefail
url="${BULWARK_URL:-http://127.0.0.1:8080}"
clients="${CLIENTS:-32}"
threads="${THREADS:-2}"
duration="${DURATION:-30s}"
warmup="${WARMUP:-10s}"
timeout="${TIMEOUT:-10s}"
static="${STATIC:-/css/bulwark.css}"
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -gt 0 ] || { echo "usage: $0 PAGE [PAGE...]   (e.g. / /portfolio)"; exit 2; }

measure() {
  local page="$1" code
  local auth="Cookie: BULWARK_SESSION=${BULWARK_SESSION:-}"
  if [ "${page#/api/}" != "$page" ]; then auth="Authorization: Bearer ${BULWARK_TOKEN:-}"; fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$url$page")
  if [ "$code" != "200" ]; then echo "$page answers HTTP $code (expected 200; is the session cookie valid?)" >&2; exit 1; fi
  wrk -t"$threads" -c"$clients" -d"$warmup" --timeout "$timeout" -s "$here/p95.lua" "$url$page" >/dev/null
  wrk -t"$threads" -c"$clients" -d"$duration" --timeout "$timeout" -s "$here/p95.lua" "$url$page" | grep '^RESULT' | sed 's/^RESULT //'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }

echo "Bulwark page latency: $url, $clients clients, $threads threads, $duration per page, $(nproc) cores"
first=$(measure "$static")
echo "  static $static: $first"
results=()
for page in "$@"; do
  r=$(measure "$page")
  results+=("$page|$r")
done
last=$(measure "$static")
echo "  static $static (again): $last"
ref=$(awk -v a="$(field p95_ms "$first")" -v b="$(field p95_ms "$last")" 'BEGIN { print (a > b) ? a : b }')
for entry in "${results[@]}"; do
  page="${entry%%|*}"; r="${entry#*|}"
  p95=$(field p95_ms "$r")
  ratio=$(awk -v p="$p95" -v s="$ref" 'BEGIN { printf "%.1f", (s > 0) ? p / s : 0 }')
  echo "  $page: $r  (p95 = ${ratio}x static p95 of $ref ms)"
done
