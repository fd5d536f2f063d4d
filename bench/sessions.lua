-- wrk: one signed-in session per thread, as several people each with their own browser (run with -t equal
-- to -c, so each connection is one person). BULWARK_SESSIONS holds the session cookies' values, separated
-- by commas; with one value every connection shares it, like several tabs of one browser. Prints the
-- same RESULT line as p95.lua.
local sessions = {}
for value in string.gmatch(os.getenv("BULWARK_SESSIONS") or "", "[^,]+") do
  table.insert(sessions, value)
end
local next_index = 0

setup = function(thread)
  next_index = next_index + 1
  thread:set("session", sessions[((next_index - 1) % #sessions) + 1])
end

init = function(args)
  wrk.headers["Cookie"] = "BULWARK_SESSION=" .. session
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f rps=%.0f errors=%d non2xx=%d\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
