#!/usr/bin/env bash
# Works benchmark (issue: requests, workflow, work orders): the large city on SQLite, Release build,
# wrk on loopback. Not part of the test command.
#   tests/Cmms.Benchmarks/works.sh [database-file]     (needs: wrk, curl, python3, sqlite3)
# Generates the large city (seed --scale large, timed) unless the database file already holds it,
# then prints requests/s and p99 for the manager's inbox with a filter, the agent's "my work today",
# and request submission through the API (with the count of rows written afterwards).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk curl sqlite3; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 2; }; done

work=$(mktemp -d)
db=${1:-$work/large.db}
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
dotnet publish src/Cmms.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
quiet=(Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning)

if [ "$(sqlite3 "$db" 'select count(*) from wk_requests' 2>/dev/null || echo 0)" -lt 300000 ]; then
  echo "== generating the large city into $db"
  t0=$(date +%s.%N)
  (cd "$work/app" && env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Cmms="Data Source=$db" Serilog__MinimumLevel__Default=Information \
    dotnet Cmms.Web.dll seed --scale large | grep -E "Works:|done in")
  printf 'seed --scale large: %.0f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
fi
sqlite3 "$db" "select 'requests', count(*) from wk_requests; select 'work orders', count(*) from wk_work_orders;
  select 'request events', count(*) from wk_request_events; select 'work order events', count(*) from wk_work_order_events;
  select 'time entries', count(*) from wk_time_entries;" | tr '|' ' '

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

measure() {  # name, path, header, [wrk args]
  local out; out=$(wrk -t2 -c8 -d10s --latency -H "$3" ${4:-} "$url$2")
  printf '%-28s %10s req/s   p50 %8s   p99 %8s %s\n' "$1" "$(awk '/Requests\/sec/{print $2}' <<<"$out")" \
    "$(awk '$1=="50%"{print $2}' <<<"$out")" "$(awk '$1=="99%"{print $2}' <<<"$out")" "$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr -s ' ' || true)"
}

inbox="/inbox?category=Plumbing"
sign_in responsable.batiments@valbrune.fr
curl -sf -o /dev/null -H "Cookie: $cookie" "$url$inbox" || { echo "the inbox refused the manager" >&2; exit 1; }
wrk -t2 -c8 -d30s -H "Cookie: $cookie" "$url$inbox" >/dev/null   # warm-up: JIT tiers, SQLite and OS caches
echo "wrk -t2 -c8 -d10s on loopback, Release, SQLite, large city — $(nproc) cores"
sign_in responsable.batiments@valbrune.fr; measure "inbox (filter: plumbing)" "$inbox" "Cookie: $cookie"
sign_in agent@valbrune.fr
wrk -t2 -c8 -d30s -H "Cookie: $cookie" "$url/my-work" >/dev/null
sign_in agent@valbrune.fr; measure "my work today (agent)" "/my-work" "Cookie: $cookie"

key=cmms_demoville_valbrune-demo-api-key-ville-2026
before=$(sqlite3 "$db" 'select count(*) from wk_requests')
out=$(CMMS_API_KEY=$key wrk -t2 -c8 -d10s --latency -s tests/Cmms.Benchmarks/works-submit.lua "$url")
after=$(sqlite3 "$db" 'select count(*) from wk_requests')
printf '%-28s %10s req/s   p99 %8s   %s\n' "POST /api/v1/requests" "$(awk '/Requests\/sec/{print $2}' <<<"$out")" "$(awk '$1=="99%"{print $2}' <<<"$out")" \
  "$(awk '/requests in/{print $1" answered"}' <<<"$out"), $((after - before)) rows written $(grep -E "Non-2xx|other than 201|Socket errors" <<<"$out" | tr -s ' ' | tr '\n' ' ' || true)"
kill "$pid"; wait "$pid" 2>/dev/null || true
