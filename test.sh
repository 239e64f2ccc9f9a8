#!/usr/bin/env bash
# Run the whole test suite. Needs only the .NET SDK; extra arguments are passed
# on to `dotnet test` (e.g. ./test.sh --filter "FullyQualifiedName~Assets").
#
# Tests that need a database server or a browser are skipped unless
#   CMMS_TEST_POSTGRES  (admin connection string, see .ci/start-postgres.sh)
#   CMMS_TEST_BROWSER=1 (with CMMS_CHROMIUM pointing at a Chromium binary)
#   CMMS_TEST_GDAL=1    (GDAL's ogrinfo opens the OGC API – Features; apt-get install gdal-bin)
# are set. CI (.ci/run) sets all of them.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"

exec dotnet test Cmms.sln -c Release "$@"
