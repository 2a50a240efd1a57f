-- Paces each wrk connection so that all of them together send about RATE requests per second (wrk itself sends as
-- fast as it can). wrk measures latency from the moment a request is sent, so the pause is not counted.
local rate = tonumber(os.getenv("RATE") or "500")
local connections = tonumber(os.getenv("CONNECTIONS") or "10")
local pause = connections * 1000 / rate

-- Exponential gaps of that mean (Poisson arrivals): a fixed pause keeps the connections in step, and the server
-- gets bursts of all of them at once instead of the rate.
function delay()
  return -pause * math.log(1 - math.random())
end

local non2xx = 0

function response(status, headers, body)
  if status ~= 200 then
    non2xx = non2xx + 1
  end
end
