-- Each request opens a new conversation from a different citizen address (sent by 127.0.0.1, a trusted proxy),
-- so the per-address limit of 30 a minute applies as it would to 1,500 different people.
-- With RATE set (and CONNECTIONS, the -c given to wrk) every connection is paced so that together they send
-- RATE requests per second, Poisson arrivals: an open-loop run at a fixed rate instead of as fast as the server
-- answers.
-- At the end it prints how many answers came from the model ("mode":"ai") and the statuses seen.
-- The four questions repeat, so after the first of each the application serves their search from its cache;
-- with UNIQUE=1 every question ends in a number of its own ("… (pedido 1234)"), so every search misses the cache
-- and runs its SQL: the cost of a question never asked before.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
-- Four questions that the model answers when it is configured: questions the court's live data answers
-- ("A vara está aberta hoje?") get mode "direct" and never reach the model, so they cannot count "by the model".
local questions = {
  "Como pego uma certidão?",
  "O que acontece na audiência de conciliação?",
  "Como peço a justiça gratuita?",
  "Como funciona o Balcão Virtual?",
}
local counter = 0
-- Globals, not locals: done() reads them from each thread with thread:get.
ai = 0
knowledge = 0
statuses = {}
-- TIMELINE=1: answers per second of the run, by status ("segundo 200 503" lines at the end).
timeline = {}
local timed = os.getenv("TIMELINE") == "1"
local threads = {}

local unique = os.getenv("UNIQUE") == "1"
local rate = tonumber(os.getenv("RATE") or "0")
if rate > 0 then
  local pause = tonumber(os.getenv("CONNECTIONS") or "64") * 1000 / rate
  -- Exponential gaps of that mean: each connection is a Poisson stream, so together they are one at RATE. A fixed
  -- pause kept the connections in step (they all start at once and answers take far less than the pause), and
  -- the server got bursts of CONNECTIONS requests at the same instant instead of a steady rate.
  function delay()
    return -pause * math.log(1 - math.random())
  end
end

function setup(thread)
  table.insert(threads, thread)
end

request = function()
  counter = counter + 1
  local address = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  wrk.headers["X-Forwarded-For"] = address
  local question = questions[(counter % #questions) + 1]
  if unique then
    question = string.format("%s (pedido %d)", question, counter)
  end
  local body = string.format('{"message": "%s"}', question)
  return wrk.format(nil, "/api/chat", nil, body)
end

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if timed then
    -- One flat table (second * 1000 + status): wrk copies nested tables between threads badly.
    local key = os.time() * 1000 + status
    timeline[key] = (timeline[key] or 0) + 1
  end
  if status == 200 then
    if string.find(body, '"mode":"ai"', 1, true) then
      ai = ai + 1
    else
      knowledge = knowledge + 1
    end
  end
end

done = function(summary, latency, requests)
  local total_ai, total_kb, seen = 0, 0, {}
  for _, thread in ipairs(threads) do
    total_ai = total_ai + (thread:get("ai") or 0)
    total_kb = total_kb + (thread:get("knowledge") or 0)
    local s = thread:get("statuses") or {}
    for code, n in pairs(s) do
      seen[code] = (seen[code] or 0) + n
    end
  end
  local parts = {}
  for code, n in pairs(seen) do
    table.insert(parts, code .. "=" .. n)
  end
  io.write(string.format("CHAT_MODES ai=%d knowledge-base=%d\n", total_ai, total_kb))
  io.write("CHAT_STATUSES " .. table.concat(parts, ",") .. "\n")
  if timed then
    local rows, first = {}, nil
    for _, thread in ipairs(threads) do
      for key, n in pairs(thread:get("timeline") or {}) do
        local second, code = math.floor(key / 1000), key % 1000
        local merged = rows[second] or {}
        merged[code] = (merged[code] or 0) + n
        rows[second] = merged
        if first == nil or second < first then
          first = second
        end
      end
    end
    local seconds = {}
    for second in pairs(rows) do
      table.insert(seconds, second)
    end
    table.sort(seconds)
    for _, second in ipairs(seconds) do
      io.write(string.format("CHAT_SECOND %d 200=%d 503=%d\n", second - first, rows[second][200] or 0,
        rows[second][503] or 0))
    end
  end
end
