#!/usr/bin/env bash
# Report rendering benchmark: how long the PDF report of a complete assessment (every question answered,
# every addressable decision made, a risk per weakness with its tasks; about 50 pages) takes to render.
# Cold = a fresh JVM renders once; warm = the median of repeated renders in one JVM.
#
#   bench/report-render.sh [cold runs] [warm renders] [extra JVM options...]
#   e.g. bench/report-render.sh 3 20 -Xmx256m
#
# Goal (issue 3): under 2 seconds for a full assessment's report.
set -euo pipefail
cd "$(dirname "$0")/.."
COLD_RUNS="${1:-3}"
WARM_RUNS="${2:-20}"
shift 2 || true
JVM_OPTS=("$@")
OFFLINE=()
[ -d "$HOME/.m2/repository/org/springframework/boot" ] && OFFLINE=(-o)
./mvnw -q -B "${OFFLINE[@]}" -Dspring-javaformat.skip=true test-compile
CP_FILE=target/bench-classpath.txt
./mvnw -q -B "${OFFLINE[@]}" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
MAIN=dev.bulwark.assessment.ReportRenderBenchmark

echo "JVM options: ${JVM_OPTS[*]:-(none)}  java: $(java -version 2>&1 | head -n 1)  cores: $(nproc)"
# The libraries log at INFO/DEBUG outside Spring Boot; keep only the figures.
for i in $(seq 1 "$COLD_RUNS"); do
	java "${JVM_OPTS[@]}" -cp "$CP" "$MAIN" cold 2>/dev/null | grep -E '^(cold|warm|after)'
	java "${JVM_OPTS[@]}" -cp "$CP" "$MAIN" started 2>/dev/null | grep -E '^(cold|warm|after)'
done
java "${JVM_OPTS[@]}" -cp "$CP" "$MAIN" warm "$WARM_RUNS" 2>/dev/null | grep -E '^(cold|warm):'
