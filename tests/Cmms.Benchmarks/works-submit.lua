-- Submissions of intervention requests through the API (POST /api/v1/requests), for wrk.
-- Target: at least 200 requests/s on SQLite, every answer a 201.
--
-- Run the app on SQLite with the demo city (as foundation.sh does), take a site id of the city, then:
--   KEY=cmms_demoville_valbrune-demo-api-key-ville-2026
--   SITE=$(curl -s -H "X-Api-Key: $KEY" "http://127.0.0.1:5000/api/v1/sites?q=HDV" | python3 -c 'import json,sys;print(json.load(sys.stdin)["items"][0]["id"])')
--   CMMS_SITE_ID=$SITE CMMS_API_KEY=$KEY wrk -t2 -c16 -d30s --latency -s tests/Cmms.Benchmarks/works-submit.lua http://127.0.0.1:5000
-- Without CMMS_SITE_ID, each thread reads the first site of the organisation once (GET /api/v1/sites) before it starts.
-- The summary prints the answers that were not 201 (a 400 means the body or the site is wrong, a 401 the key).

local key = os.getenv("CMMS_API_KEY") or "cmms_demoville_valbrune-demo-api-key-ville-2026"
local site = os.getenv("CMMS_SITE_ID")
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id or 0
  wrk.headers["X-Api-Key"] = key
  wrk.headers["Accept"] = "application/json"
  -- In wrk.headers, not in wrk.format's argument: headers given there replace wrk.headers (the key with them).
  wrk.headers["Content-Type"] = "application/json"
  failures = 0
end

local function body()
  counter = counter + 1
  return string.format(
    '{"siteId":"%s","category":"Plumbing","urgency":"Normal","title":"Fuite signalée par le portail",' ..
    '"description":"Fuite d\'eau sous un lavabo des sanitaires du rez-de-chaussée.","location":"Sanitaires RDC",' ..
    '"externalReference":"WRK-%d-%d","requesterName":"Portail citoyen (banc d\'essai)","requesterContact":"bench@example.org"}',
    site, thread_id, counter)
end

function request()
  if site == nil then
    -- First call of the thread: find a site, then submit.
    return wrk.format("GET", "/api/v1/sites?pageSize=1")
  end
  return wrk.format("POST", "/api/v1/requests", nil, body())
end

function response(status, headers, text)
  if site == nil then
    site = string.match(text, '"id":"([0-9a-fA-F%-]+)"')
    return
  end
  -- Other connections' first GET (the site list) may answer after the site is known: not a submission.
  if status == 200 and string.find(text, '"items"', 1, true) then
    return
  end
  if status ~= 201 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("failures") or 0)
  end
  io.write(string.format("answers other than 201: %d\n", total))
end
