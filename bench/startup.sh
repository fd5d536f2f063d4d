#!/usr/bin/env bash
# Start-up benchmark: time from launching `java -jar target/bulwark.jar` until /actuator/health says UP,
# and the process's resident memory (RSS) right after. Each run uses a fresh data directory (first start:
# schema migration, master key) and then a second start on the same directory (a normal restart).
#
#   bench/startup.sh [runs] [extra JVM options...]
#   e.g. bench/startup.sh 5 -Xmx256m -XX:+UseSerialGC
#
# Goal (issue 2): ready in under 5 seconds and under 300 MB resident.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
shift || true
JVM_OPTS=("$@")
JAR=target/bulwark.jar
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
PORT="${BENCH_PORT:-18080}"

measure() {
	local data="$1"
	local start end pid rss
	start=$(date +%s%N)
	java "${JVM_OPTS[@]}" -jar "$JAR" --server.port="$PORT" --bulwark.data-dir="$data" >"$data.log" 2>&1 &
	pid=$!
	until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "Bulwark exited; see $data.log" >&2
			exit 1
		fi
		sleep 0.05
	done
	end=$(date +%s%N)
	sleep 1
	rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	printf '%s\t%d ms\t%d MB RSS\n' "$2" $(((end - start) / 1000000)) "$rss"
}

echo "JVM options: ${JVM_OPTS[*]:-(none)}  java: $(java -version 2>&1 | head -n 1)"
for i in $(seq 1 "$RUNS"); do
	data=$(mktemp -d /tmp/bulwark-bench-XXXXXX)
	measure "$data" "run $i first start"
	measure "$data" "run $i restart    "
	rm -rf "$data" "$data.log"
done
