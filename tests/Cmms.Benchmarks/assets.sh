#!/usr/bin/env bash
# Asset registers benchmark (issue 5: green spaces, roads, the map and OGC API – Features): the large city
# on SQLite (100,000 trees, 20,000 street lights, 5,000 road segments), Release build, wrk on loopback.
# Not part of the test command.
#   tests/Cmms.Benchmarks/assets.sh [database-file]     (needs: wrk, curl, python3, sqlite3)
# Generates the large city (seed --scale large, timed) unless the database file already holds it, then prints:
#   - the query plans of the window query and of the text search (the indexes they use);
#   - req/s and p50/p99 of: OGC items for a district of about 2,000 trees (/ogc/collections/trees/items?bbox=),
#     the map's window query for the same district (/map/layers/trees?bbox=), the registers' API list with the
#     same bbox, and text search (the registers' API q=, and SEARCH_URL when given: a cross-module search);
#   - the time of a full GeoJSON export of the trees (/gis/export/trees.geojson), and the app's memory before and after.
# Endpoints the build does not have yet (404) are reported and skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk curl sqlite3 python3; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 2; }; done

work=$(mktemp -d)
db=${1:-$work/large.db}
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
dotnet publish src/Cmms.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
quiet=(Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning)

if [ "$(sqlite3 "$db" 'select count(*) from gs_trees' 2>/dev/null || echo 0)" -lt 100000 ]; then
  echo "== generating the large city into $db"
  t0=$(date +%s.%N)
  (cd "$work/app" && env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Cmms="Data Source=$db" Serilog__MinimumLevel__Default=Information \
    dotnet Cmms.Web.dll seed --scale large | grep -E "Works:|Green spaces:|Roads:|done in")
  printf 'seed --scale large: %.0f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
fi
sqlite3 "$db" "select 'trees', count(*) from gs_trees; select 'search terms (green spaces)', count(*) from gs_search_terms;
  select 'road segments', count(*) from rd_segments; select 'street lights', count(*) from rd_street_lights; select 'signs', count(*) from rd_signs;
  select 'search terms (roads)', count(*) from rd_search_terms;" | tr '|' ' '
printf 'database file: %s MB\n' "$(( $(stat -c %s "$db") / 1048576 ))"

# A district of about 2,000 trees: the smallest square around a suburb point holding that many.
org=$(sqlite3 "$db" "select Id from dir_organisations where Code='VALBRUNE'")
bbox=$(python3 - "$db" "$org" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); org = sys.argv[2]
lon, lat = 4.3950, 46.7740
for half in [x / 10000 for x in range(20, 400, 5)]:
    box = (lon - half * 1.4, lat - half, lon + half * 1.4, lat + half)
    n = db.execute("select count(*) from gs_trees where OrganisationId=? and RetiredOn is null and MinLat between ? and ? and MinLon between ? and ?",
                   (org, box[1], box[3], box[0], box[2])).fetchone()[0]
    if n >= 2000:
        print(",".join(f"{v:.5f}" for v in box), n); break
PY
)
read -r bbox district <<<"$bbox"
echo "district: bbox=$bbox holds $district trees"

echo "== query plans (SQLite)"
sqlite3 "$db" "explain query plan select * from gs_trees where OrganisationId='$org' and RetiredOn is null
  and MinLat <= 46.78 and MinLat >= 46.77 and MaxLat >= 46.77 and MinLon <= 4.40 and MaxLon >= 4.39 order by Id limit 2000;" | sed 's/^/  window: /'
sqlite3 "$db" "explain query plan select g.* from gs_search_terms t join gs_trees g on t.AssetId = g.Id
  where g.OrganisationId='$org' and g.RetiredOn is null and t.Term >= 'tilleul' and t.Term < 'tilleum' limit 20;" | sed 's/^/  search: /'

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

measure() {  # name, path: skipped when the build has no such endpoint
  local status out
  status=$(curl -s -o "$work/body" -w '%{http_code}' -H "Cookie: $cookie" "$url$2")
  if [ "$status" != 200 ]; then printf '%-44s skipped: %s answers %s\n' "$1" "${2%%\?*}" "$status"; return; fi
  wrk -t2 -c8 -d10s -H "Cookie: $cookie" "$url$2" >/dev/null   # warm-up: JIT tiers, SQLite and OS caches
  out=$(wrk -t2 -c8 -d10s --latency -H "Cookie: $cookie" "$url$2")
  printf '%-44s %9s req/s   p50 %8s   p99 %8s   %6s kB %s\n' "$1" "$(awk '/Requests\/sec/{print $2}' <<<"$out")" \
    "$(awk '$1=="50%"{print $2}' <<<"$out")" "$(awk '$1=="99%"{print $2}' <<<"$out")" "$(( $(stat -c %s "$work/body") / 1024 ))" \
    "$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr -s ' ' || true)"
}

sign_in responsable.espaces-verts@valbrune.fr
echo "wrk -t2 -c8 -d10s on loopback, Release, SQLite, large city — $(nproc) cores"
measure "OGC items, district (limit 2000)" "/ogc/collections/trees/items?bbox=$bbox&limit=2000"
measure "map window, district" "/map/layers/trees?bbox=$bbox"
measure "API trees, district (first 200 + total)" "/api/v1/greenspaces/trees?bbox=$bbox&pageSize=200"
measure "API street lights, district (200 + total)" "/api/v1/roads/street-lights?bbox=$bbox&pageSize=200"
measure "API road segments, district (200 + total)" "/api/v1/roads/segments?bbox=$bbox&pageSize=200"
measure "search trees: q=tilleul (20)" "/api/v1/greenspaces/trees?q=tilleul&pageSize=20"
measure "search trees: q=ARB-054321" "/api/v1/greenspaces/trees?q=ARB-054321&pageSize=20"
measure "search trees: no match (q=zzzqx)" "/api/v1/greenspaces/trees?q=zzzqx&pageSize=20"
measure "search lights: q=peupliers (20)" "/api/v1/roads/street-lights?q=peupliers&pageSize=20"
[ -n "${SEARCH_URL:-}" ] && measure "search across modules" "$SEARCH_URL"

rss() { awk '/VmRSS/{print int($2/1024)" MB"}' "/proc/$(pgrep -P "$pid" dotnet || echo "$pid")/status" 2>/dev/null || echo "?"; }
before=$(rss)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$url/gis/export/trees.geojson")
if [ "$status" = 200 ]; then
  out=$(curl -s -o "$work/trees.geojson" -w '%{time_total} %{size_download}' -H "Cookie: $cookie" "$url/gis/export/trees.geojson")
  features=$(grep -o '"type":"Feature"' "$work/trees.geojson" | wc -l)
  printf '%-44s %6.2f s, %s MB, %s features; app memory %s before, %s after\n' "GeoJSON export of every tree" "${out%% *}" \
    "$(( ${out##* } / 1048576 ))" "$features" "$before" "$(rss)"
else
  printf '%-44s skipped: /gis/export/trees.geojson answers %s\n' "GeoJSON export of every tree" "$status"
fi
kill "$pid"; wait "$pid" 2>/dev/null || true
