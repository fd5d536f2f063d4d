#!/usr/bin/env bash
# Single-request latency of the pages and reads that grow with the inventory, at 10,000 assets (issue 8).
# Starts Bulwark on a loopback port with a fresh data directory, creates a practice, its security officer and
# an API token with the CLI, seeds through the API with bench/dashboard-seed.py (every question of an
# assessment answered, about 40 risks; ASSETS assets imported as CSV in one call, with their findings), signs
# the officer in as a browser does, then times each request with curl: WARMUP requests first (not counted),
# then RUNS requests one after another; prints the median, the fastest and the slowest, the response size and
# the load average. Stops the server it started.
#
#   bench/assets10k.sh                           # ASSETS=10000 RUNS=5 WARMUP=2
#   SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/bench10k SPRING_DATASOURCE_USERNAME=postgres \
#     bench/assets10k.sh                         # an existing empty PostgreSQL database
#   BENCH_JAVA_OPTS="-Xmx512m" bench/assets10k.sh   # JVM options of the server (default -Xmx256m, serial GC)
#   BENCH_JAR=/tmp/other.jar bench/assets10k.sh     # another build (default target/bulwark.jar)
#   CONCURRENT_REPORTS=8 bench/assets10k.sh         # then 8 report downloads at once (default 0: none), with the
#                                                   # server's peak RSS, its collections and a page timed meanwhile
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh

assets="${ASSETS:-10000}"
runs="${RUNS:-5}"
warmup="${WARMUP:-2}"
port="${BENCH_PORT:-18483}"
url="http://127.0.0.1:$port"
JAR=${BENCH_JAR:-target/bulwark.jar}
WORK=$(mktemp -d /tmp/bulwark-assets10k.XXXXXX)
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
export BULWARK_DATA_DIR="$WORK/data" SERVER_PORT="$port"
if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  export SPRING_DATASOURCE_USERNAME="${SPRING_DATASOURCE_USERNAME:-postgres}"
  export SPRING_DATASOURCE_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
  db="PostgreSQL ($SPRING_DATASOURCE_URL)"
else
  db="H2 (file)"
fi

head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$WORK/password"
java -jar "$JAR" setup --practice "Bench practice" --admin-name "Bench Officer" \
  --admin-email bench@example.test --admin-password-file "$WORK/password" >"$WORK/setup.out" 2>"$WORK/setup.log"
sed -n 's/^Secret: //p' "$WORK/setup.out" | tr -d ' ' > "$WORK/totp"
token=$(java -jar "$JAR" token create --email bench@example.test --practice "Bench practice" \
  --name bench --days 1 2>/dev/null)
java ${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_ready "$url" "$WORK/server.log"

seed_start=$(date +%s.%N)
cookie=$(python3 bench/dashboard-seed.py "$url" "$token" bench@example.test "$WORK/password" "$WORK/totp" 0 "$assets")
seed_end=$(date +%s.%N)
if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  # Statistics after the bulk load, as autovacuum would gather them in production (see docs/operations).
  psql -h 127.0.0.1 -U "$SPRING_DATASOURCE_USERNAME" -d "${SPRING_DATASOURCE_URL##*/}" -qc analyze
fi
auth="Authorization: Bearer $token"
assessment=$(curl -fs -H "$auth" "$url/api/v1/assessments" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
asset=$(curl -fs -H "$auth" "$url/api/v1/assets?q=Asset%205000" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
total=$(curl -fs -D - -o /dev/null -H "$auth" "$url/api/v1/assets" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')
findings=$(curl -fs -D - -o /dev/null -H "$auth" "$url/api/v1/findings" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')

echo "Bulwark at $assets assets: $db, $(nproc) cores; $total assets, $findings open findings;" \
  "seeding took $(printf '%.0f' "$(echo "$seed_end - $seed_start" | bc)") s"
echo "Each request: $warmup warm-up, then the median of $runs (fastest-slowest), seconds"
time_request() { # label, header, path
  local label="$1" header="$2" path="$3" times=() out code size
  for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null -H "$header" "$url$path"; done
  for _ in $(seq 1 "$runs"); do
    out=$(curl -s -o "$WORK/body" -w '%{http_code} %{time_total} %{size_download}' -H "$header" "$url$path")
    read -r code t size <<<"$out"
    times+=("$t")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  printf '  %-28s HTTP %s  %6.3f s  (%.3f-%.3f)  %8d bytes  load %s\n' "$label" "$code" "$median" \
    "$(echo "$sorted" | head -1)" "$(echo "$sorted" | tail -1)" "$size" "$(cut -d' ' -f1 /proc/loadavg)"
}
session="Cookie: $cookie"
time_request "health (floor)" "X-Bench: 1" "/actuator/health"
time_request "asset list page" "$session" "/inventory/assets"
time_request "findings page" "$session" "/inventory/findings"
time_request "one asset's page" "$session" "/inventory/assets/$asset"
time_request "dashboard" "$session" "/"
time_request "data-flow diagram page" "$session" "/inventory/diagram"
time_request "GET /api/v1/assets" "$auth" "/api/v1/assets"
time_request "assessment report PDF" "$auth" "/api/v1/assessments/$assessment/report.pdf"
echo "  report: $(wc -c < "$WORK/body") bytes (the last download)"

# Memory under concurrent report downloads (issue 8): CONCURRENT_REPORTS downloads of the report at once, while
# the server's resident memory is sampled every 0.2 s and one page is timed in the middle of the load.
reports="${CONCURRENT_REPORTS:-0}"
if [ "$reports" -gt 0 ]; then
  gc_counts() { # young and full collections and total GC seconds so far, from jstat's named columns
    jstat -gc "$SERVER_PID" | awk 'NR==1 {for (i = 1; i <= NF; i++) c[$i] = i} NR==2 {print $c["YGC"], $c["FGC"], $c["GCT"]}'
  }
  read -r ygc0 fgc0 gct0 <<<"$(gc_counts)"
  ( peak=0; while kill -0 "$SERVER_PID" 2>/dev/null; do
      rss=$(awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || echo 0)
      [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" > "$WORK/peak"
      sleep 0.2
    done ) &
  sampler=$!
  start=$(date +%s.%N)
  downloads=()
  for i in $(seq 1 "$reports"); do
    curl -s -o "$WORK/report$i" -w '%{http_code} %{time_total}\n' -H "$auth" \
      "$url/api/v1/assessments/$assessment/report.pdf" > "$WORK/report$i.out" &
    downloads+=($!)
  done
  sleep 1
  during=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "$session" "$url/")
  wait "${downloads[@]}"
  end=$(date +%s.%N)
  kill "$sampler" 2>/dev/null || true
  read -r ygc1 fgc1 gct1 <<<"$(gc_counts)"
  echo "$reports report downloads at once: all done in $(printf '%.1f' "$(echo "$end - $start" | bc)") s"
  cat "$WORK"/report*.out | sort | awk '{n[$1]++; if ($2 > max) max = $2} END {for (c in n) printf "  HTTP %s: %d", c, n[c]; printf ", slowest %.1f s\n", max}'
  echo "  dashboard during the downloads: HTTP ${during% *}, ${during#* } s"
  echo "  server: peak RSS $(( $(cat "$WORK/peak" 2>/dev/null || echo 0) / 1024 )) MB;" \
    "$((ygc1 - ygc0)) young and $((fgc1 - fgc0)) full collections, $(echo "$gct1 - $gct0" | bc) s of GC; load $(cut -d' ' -f1 /proc/loadavg)"
fi
