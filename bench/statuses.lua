-- For the fault scripts: wrk load that counts every response by second, status and whether it is the answer a
-- citizen should get, so the script can split the counts into the phases of a fault (before, during, after).
--   wrk ... -s statuses.lua http://127.0.0.1:PORT -- pages /a /b ...   GET each path in turn, as a browser
--   wrk ... -s statuses.lua http://127.0.0.1:PORT -- chat               POST new chat conversations
-- A 503 is "ok" only when it is the Portuguese error page (pages) or Portuguese problem+json (chat).
-- done() prints one line per (second, status, class): "S <epoch second> <status> <ok|bad> <count>".
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local mode = "pages"
local paths = {}
local counter = 0
counts = {}

function init(args)
  mode = args[1] or "pages"
  for i = 2, #args do
    paths[#paths + 1] = args[i]
  end
  if mode == "chat" then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Accept"] = "application/json"
  else
    wrk.headers["Accept"] = "text/html"
  end
end

local questions = { "Como pego uma certidão?", "A vara está aberta hoje?", "Como funciona o Balcão Virtual?" }

function request()
  counter = counter + 1
  if mode == "chat" then
    -- A different citizen address each time (127.0.0.1 is a trusted proxy), as in chat.lua.
    wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255),
      math.random(1, 254))
    local body = string.format('{"message": "%s"}', questions[(counter % #questions) + 1])
    return wrk.format(nil, "/api/chat", nil, body)
  end
  return wrk.format(nil, paths[(counter % #paths) + 1])
end

local function header(headers, name)
  for key, value in pairs(headers) do
    if string.lower(key) == name then
      return value
    end
  end
  return ""
end

function response(status, headers, body)
  local class = "ok"
  if status == 503 then
    local portuguese = string.find(body, "indispon", 1, true) ~= nil
    if mode == "chat" then
      portuguese = portuguese and string.find(header(headers, "content-type"), "application/problem+json", 1, true) ~= nil
    end
    if not portuguese then
      class = "bad"
    end
  elseif status ~= 200 then
    class = "bad"
  end
  local key = os.time() .. " " .. status .. " " .. class
  counts[key] = (counts[key] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for key, n in pairs(thread:get("counts")) do
      total[key] = (total[key] or 0) + n
    end
  end
  for key, n in pairs(total) do
    io.write(string.format("S %s %d\n", key, n))
  end
  io.write(string.format("E timeouts=%d connect=%d read=%d write=%d\n", summary.errors.timeout,
    summary.errors.connect, summary.errors.read, summary.errors.write))
end
