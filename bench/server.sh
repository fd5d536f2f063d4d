# Sourced by the bench scripts: waits until the Bulwark just started answers its health check, or stops the
# script with the end of its log. Usage: wait_ready URL LOG_FILE
wait_ready() {
  local url="$1" log="$2"
  for _ in $(seq 1 240); do
    if curl -fs "$url/actuator/health" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "Server did not start"
  tail -20 "$log"
  exit 1
}
