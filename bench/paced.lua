-- Each connection waits PACE_MS between requests: connections * 1000 / PACE_MS requests per second in all.
local pace = tonumber(os.getenv("PACE_MS") or "20")
function delay()
  return pace
end
