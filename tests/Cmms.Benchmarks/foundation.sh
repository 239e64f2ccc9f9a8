#!/usr/bin/env bash
# Foundation benchmark (issue: the solution, sign-in, organisations…): the app built in Release on
# SQLite with the demo city, measured with wrk on loopback. Not part of the test command.
#   tests/Cmms.Benchmarks/foundation.sh            (needs: wrk, curl, python3)
# Prints requests/s and p99 for an authenticated home page and an API list, beside the
# framework's ceiling on this machine (/health/live), then the cold start to first page.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

work=$(mktemp -d)
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

dotnet publish src/Cmms.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null

start_app() {
  # Request logging at Warning: the benchmark measures the app, not the console.
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" Database__Provider=Sqlite \
    ConnectionStrings__Cmms="Data Source=$work/cmms.db" Demo__Seed=true \
    Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning \
    dotnet Cmms.Web.dll >"$work/app.log" 2>&1) &
  pid=$!
}

wait_first_page() {
  local t0=$1
  for _ in $(seq 1200); do curl -sf -o /dev/null "$url/account/login" && break; sleep 0.05; done
  curl -sf -o /dev/null "$url/account/login" || { echo "the app did not start:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  python3 -c "import time;print(f'{time.time()-$t0:.2f}')"
}

t0=$(python3 -c 'import time;print(time.time())'); start_app
first=$(wait_first_page "$t0")   # first run: creates, migrates and seeds the database

# Sign in as the administrator (demo data), as a browser would. wrk replays one cookie and never stores
# the one the app re-issues, so sign in afresh before each run: a browser's cookie is re-validated
# against the database once a minute, not on every request.
sign_in() {
  local jar="$work/cookies" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$url/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=admin@valbrune.fr" --data-urlencode "Password=Valbrune-Demo-2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$url/account/login"
  # Every cookie the browser holds after signing in (the session and the antiforgery cookie), as it sends them.
  grep -q "cmms.auth" "$jar" || { echo "sign-in failed" >&2; exit 1; }
  cookie=$(awk 'NF==7 && $6 ~ /^cmms\./{printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")
  curl -sf -o /dev/null -H "Cookie: $cookie" "$url/" || { echo "home page refused the cookie" >&2; exit 1; }
}
sign_in

measure() {  # name, path, header
  local out; out=$(wrk -t2 -c8 -d10s --latency -H "$3" "$url$2")
  local rps p99 errors
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" || true)
  printf '%-34s %10s req/s   p99 %8s %s\n' "$1" "$rps" "$p99" "$errors"
  echo "$rps" > "$work/$1.rps"
}

for path in / "/api/v1/agents?pageSize=50" /health/live; do   # warm-up: JIT and tiered compilation
  wrk -t2 -c8 -d5s -H "Cookie: $cookie" "$url$path" >/dev/null
done
sign_in
echo "wrk -t2 -c8 -d10s on loopback, Release, SQLite, demo city — $(nproc) cores"
measure ceiling "/health/live" "X-Bench: ceiling"
sign_in; measure home "/" "Cookie: $cookie"
measure api-agents "/api/v1/agents?pageSize=50" "X-Api-Key: cmms_demoville_valbrune-demo-api-key-ville-2026"
python3 - "$work" <<'PY'
import sys
w=sys.argv[1]
c=float(open(f"{w}/ceiling.rps").read())
for n in ("home","api-agents"):
    r=float(open(f"{w}/{n}.rps").read())
    print(f"{n:34s} {100*r/c:5.1f}% of the ceiling (target >= 25%)")
PY

kill "$pid"; wait "$pid" 2>/dev/null || true
while curl -s -o /dev/null "$url/health/live"; do sleep 0.1; done   # the port is free again
t0=$(python3 -c 'import time;print(time.time())'); start_app
echo "first start (create, migrate, seed) to first page: ${first} s"
echo "cold start to first page, database already there:   $(wait_first_page "$t0") s (target < 5 s)"
