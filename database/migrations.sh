#!/usr/bin/env bash
# Migrations are generated, never hand-edited, for the three providers at once, so they never drift.
#   database/migrations.sh add <Name>   add a migration to every provider
#   database/migrations.sh scripts      regenerate the idempotent SQL scripts for DBAs (database/scripts/)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
providers=(Sqlite PostgreSql SqlServer)
case "${1:-}" in
  add)
    name="${2:?usage: migrations.sh add <Name>}"
    for p in "${providers[@]}"; do
      dotnet ef migrations add "$name" --project "database/Cmms.Database.$p" --startup-project "database/Cmms.Database.$p" --output-dir Migrations
    done
    "$0" scripts
    ;;
  scripts)
    # SQLite is the embedded database: the application migrates it itself (EF has no idempotent SQLite script).
    mkdir -p database/scripts
    for p in PostgreSql SqlServer; do
      dotnet ef migrations script --idempotent --project "database/Cmms.Database.$p" --startup-project "database/Cmms.Database.$p" \
        --output "database/scripts/cmms-$(echo "$p" | tr '[:upper:]' '[:lower:]').sql"
    done
    ;;
  *)
    sed -n '2,4p' "$0"; exit 2
    ;;
esac
