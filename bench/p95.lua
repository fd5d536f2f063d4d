-- wrk: send the session cookie (BULWARK_SESSION in the environment) to pages, or a personal API token
-- (BULWARK_TOKEN) to /api/ paths, and print p50/p95/p99 and errors.
local session = os.getenv("BULWARK_SESSION")
local token = os.getenv("BULWARK_TOKEN")
if wrk.path:sub(1, 5) == "/api/" and token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
elseif session and session ~= "" then
  wrk.headers["Cookie"] = "BULWARK_SESSION=" .. session
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f rps=%.0f errors=%d non2xx=%d\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, non2xx))
end
