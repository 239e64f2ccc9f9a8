#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 + PostGIS server on a free loopback port.
#
# Usage:
#   eval "$(.ci/start-postgres.sh)"          # start; sets CMMS_TEST_POSTGRES, PGTMP_DIR, ...
#   .ci/start-postgres.sh --stop "$PGTMP_DIR" # stop it again and delete its files
#
# stdout carries only `export NAME=value` lines; all logging goes to stderr.
# Works as root (the server runs as the `postgres` OS user via runuser) or as
# an ordinary user (the server runs as that user). Auth is `trust` on
# 127.0.0.1 only; the superuser is called `postgres`.
#
# Environment knobs (optional):
#   PG_BINDIR   PostgreSQL server binaries (default /usr/lib/postgresql/15/bin)
set -euo pipefail

PG_BINDIR="${PG_BINDIR:-/usr/lib/postgresql/15/bin}"

log() { printf '[start-postgres] %s\n' "$*" >&2; }

# Run a command as the OS user that owns the cluster.
as_pg_user() {
    if [ "$(id -u)" -eq 0 ]; then
        # cd / so the postgres user is not left in an unreadable cwd (e.g. /root/...)
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

stop_server() {
    local dir="$1"
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_pg_user "$PG_BINDIR/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
    fi
    rm -rf -- "$dir"
}

if [ "${1:-}" = "--stop" ]; then
    dir="${2:-${PGTMP_DIR:-}}"
    if [ -z "$dir" ]; then
        log "usage: $0 --stop <PGTMP_DIR>"
        exit 2
    fi
    if [ -d "$dir" ]; then
        stop_server "$dir"
        log "stopped server in $dir"
    fi
    exit 0
fi

if [ ! -x "$PG_BINDIR/initdb" ]; then
    log "PostgreSQL server binaries not found in $PG_BINDIR"
    log "install them with: apt-get install postgresql postgresql-15-postgis-3"
    exit 1
fi

PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3

free_port() {
    "$PYTHON" -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'
}

PGTMP="$(mktemp -d "${TMPDIR:-/tmp}/cmms-pg.XXXXXX")"
# On any failure from here on, do not leave a half-started server behind.
trap 'rc=$?; if [ $rc -ne 0 ]; then log "failed (exit $rc); log follows:"; cat "$PGTMP/pg.log" >&2 2>/dev/null || true; stop_server "$PGTMP"; fi' EXIT

if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PGTMP"
fi

log "initdb in $PGTMP/data"
as_pg_user "$PG_BINDIR/initdb" -D "$PGTMP/data" -U postgres --auth=trust \
    -E UTF8 --locale=C.UTF-8 >"$PGTMP/initdb.log" 2>&1 \
    || { cat "$PGTMP/initdb.log" >&2; exit 1; }

# The port is only reserved between picking and binding, so retry a few times
# in case another process grabbed it in the meantime.
started=0
for attempt in 1 2 3 4 5; do
    PGPORT="$(free_port)"
    log "starting server on 127.0.0.1:$PGPORT (attempt $attempt)"
    if as_pg_user "$PG_BINDIR/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/pg.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >&2; then
        started=1
        break
    fi
    log "server did not start on port $PGPORT"
    tail -n 20 "$PGTMP/pg.log" >&2 2>/dev/null || true
done
[ "$started" -eq 1 ] || { log "giving up"; exit 1; }

psql_admin() {
    PGCONNECT_TIMEOUT=10 psql -X -q -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$PGPORT" -U postgres "$@" >&2
}

# Databases the tests create are copied from template1, so give it PostGIS.
log "enabling postgis in template1 and postgres"
psql_admin -d template1 -c "CREATE EXTENSION IF NOT EXISTS postgis"
psql_admin -d postgres -c "CREATE EXTENSION IF NOT EXISTS postgis"

CONN="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Include Error Detail=true"
log "ready: $CONN"
log "stop with: $0 --stop $PGTMP"

printf 'export CMMS_TEST_POSTGRES=%q\n' "$CONN"
printf 'export PGTMP_DIR=%q\n' "$PGTMP"
printf 'export CMMS_TEST_PGPORT=%q\n' "$PGPORT"
