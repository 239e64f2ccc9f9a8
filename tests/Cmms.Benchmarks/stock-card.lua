-- An item's card (GET /stock/items/{id}: its stores and its last 50 movements), a different item at each
-- request, from the ids in CMMS_STOCK_ITEMS (one per line). The cookie comes from stock.sh (-H "Cookie: …").

local file = os.getenv("CMMS_STOCK_ITEMS") or "items.txt"
local ids = {}
local n = 0

function init(args)
  for line in io.lines(file) do
    if #line > 0 then
      table.insert(ids, line)
    end
  end
  n = math.random(#ids)
end

function request()
  n = n + 1
  return wrk.format("GET", "/stock/items/" .. string.lower(ids[(n % #ids) + 1]))
end
