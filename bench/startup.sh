#!/usr/bin/env bash
# Start-up benchmark: time from launch until /actuator/health says UP, and the process's resident memory
# (RSS) one second later. Three ways of running, each measured on a first start (empty data directory:
# schema migration, master key) and on a restart:
#   plain     java -jar target/bulwark.jar                      (JVM defaults)
#   small     java -Xmx256m -XX:+UseSerialGC -jar ...            (what ./mvnw spring-boot:run uses)
#   bin       bin/bulwark                                        (small-office settings + CDS archive)
#
#   bench/startup.sh [runs]
# Goal (issue 2): ready in under 5 seconds and under 300 MB resident.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
JAR=target/bulwark.jar
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
PORT="${BENCH_PORT:-18080}"

measure() {
	local label="$1" phase="$2" data="$3"
	shift 3
	local start end pid rss
	start=$(date +%s%N)
	BULWARK_DATA_DIR="$data" "$@" --server.port="$PORT" --bulwark.data-dir="$data" >"$data.log" 2>&1 &
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
	# bin/bulwark execs java, so $pid is the JVM in every case.
	rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	printf "%-6s %-12s %6d ms  %4d MB RSS\n" "$label" "$phase" $(((end - start) / 1000000)) "$rss"
}

echo "java: $(java -version 2>&1 | head -n 1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$RUNS"); do
	for mode in plain small bin; do
		data=$(mktemp -d /tmp/bulwark-bench-XXXXXX)
		case "$mode" in
			plain) cmd=(java -jar "$JAR") ;;
			small) cmd=(java -Xmx256m -XX:+UseSerialGC -jar "$JAR") ;;
			bin)
				# Prepare the CDS archive outside the measurement, as the first run of bin/bulwark would.
				BULWARK_DATA_DIR="$data" bin/bulwark audit verify --bulwark.data-dir="$data" >/dev/null 2>&1 || true
				rm -rf "$data/db" "$data/master.key"
				cmd=(bin/bulwark)
				;;
		esac
		measure "$mode" "first start" "$data" "${cmd[@]}"
		measure "$mode" "restart" "$data" "${cmd[@]}"
		rm -rf "$data" "$data.log"
	done
done
