-- Issues of consumables through the API (POST /api/v1/stock/issues), for wrk: 1 unit at a time to the
-- cost centre BENCH, spread over the store/item pairs listed in CMMS_STOCK_PAIRS (one "storeId itemId"
-- per line; stock.sh writes the pairs that hold plenty), so every answer should be a 201.
-- The summary prints the answers that were not 201 (a 409 means a pair ran out, a 400 the body is wrong).

local key = os.getenv("CMMS_API_KEY") or "cmms_demoville_valbrune-demo-api-key-ville-2026"
local file = os.getenv("CMMS_STOCK_PAIRS") or "pairs.txt"
local pairs_list = {}
local threads = {}
local thread_id = 0
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id or 0
  for line in io.lines(file) do
    local store, item = string.match(line, "^(%S+)%s+(%S+)$")
    if store then
      table.insert(pairs_list, { store = store, item = item })
    end
  end
  wrk.headers["X-Api-Key"] = key
  wrk.headers["Accept"] = "application/json"
  wrk.headers["Content-Type"] = "application/json"
  failures = 0
  created = 0
  conflicts = 0
  errors = 0
  -- Threads start at different places in the list: two threads rarely hit the same pair at once.
  counter = math.floor(#pairs_list * (thread_id - 1) / 2)
end

function request()
  counter = counter + 1
  local pair = pairs_list[(counter % #pairs_list) + 1]
  local body = string.format('{"storeId":"%s","itemId":"%s","quantity":1,"costCentre":"BENCH","note":"wrk %d-%d"}',
    pair.store, pair.item, thread_id, counter)
  return wrk.format("POST", "/api/v1/stock/issues", nil, body)
end

function response(status, headers, text)
  if status == 201 then
    created = created + 1
  else
    failures = failures + 1
    if status == 409 then
      conflicts = conflicts + 1
    elseif status >= 500 then
      errors = errors + 1
    end
  end
end

function done(summary, latency, requests)
  local total, made, conflict, error = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("failures") or 0)
    made = made + (thread:get("created") or 0)
    conflict = conflict + (thread:get("conflicts") or 0)
    error = error + (thread:get("errors") or 0)
  end
  io.write(string.format("answers 201: %d, other: %d (409: %d, 5xx: %d)\n", made, total, conflict, error))
end
