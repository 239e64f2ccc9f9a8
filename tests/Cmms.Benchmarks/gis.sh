#!/usr/bin/env bash
# GIS benchmark (issue 5: map, OGC API – Features, exports, search): the large city on SQLite, Release build,
# wrk on loopback. Not part of the test command; run it once the asset modules are merged (it reads their
# "trees" layer).
#   tests/Cmms.Benchmarks/gis.sh [database-file]     (needs: wrk, curl, python3)
# Generates the large city (seed --scale large) unless the database already holds 100,000 trees, finds a
# district of about 2,000 trees, then prints requests/s and p99 for OGC items in that bbox, the map's window
# query there, the search across modules, and the time and server memory of a full GeoJSON export of the trees.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk curl python3; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 2; }; done

work=$(mktemp -d)
db=${1:-$work/large.db}
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
key=cmms_demoville_valbrune-demo-api-key-ville-2026
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
dotnet publish src/Cmms.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
quiet=(Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning)

start() {
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" ConnectionStrings__Cmms="Data Source=$db" Demo__Seed=false \
    "${quiet[@]}" dotnet Cmms.Web.dll >"$work/app.log" 2>&1) &
  pid=$!
  for _ in $(seq 600); do curl -sf -o /dev/null "$url/account/login" && break; sleep 0.1; done
}

matched() {  # bbox → numberMatched of the trees in it
  curl -sf -H "X-Api-Key: $key" "$url/ogc/collections/trees/items?limit=1${1:+&bbox=$1}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["numberMatched"])'
}

start
trees=$(matched "" 2>/dev/null || echo 0)
if [ "$trees" -lt 100000 ]; then
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  echo "== generating the large city into $db"
  t0=$(date +%s)
  (cd "$work/app" && env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Cmms="Data Source=$db" Serilog__MinimumLevel__Default=Information \
    dotnet Cmms.Web.dll seed --scale large | grep -E "done in|trees|Trees" || true)
  echo "seed --scale large: $(( $(date +%s) - t0 )) s"
  start
  trees=$(matched "")
fi
echo "trees: $trees"

# A district of about 2,000 trees: a square around the middle of the layer's extent, grown until it holds them.
extent=$(curl -sf -H "X-Api-Key: $key" "$url/ogc/collections/trees" | python3 -c 'import sys,json;print(",".join(map(str,json.load(sys.stdin)["extent"]["spatial"]["bbox"][0])))')
box=""
for half in 0.001 0.002 0.003 0.004 0.006 0.008 0.011 0.015 0.02 0.03 0.04 0.06 0.08; do
  box=$(python3 -c "w,s,e,n=map(float,'$extent'.split(','));cx,cy=(w+e)/2,(s+n)/2;h=$half;print(f'{cx-h*1.5:.6f},{cy-h:.6f},{cx+h*1.5:.6f},{cy+h:.6f}')")
  [ "$(matched "$box")" -ge 2000 ] && break
done
echo "district: bbox=$box, $(matched "$box") trees"

sign_in() {  # email → $cookie
  local jar="$work/cookies" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$url/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=$1" --data-urlencode "Password=Valbrune-Demo-2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$url/account/login"
  cookie=$(awk '$6=="cmms.auth"{print "cmms.auth="$7}' "$jar")
  [ -n "$cookie" ] || { echo "sign-in of $1 failed" >&2; exit 1; }
}

measure() {  # name, path, header[, connections]: 8 connections by default (load), 1 for one client's latency
  local c=${4:-8} t=2; [ "$c" -lt 2 ] && t=1
  wrk -t$t -c$c -d10s -H "$3" "$url$2" >/dev/null   # warm-up: JIT tiers, SQLite and OS caches
  local out; out=$(wrk -t$t -c$c -d10s --latency -H "$3" "$url$2")
  printf '%-34s %10s req/s   p50 %8s   p99 %8s %s\n' "$1" "$(awk '/Requests\/sec/{print $2}' <<<"$out")" \
    "$(awk '$1=="50%"{print $2}' <<<"$out")" "$(awk '$1=="99%"{print $2}' <<<"$out")" "$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr -s ' ' || true)"
}

echo "wrk -t2 -c8 (one client: -t1 -c1) -d10s on loopback, Release, SQLite, large city — $(nproc) cores (targets: p99 < 100 ms, search < 50 ms)"
measure "OGC items, district bbox" "/ogc/collections/trees/items?bbox=$box&limit=2500" "X-Api-Key: $key"
measure "OGC items, district, one client" "/ogc/collections/trees/items?bbox=$box&limit=2500" "X-Api-Key: $key" 1
sign_in admin@valbrune.fr
measure "map window, district" "/map/layers/trees?bbox=$box&zoom=16" "Cookie: $cookie"
measure "map window, district, one client" "/map/layers/trees?bbox=$box&zoom=16" "Cookie: $cookie" 1
measure "search across modules (q=til)" "/api/v1/assets?q=til" "X-Api-Key: $key"
measure "search across modules (q=rue)" "/api/v1/assets?q=rue" "X-Api-Key: $key"
measure "search (q=til), one client" "/api/v1/assets?q=til" "X-Api-Key: $key" 1

# The full export: elapsed time, and the server's resident memory sampled during it (target: under 10 s,
# memory that does not grow with the number of trees).
rss() { awk '/VmRSS/{print $2}' "/proc/$1/status"; }
app_pid=$pid   # the subshell exec's env, which exec's dotnet: the same process
before=$(rss "$app_pid"); peak=$before
t0=$(date +%s.%N)
curl -sf -H "X-Api-Key: $key" -o "$work/trees.geojson" "$url/gis/export/trees.geojson" &
curl_pid=$!
while kill -0 "$curl_pid" 2>/dev/null; do now=$(rss "$app_pid"); [ "$now" -gt "$peak" ] && peak=$now; sleep 0.05; done
wait "$curl_pid"
elapsed=$(python3 -c "import time;print(f'{time.time()-$t0:.1f}')")
features=$(python3 -c "import json;print(len(json.load(open('$work/trees.geojson'))['features']))")
printf 'GeoJSON export of %s trees: %s s, %s MB written, server RSS %s MB before, peak %s MB\n' \
  "$features" "$elapsed" "$(( $(stat -c %s "$work/trees.geojson") / 1048576 ))" "$(( before / 1024 ))" "$(( peak / 1024 ))"
kill "$pid"; wait "$pid" 2>/dev/null || true
