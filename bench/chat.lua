-- Each request opens a new conversation from a different citizen address (sent by 127.0.0.1, a trusted proxy),
-- so the per-address limit of 30 a minute applies as it would to 1,500 different people.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
local questions = {
  "Como pego uma certidão?",
  "Quando é a minha audiência?",
  "A vara está aberta hoje?",
  "Como funciona o Balcão Virtual?",
}
local counter = 0

request = function()
  counter = counter + 1
  local address = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  wrk.headers["X-Forwarded-For"] = address
  local body = string.format('{"message": "%s"}', questions[(counter % #questions) + 1])
  return wrk.format(nil, "/api/chat", nil, body)
end
