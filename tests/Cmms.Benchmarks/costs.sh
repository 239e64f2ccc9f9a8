#!/usr/bin/env bash
# Costs benchmark (issue 8): the large city's ledger on SQLite — 2,000,000 lines over 24 months, 200,000 in
# last month — Release build. Not part of the test command.
#   tests/Cmms.Benchmarks/costs.sh [database-file]      (needs: curl, python3, sqlite3)
# Generates the dataset (seed --scale large) unless the file already holds 2,000,000 cost lines, then prints:
#   - the finance batch (XLSX + CSV) of the 200,000-line month: time, and the server's peak memory (VmHWM);
#   - the CSV of that batch downloaded again (stored bytes);
#   - the cost analysis page over the 2,000,000 lines (by month, site, budget line and asset), 5 runs each (target < 1 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in curl sqlite3 python3; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 2; }; done
work=$(mktemp -d)
db=${1:-$work/large.db}
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
dotnet publish src/Cmms.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
if [ "$(sqlite3 "$db" 'select count(*) from co_lines' 2>/dev/null || echo 0)" -lt 2000000 ]; then
  echo "== generating the dataset (large) into $db"
  t0=$(date +%s.%N)
  (cd "$work/app" && env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Cmms="Data Source=$db" Serilog__MinimumLevel__Default=Information \
    dotnet Cmms.Web.dll seed --scale large | grep -E "Costs:|done in")
  printf 'seed --scale large: %.0f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
fi
sqlite3 "$db" "select 'cost lines', count(*) from co_lines; select 'period totals', count(*) from co_totals;" | tr '|' ' '
(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" ConnectionStrings__Cmms="Data Source=$db" Demo__Seed=false \
  Serilog__MinimumLevel__Default=Warning dotnet Cmms.Web.dll >"$work/app.log" 2>&1) &
pid=$!
for _ in $(seq 600); do curl -sf -o /dev/null "$url/account/login" && break; sleep 0.1; done
server=$(pgrep -f "Cmms.Web.dll" -P "$pid" || echo "$pid")
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$url/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=finances@valbrune.fr" --data-urlencode "Password=Valbrune-Demo-2026" \
  --data-urlencode "__RequestVerificationToken=$token" "$url/account/login"
month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
period=$(sqlite3 "$db" "select Id from co_periods where Year*100+Month = ${month/-/} and OrganisationId = (select Id from dir_organisations where Code='VALBRUNE')" 2>/dev/null \
  || sqlite3 "$db" "select Id from co_periods where Year*100+Month = ${month/-/} order by LineCount desc limit 1")
period=$(echo "$period" | head -1 | tr 'A-F' 'a-f')
page=$(curl -s -b "$jar" "$url/costs/periods/$period")
token=$(echo "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//')
before=$(grep VmHWM /proc/$server/status | awk '{print $2}')
t=$(curl -s -o /dev/null -w '%{time_total}' -b "$jar" --data-urlencode "__RequestVerificationToken=$token" "$url/costs/periods/$period/export")
after=$(grep VmHWM /proc/$server/status | awk '{print $2}')
echo "Release, SQLite, $(nproc) cores"
printf '%-46s %s s (server peak memory before %s MB, after %s MB)\n' "finance batch of $month (XLSX + CSV, 200,000 lines)" "$t" "$((before / 1024))" "$((after / 1024))"
for by in Month Site BudgetLine Asset; do
  times=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$url/costs/analysis?by=$by&year=${month%-*}"; done | sort -n | tr '\n' ' ')
  printf '%-46s %s\n' "analysis by $by over the ledger, 5 runs (s):" "$times"
done
