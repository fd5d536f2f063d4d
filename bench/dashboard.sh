#!/usr/bin/env bash
# The posture dashboard's latency under load, with wrk (apt-get install wrk). Starts Bulwark on a loopback
# port with a fresh data directory, creates a practice, its security officer and an API token with the CLI,
# seeds a realistic amount of data through the API (bench/dashboard-seed.py: a whole assessment answered,
# about 40 risks, 500 assets with their findings, 300 own tasks, the catalog's recurring obligations), signs
# the officer in (password and authenticator code), then runs wrk against /actuator/health (the floor),
# the dashboard page / and GET /api/v1/dashboard. Prints p50/p90/p95/p99; stops the server it started.
#
#   bench/dashboard.sh                      # DURATION=30s CONNECTIONS=4 TASKS=300 ASSETS=500
#   BULWARK_URL=http://host:8080 BULWARK_SESSION=<cookie> BULWARK_TOKEN=<token> bench/dashboard.sh
#                                           # an already running server and practice instead
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh

duration="${DURATION:-30s}"
connections="${CONNECTIONS:-4}"
SERVER_PID=""
WORK=$(mktemp -d /tmp/bulwark-dashboard-bench.XXXXXX)
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -n "${BULWARK_URL:-}" ]; then
  url="$BULWARK_URL"
  : "${BULWARK_SESSION:?set BULWARK_SESSION to a signed-in session cookie (BULWARK_SESSION=...)}"
  : "${BULWARK_TOKEN:?set BULWARK_TOKEN to a personal API token}"
  cookie="BULWARK_SESSION=$BULWARK_SESSION"
  token="$BULWARK_TOKEN"
else
  port="${BENCH_PORT:-18482}"
  url="http://127.0.0.1:$port"
  JAR=target/bulwark.jar
  if [ ! -f "$JAR" ]; then
    echo "Building $JAR ..."
    ./mvnw -q -DskipTests package
  fi
  export BULWARK_DATA_DIR="$WORK/data" SERVER_PORT="$port"
  head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$WORK/password"
  java -jar "$JAR" setup --practice "Bench practice" --admin-name "Bench Officer" \
    --admin-email bench@example.test --admin-password-file "$WORK/password" >"$WORK/setup.out" 2>"$WORK/setup.log"
  # The CLI enrols the officer's authenticator and prints its secret: the seeder answers codes with it.
  sed -n 's/^Secret: //p' "$WORK/setup.out" | tr -d ' ' > "$WORK/totp"
  token=$(java -jar "$JAR" token create --email bench@example.test --practice "Bench practice" \
    --name bench --days 1 2>/dev/null)
  java ${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -jar "$JAR" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  wait_ready "$url" "$WORK/server.log"
  cookie=$(python3 bench/dashboard-seed.py "$url" "$token" bench@example.test "$WORK/password" \
    "$WORK/totp" "${TASKS:-300}" "${ASSETS:-500}")
fi

open_items=$(curl -fs -H "Authorization: Bearer $token" "$url/api/v1/dashboard" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["overdue"]), "overdue,", len(d["upcoming"]), "due in 30 days,", d["openFindings"], "open findings,", sum((d.get("assessment") or {}).get("risksByLevel", {}).values()), "risks")')
echo "Dashboard bench: $open_items; $(nproc) cores; wrk -c$connections -d$duration"
# Warm-up: the JIT and the caches, not measured.
wrk -t1 -c2 -d10s -H "Cookie: $cookie" "$url/" >/dev/null
for target in "/actuator/health|" "/|Cookie: $cookie" "/api/v1/dashboard|Authorization: Bearer $token"; do
  path="${target%%|*}"; header="${target#*|}"
  echo "== $path"
  if [ -n "$header" ]; then
    wrk -t2 -c"$connections" -d"$duration" -H "$header" -s bench/percentiles.lua "$url$path" | grep -E "Requests/sec|requests|  p[0-9]"
  else
    wrk -t2 -c"$connections" -d"$duration" -s bench/percentiles.lua "$url$path" | grep -E "Requests/sec|requests|  p[0-9]"
  fi
done
