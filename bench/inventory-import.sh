#!/usr/bin/env bash
# Measures the inventory CSV import: generates a CSV of N assets (default 10,000), starts Bulwark on
# a loopback port with a fresh data directory, creates a practice, a security officer and an API
# token with the CLI, then times POST /api/v1/assets/import (IMPORTS imports of N rows each, default
# three, into the same practice, so the last runs against (IMPORTS-1)*N assets) and one export. Prints
# the figures with the load average; stops the server it started.
#
#   bench/inventory-import.sh [rows] [imports]
#
# H2 (the default). For PostgreSQL set BENCH_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/bench,
# an existing empty database) and optionally BENCH_PG_USER (default postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh

ROWS=${1:-10000}
IMPORTS=${2:-${IMPORTS:-3}}
PORT=${BENCH_PORT:-18481}
JAR=${BENCH_JAR:-target/bulwark.jar}
WORK=$(mktemp -d /tmp/bulwark-bench.XXXXXX)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ ! -f "$JAR" ]; then
  echo "Building $JAR ..."
  ./mvnw -q -DskipTests package
fi

export BULWARK_DATA_DIR="$WORK/data"
export SERVER_PORT="$PORT"
if [ -n "${BENCH_PG_URL:-}" ]; then
  export SPRING_DATASOURCE_URL="$BENCH_PG_URL"
  export SPRING_DATASOURCE_USERNAME="${BENCH_PG_USER:-postgres}"
  export SPRING_DATASOURCE_PASSWORD=""
  DB="PostgreSQL ($BENCH_PG_URL)"
else
  DB="H2 (file, $BULWARK_DATA_DIR)"
fi

head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$WORK/password"
java -jar "$JAR" setup --practice "Bench practice" --admin-name "Bench Officer" --admin-email bench@example.test \
  --admin-password-file "$WORK/password" >/dev/null 2>"$WORK/setup.log"
TOKEN=$(java -jar "$JAR" token create --email bench@example.test --practice "Bench practice" \
  --name bench --days 1 2>/dev/null)

java -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_ready "http://127.0.0.1:$PORT" "$WORK/server.log"

# A realistic mix: five kinds, a quarter storing ePHI, one in ten unencrypted, quoted names with commas.
awk -v rows="$ROWS" 'BEGIN {
  print "name,kind,assigned_to,location,manufacturer,model,os_version,serial_number,ip_address,ephi,encryption,encryption_method,mfa,backed_up,patch_status,anti_malware,network_segment,notes";
  split("workstation,laptop,server,cloud_service,mobile", kinds, ",");
  for (i = 0; i < rows; i++) {
    printf "\"Asset %d, room %d\",%s,Person %d,Site %d,Dell,OptiPlex %d,Windows 11,SN%08d,10.0.%d.%d,%s,%s,BitLocker,yes,yes,%s,yes,Segment %d,\"Imported, bench\"\n",
      i, i % 50, kinds[i % 5 + 1], i % 40, i % 3, i % 9, i, int(i / 250) % 250, i % 250,
      (i % 4 == 0) ? "stores" : "accesses", (i % 10 == 0) ? "no" : "yes", (i % 17 == 0) ? "behind" : "current", i % 5;
  }
}' > "$WORK/assets.csv"

echo "Bulwark inventory import bench: $ROWS rows ($(du -h "$WORK/assets.csv" | cut -f1)), $DB, $(nproc) cores"
for run in $(seq 1 "$IMPORTS"); do
  out=$(curl -s -o "$WORK/result.json" -w '%{http_code} %{time_total}' \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
    --data-binary @"$WORK/assets.csv" "http://127.0.0.1:$PORT/api/v1/assets/import")
  created=$(grep -o '"created":[0-9]*' "$WORK/result.json" | cut -d: -f2)
  echo "  import $run: HTTP ${out% *}, created ${created:-?}, ${out#* } s (load $(cut -d' ' -f1 /proc/loadavg))"
done
out=$(curl -s -o "$WORK/export.csv" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
  "http://127.0.0.1:$PORT/api/v1/assets/export")
echo "  export of $(($(wc -l < "$WORK/export.csv") - 1)) rows: HTTP ${out% *}, ${out#* } s (load $(cut -d' ' -f1 /proc/loadavg))"
# With LOGGING_LEVEL_DEV_BULWARK_INVENTORY=DEBUG the server logs where the time went.
grep -h "CSV import of" "$WORK/server.log" | sed 's/^.*CSV import/  server: CSV import/' || true
