#!/usr/bin/env bash
# Preventive benchmark (issue 7): the large city (50,000 maintenance plans) on PostgreSQL, Release build.
#   tests/Cmms.Benchmarks/preventive.sh ["<admin connection string of a PostgreSQL server>"]
# Without an argument it starts a throwaway server with .ci/start-postgres.sh (and stops it at the end).
# Generates the large city (seed --scale large, timed) unless the database cmms_preventive_bench already holds it,
# then prints: one day's generation over the plans (target < 60 s), a second run the same day (creates nothing,
# < 10 s), the 12-month forecast of a service (< 1 s, curl), and two processes generating at once on the same
# database after rewinding the day's work (the duplicate count must be 0). Needs: curl, psql, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in curl psql python3; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 2; }; done

work=$(mktemp -d)
pid=""; pg_dir=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "$pg_dir" ] && bash .ci/start-postgres.sh --stop "$pg_dir" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
if [ -n "${1:-}" ]; then admin="$1"; else eval "$(bash .ci/start-postgres.sh)"; admin="$CMMS_TEST_POSTGRES"; pg_dir="$PGTMP_DIR"; fi
field() { tr ';' '\n' <<<"$admin" | awk -F= -v k="$1" 'tolower($1)==tolower(k){print $2}'; }
psql_() { PGPASSWORD="$(field Password)" psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -v ON_ERROR_STOP=1 -qtA "$@"; }
db=cmms_preventive_bench
psql_ -d postgres -c "select 1 from pg_database where datname='$db'" | grep -q 1 || psql_ -d postgres -c "create database $db"
psql_ -d "$db" -c "create extension if not exists postgis"
cs="$admin;Database=$db"; cs="$(sed 's/Database=postgres;//' <<<"$cs")"
dotnet publish src/Cmms.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
run() { (cd "$work/app" && env ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSql ConnectionStrings__Cmms="$cs" \
  Serilog__MinimumLevel__Default=Warning dotnet Cmms.Web.dll "$@"); }

if [ "$(psql_ -d "$db" -c 'select count(*) from wk_plans' 2>/dev/null || echo 0)" -lt 50000 ]; then
  echo "== generating the large city into $db"
  t0=$(date +%s)
  run seed --scale large >/dev/null
  echo "seed --scale large: $(( $(date +%s) - t0 )) s"
fi
psql_ -d "$db" -c "select 'plans', count(*) from wk_plans; select 'plan targets', count(*) from wk_plan_targets; select 'work orders', count(*) from wk_work_orders;" | tr '|' ' '
echo "machine: $(nproc) cores, shared with other work: figures are indicative"

# The plans' state and occurrences before today's runs, to rewind the day for the two-process run.
psql_ -d "$db" -c 'drop table if exists bench_plans; drop table if exists bench_occurrences;
  create table bench_plans as select "Id", "LastGeneratedDue", "OpenWorkOrderId", "NextCreateOn", "NextDue" from wk_plans;
  create table bench_occurrences as select "Id" from wk_plan_occurrences;'
rewind() {
  psql_ -d "$db" <<'SQL'
create temp table today_orders as select "WorkOrderId" as id from wk_plan_occurrences where "Id" not in (select "Id" from bench_occurrences);
delete from wk_plan_occurrences where "Id" not in (select "Id" from bench_occurrences);
delete from wk_tasks where "WorkOrderId" in (select id from today_orders);
delete from wk_work_order_events where "WorkOrderId" in (select id from today_orders);
delete from wk_assignments where "WorkOrderId" in (select id from today_orders);
delete from wk_work_orders where "Id" in (select id from today_orders);
update wk_plans p set "LastGeneratedDue" = b."LastGeneratedDue", "OpenWorkOrderId" = b."OpenWorkOrderId", "NextCreateOn" = b."NextCreateOn", "NextDue" = b."NextDue"
  from bench_plans b where b."Id" = p."Id";
SQL
}
echo "== one day's generation (target < 60 s), then a second run the same day (creates nothing, < 10 s)"
run generate-plans
run generate-plans

echo "== 12-month forecast of a service (target < 1 s)"
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" Database__Provider=PostgreSql ConnectionStrings__Cmms="$cs" \
  Demo__Seed=false Scheduling__Enabled=false Serilog__MinimumLevel__Default=Warning dotnet Cmms.Web.dll >"$work/app.log" 2>&1) &
pid=$!
for _ in $(seq 600); do curl -sf -o /dev/null "$url/account/login" && break; sleep 0.1; done
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$url/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=responsable.espaces-verts@valbrune.fr" --data-urlencode "Password=Valbrune-Demo-2026" \
  --data-urlencode "__RequestVerificationToken=$token" "$url/account/login"
for service in EV BAT VOI; do
  id=$(psql_ -d "$db" -c "select s.\"Id\" from dir_services s join dir_organisations o on o.\"Id\"=s.\"OrganisationId\" where o.\"Code\"='VALBRUNE' and s.\"Code\"='$service'")
  [ "$service" = EV ] || { token=$(curl -s -c "$jar" -b "$jar" "$url/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//'); \
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "Email=admin@valbrune.fr" --data-urlencode "Password=Valbrune-Demo-2026" --data-urlencode "__RequestVerificationToken=$token" "$url/account/login"; }
  plans=$(psql_ -d "$db" -c "select count(*) from wk_plans where \"ServiceId\"='$id'")
  curl -s -b "$jar" -o /dev/null "$url/plans/forecast?service=$id"   # warm-up
  best=999; for _ in 1 2 3 4 5; do t=$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' "$url/plans/forecast?service=$id"); best=$(python3 -c "print(min($best,$t))"); done
  code=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$url/plans/forecast?service=$id")
  printf 'forecast %-4s (%6s plans): best of 5 %.3f s (HTTP %s)\n' "$service" "$plans" "$best" "$code"
done
kill "$pid"; pid=""

echo "== two processes generating at once on the same database (after rewinding today's work orders)"
rewind
t0=$(date +%s.%N)
run generate-plans > "$work/a.log" & a=$!
run generate-plans > "$work/b.log" & b=$!
wait $a; wait $b
cat "$work/a.log" "$work/b.log"
printf 'both done in %.1f s\n' "$(python3 -c "print($(date +%s.%N) - $t0)")"
psql_ -d "$db" -c "select 'duplicate (plan, due date) pairs', count(*) from (select \"PlanId\", \"DueOn\" from wk_plan_occurrences group by 1,2 having count(*) > 1) d;
  select 'work orders of plans without their occurrence', count(*) from wk_work_orders w where w.\"CreatedAtUtc\" > now() - interval '1 hour' and w.\"RequestId\" is null
    and w.\"Type\" in ('Preventive','Statutory') and not exists (select 1 from wk_plan_occurrences o where o.\"WorkOrderId\" = w.\"Id\");" | tr '|' ' '
