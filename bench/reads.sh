#!/usr/bin/env bash
# Issue 8's read scenario: every page and API read of one practice, at 32 concurrent clients, against
# /actuator/health in the same run. Starts Bulwark on a loopback port with a fresh data directory (H2, or an
# empty PostgreSQL database given in BENCH_PG_URL), creates the practice, its security officer and an API
# token with the CLI, seeds it through the API (bench/dashboard-seed.py: a whole assessment answered, about
# 40 risks, ASSETS assets with their findings, TASKS own tasks), signs the officer in, then runs
# bench/pages.sh with /actuator/health as the reference. Stops the server it started.
#
#   bench/reads.sh                                   # H2; ASSETS=1000 TASKS=300 CLIENTS=32 DURATION=20s PREWARM=30s
#   BENCH_PG_URL=jdbc:postgresql://127.0.0.1:5432/bench_reads bench/reads.sh     # an empty PostgreSQL database
#   bench/reads.sh / /inventory /api/v1/assets      # only these reads
#   BENCH_JAR=/tmp/old.jar bench/reads.sh            # another build, e.g. to compare before and after
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
SERVER_PID=""
WORK=$(mktemp -d /tmp/bulwark-reads-bench.XXXXXX)
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  pages=(/ /inventory/assets /inventory/findings /inventory/diagram /risks /treatment-plan /tasks /vendors /audit
         /api/v1/assets /api/v1/findings /api/v1/dashboard /api/v1/tasks /api/v1/me)
fi
db="H2 file"
if [ -n "${BENCH_PG_URL:-}" ]; then
  export SPRING_DATASOURCE_URL="$BENCH_PG_URL" SPRING_DATASOURCE_USERNAME="${BENCH_PG_USER:-postgres}" \
    SPRING_DATASOURCE_PASSWORD=""
  db="PostgreSQL ($BENCH_PG_URL)"
fi
port="${BENCH_PORT:-18483}"
url="http://127.0.0.1:$port"
JAR=${BENCH_JAR:-target/bulwark.jar}
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
export BULWARK_DATA_DIR="$WORK/data" SERVER_PORT="$port"
head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$WORK/password"
java -jar "$JAR" setup --practice "Bench practice" --admin-name "Bench Officer" \
  --admin-email bench@example.test --admin-password-file "$WORK/password" >"$WORK/setup.out" 2>"$WORK/setup.log"
sed -n 's/^Secret: //p' "$WORK/setup.out" | tr -d ' ' > "$WORK/totp"
token=$(java -jar "$JAR" token create --email bench@example.test --practice "Bench practice" --name bench --days 1 \
  2>/dev/null)
java ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_ready "$url" "$WORK/server.log"
cookie=$(python3 bench/dashboard-seed.py "$url" "$token" bench@example.test "$WORK/password" "$WORK/totp" \
  "${TASKS:-300}" "${ASSETS:-1000}")
if [ -n "${BENCH_PG_URL:-}" ]; then
  # What autovacuum does in production a minute after a bulk load (and what docs/operations/postgresql.md tells
  # operators to do); without statistics PostgreSQL plans every practice table as if it had one row.
  psql -h 127.0.0.1 -U "${BENCH_PG_USER:-postgres}" -d "${BENCH_PG_URL##*/}" -qc analyze
fi
echo "Reads bench: $db, ${ASSETS:-1000} assets, JVM options: ${BENCH_JAVA_OPTS:-defaults}"
# The JIT: on 2 cores C2 keeps compiling for minutes under load, and a page measured before that is 2-3 times
# slower. PREWARM (default 30s; 15s left the first pages measured before C2 had settled) loads every read at 32
# clients before any is measured.
for page in "${pages[@]}"; do
  if [ "${page#/api/}" != "$page" ]; then header="Authorization: Bearer $token"; else header="Cookie: $cookie"; fi
  wrk -t2 -c32 -d"${PREWARM:-30s}" -H "$header" "$url$page" >/dev/null
done
BULWARK_URL="$url" BULWARK_SESSION="${cookie#BULWARK_SESSION=}" BULWARK_TOKEN="$token" \
  STATIC="${STATIC:-/actuator/health}" CLIENTS="${CLIENTS:-32}" DURATION="${DURATION:-20s}" WARMUP="${WARMUP:-5s}" \
  bench/pages.sh "${pages[@]}"
