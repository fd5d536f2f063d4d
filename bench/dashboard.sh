#!/usr/bin/env bash
# Dashboard p95 versus /actuator/health, with wrk (apt-get install wrk). Start Bulwark first and sign in
# in a browser; pass the session cookie so the dashboard renders for a security officer:
#   BULWARK_URL=http://127.0.0.1:8080 BULWARK_SESSION=<cookie value> bench/dashboard.sh
# Use a practice with a realistic amount of data (an assessment with answers, a few hundred calendar items).
set -euo pipefail
url="${BULWARK_URL:-http://127.0.0.1:8080}"
: "${BULWARK_SESSION:?set BULWARK_SESSION to a signed-in session cookie}"
duration="${DURATION:-30s}"
echo "== /actuator/health"
wrk -t2 -c8 -d"$duration" --latency "$url/actuator/health" | grep -E "Latency|50%|90%|99%|Requests/sec"
echo "== / (dashboard)"
wrk -t2 -c8 -d"$duration" --latency -H "Cookie: BULWARK_SESSION=$BULWARK_SESSION" "$url/" \
  | grep -E "Latency|50%|90%|99%|Requests/sec"
# wrk prints the 50/75/90/99th percentiles; read p95 between the 90% and 99% lines, or add a Lua
# done() hook printing latency:percentile(95).
