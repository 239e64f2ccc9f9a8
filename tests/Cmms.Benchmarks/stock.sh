#!/usr/bin/env bash
# Stock benchmark (issue: the Stock module): the large city's stock on SQLite — 20,000 items, 1,000,000
# movements — Release build, wrk on loopback. Not part of the test command.
#   tests/Cmms.Benchmarks/stock.sh [database-file] [scale]      (needs: wrk, curl, python3, sqlite3)
# Generates the dataset (seed --scale <scale>, timed; "large" by default, "stock" makes only the stock's
# part) unless the database file already holds a million movements, then prints:
#   - the valuation report at a past date over the whole ledger (target < 2 s), page and XLSX;
#   - an item's card with its last 50 movements under load (target p99 < 50 ms);
#   - issues posted through the API for 30 s (target >= 300/s sustained), then the ledger checked:
#     every balance equal to the sums of its ledger, none negative, one row per answer.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk curl sqlite3 python3; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 2; }; done

work=$(mktemp -d)
db=${1:-$work/large.db}
scale=${2:-large}
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
dotnet publish src/Cmms.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
quiet=(Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning)

if [ "$(sqlite3 "$db" 'select count(*) from st_movements' 2>/dev/null || echo 0)" -lt 1000000 ]; then
  echo "== generating the dataset ($scale) into $db"
  t0=$(date +%s.%N)
  (cd "$work/app" && env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Cmms="Data Source=$db" Serilog__MinimumLevel__Default=Information \
    dotnet Cmms.Web.dll seed --scale "$scale" | grep -E "Stock:|done in")
  printf 'seed --scale %s: %.0f s\n' "$scale" "$(echo "$(date +%s.%N) - $t0" | bc)"
fi
sqlite3 "$db" "select 'items', count(*) from st_items; select 'stores', count(*) from st_stores; select 'balances', count(*) from st_balances;
  select 'movements', count(*) from st_movements;" | tr '|' ' '

(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" ConnectionStrings__Cmms="Data Source=$db" Demo__Seed=false \
  "${quiet[@]}" dotnet Cmms.Web.dll >"$work/app.log" 2>&1) &
pid=$!
for _ in $(seq 600); do curl -sf -o /dev/null "$url/account/login" && break; sleep 0.1; done

sign_in() {  # email → $cookie
  local jar="$work/cookies" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$url/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=$1" --data-urlencode "Password=Valbrune-Demo-2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$url/account/login"
  cookie=$(awk '$6=="cmms.auth"{print "cmms.auth="$7}' "$jar")
  [ -n "$cookie" ] || { echo "sign-in of $1 failed" >&2; exit 1; }
}

echo "Release, SQLite, $(nproc) cores"
sign_in magasinier@valbrune.fr
past=$(date -d '-200 days' +%Y-%m-%d)
curl -sf -o /dev/null -H "Cookie: $cookie" "$url/stock/valuation?date=$past" || { echo "the valuation refused the storekeeper" >&2; exit 1; }
for what in "valuation page" "valuation XLSX"; do
  path="/stock/valuation?date=$past"; [ "$what" = "valuation XLSX" ] && path="/stock/valuation.xlsx?date=$past"
  times=$(for _ in 1 2 3 4 5; do curl -s -o "$work/out" -w '%{time_total}\n' -H "Cookie: $cookie" "$url$path"; done | sort -n | tr '\n' ' ')
  printf '%-34s at %s, 5 runs (s): %s\n' "$what" "$past" "$times"
done
printf '%-34s %s\n' "valuation total" "$(curl -s -H "Cookie: $cookie" "$url/stock/valuation?date=$past" | grep -o 'data-testid="valuation-total">[^<]*' | sed 's/.*>//')"

city="(select OrganisationId from st_stores where Code = 'MAG')"   # the demo city's: the storekeeper's and the API key's organisation
sqlite3 "$db" "select ItemId from st_balances where OrganisationId = $city order by random() limit 2000" > "$work/items.txt"
CMMS_STOCK_ITEMS="$work/items.txt" wrk -t2 -c8 -d20s -s tests/Cmms.Benchmarks/stock-card.lua -H "Cookie: $cookie" "$url" >/dev/null   # warm-up
sign_in magasinier@valbrune.fr
out=$(CMMS_STOCK_ITEMS="$work/items.txt" wrk -t2 -c8 -d10s --latency -s tests/Cmms.Benchmarks/stock-card.lua -H "Cookie: $cookie" "$url")
printf '%-34s %10s req/s   p50 %8s   p99 %8s %s\n' "item card (last 50 movements)" "$(awk '/Requests\/sec/{print $2}' <<<"$out")" \
  "$(awk '$1=="50%"{print $2}' <<<"$out")" "$(awk '$1=="99%"{print $2}' <<<"$out")" "$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr -s ' ' || true)"

# Pairs with plenty on hand (40 units and more; quantities are stored in ten-thousandths), so that no issue of the run lacks stock.
sqlite3 "$db" "select StoreId || ' ' || ItemId from st_balances where OrganisationId = $city and Quantity - Reserved >= 40 * 10000
  and FrozenByCountId is null order by random() limit 4000" > "$work/pairs.txt"
before=$(sqlite3 "$db" "select count(*) from st_movements where CostCentre = 'BENCH'")
out=$(CMMS_STOCK_PAIRS="$work/pairs.txt" wrk -t2 -c8 -d30s --latency -s tests/Cmms.Benchmarks/stock-issues.lua "$url")
sleep 1
after=$(sqlite3 "$db" "select count(*) from st_movements where CostCentre = 'BENCH'")
printf '%-34s %10s req/s   p99 %8s   %s, %s rows written\n' "POST /api/v1/stock/issues (30 s)" "$(awk '/Requests\/sec/{print $2}' <<<"$out")" \
  "$(awk '$1=="99%"{print $2}' <<<"$out")" "$(grep -E "^answers" <<<"$out")" "$((after - before))"
mismatches=$(sqlite3 "$db" "select count(*) from st_balances b left join (select StoreId, ItemId, sum(Quantity) q, sum(Amount) v, count(*) n
  from st_movements group by StoreId, ItemId) m on m.StoreId = b.StoreId and m.ItemId = b.ItemId
  where coalesce(m.q, 0) != b.Quantity or coalesce(m.v, 0) != b.Value or coalesce(m.n, 0) != b.Sequence or b.Quantity < 0 or b.Value < 0")
echo "ledger check: $mismatches balances differ from the sums of their ledger (0 expected)"
if ! kill "$pid" 2>/dev/null; then echo "the app had stopped:" >&2; tail -20 "$work/app.log" >&2; fi
wait "$pid" 2>/dev/null || true
pid=""
