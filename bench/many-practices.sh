#!/usr/bin/env bash
# The dashboard and the MSP portfolio under load with many practices (issue 15), from nothing: a fresh data
# directory (or PostgreSQL database), `setup`, `demo --practices N --member` (the bench account is a member of
# every practice), the server, a sign-in to the practice with the most assets, a long warm-up, then
# bench/pages.sh / /portfolio (each against a static file of the same server in the same run).
#
#   bench/many-practices.sh                      # H2, 1,000 practices
#   DB=postgresql bench/many-practices.sh        # PostgreSQL 15 on 127.0.0.1:5432 (trust auth), database bulwark_bench_many (recreated)
#   PRACTICES=200 WARMUP_SECONDS=60 bench/many-practices.sh
#
# The warm-up matters: on 2 cores the JIT's C2 compiler keeps compiling for 3-5 minutes under load, and figures
# taken before that are 2-3 times worse. BENCH_JAVA_OPTS sets the server's JVM options (default: none).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh

practices="${PRACTICES:-1000}"
db="${DB:-h2}"
warmup="${WARMUP_SECONDS:-240}"
port="${BENCH_PORT:-18483}"
url="http://127.0.0.1:$port"
JAR=target/bulwark.jar
SERVER_PID=""
WORK=$(mktemp -d /tmp/bulwark-many.XXXXXX)
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 2; }
if [ ! -f "$JAR" ]; then
  echo "Building $JAR ..."
  ./mvnw -q -DskipTests package
fi

export BULWARK_DATA_DIR="$WORK/data" SERVER_PORT="$port"
if [ "$db" = "postgresql" ]; then
  dropdb -h 127.0.0.1 -U postgres --if-exists bulwark_bench_many
  createdb -h 127.0.0.1 -U postgres bulwark_bench_many
  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/bulwark_bench_many
  export SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=""
fi
biggest() {
  local sql="select practice_id from inv_asset group by practice_id order by count(*) desc fetch first 1 rows only"
  if [ "$db" = "postgresql" ]; then
    psql -h 127.0.0.1 -U postgres -d bulwark_bench_many -Atc "$sql"
  else
    local h2
    h2=$(find "$HOME/.m2/repository/com/h2database/h2" -name 'h2-*.jar' | sort | tail -n 1)
    java -cp "$h2" org.h2.tools.Shell -user bulwark -password "" -sql "$sql" \
      -url "jdbc:h2:file:$BULWARK_DATA_DIR/db/bulwark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" | sed -n 2p | tr -d ' '
  fi
}

head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$WORK/password"
java -jar "$JAR" setup --practice "Bench MSP" --admin-name "Bench Admin" \
  --admin-email bench@example.test --admin-password-file "$WORK/password" >"$WORK/setup.out" 2>"$WORK/setup.log"
secret=$(sed -n 's/^Secret: //p' "$WORK/setup.out" | tr -d ' ')
start=$(date +%s.%N)
java -jar "$JAR" demo --practices "$practices" --member bench@example.test >"$WORK/demo.out" 2>&1 \
  || { cat "$WORK/demo.out"; exit 1; }
echo "demo --practices $practices ($db): $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s with JVM start"
tail -n 2 "$WORK/demo.out"
practice=$(biggest)
if [ "$db" = "postgresql" ]; then
  # Statistics after the bulk load, as autovacuum would gather them in production (see docs/operations).
  psql -h 127.0.0.1 -U postgres -d bulwark_bench_many -qc analyze
fi

java ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_ready "$url" "$WORK/server.log"
session=$(python3 bench/signin.py "$url" bench@example.test "$WORK/password" "$secret" "$practice")
echo "Signed in to practice $practice; warming up for $warmup s"
cookie="Cookie: BULWARK_SESSION=$session"
wrk -t2 -c32 -d"$((warmup / 2))s" -H "$cookie" "$url/" >/dev/null
wrk -t2 -c32 -d"$((warmup / 3))s" -H "$cookie" "$url/portfolio" >/dev/null
wrk -t2 -c32 -d"$((warmup / 6))s" "$url/css/bulwark.css" >/dev/null
BULWARK_URL="$url" BULWARK_SESSION="$session" bench/pages.sh / /portfolio
