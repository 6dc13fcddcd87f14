#!/usr/bin/env bash
# Issue #4's import benchmark, in one command: generates a revenue file (1,000,000 rows by default) and the accounts its
# rows point at, imports it through Keyplan's preview and commit into SQLite and PostgreSQL, loads the same file with
# the database's own bulk tool (sqlite3 .import, COPY) and prints rows per second, the ratio and the peak memory of the
# importing process against the targets (at least a third of the bulk speed, under 300 MB).
#   bench/import-benchmark.sh                      both providers, 1,000,000 rows
#   bench/import-benchmark.sh --rows 100000        a quicker run
#   bench/import-benchmark.sh --providers sqlite   one provider
# PostgreSQL: the server in KEYPLAN_TEST_POSTGRES when set (a database is created and dropped there), otherwise a
# throwaway cluster on 127.0.0.1, as test.sh starts one. Missing sqlite3 or PostgreSQL packages are installed.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
    local missing=()
    command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
    if [ "$wants_postgres" = yes ] && [ -z "${KEYPLAN_TEST_POSTGRES:-}" ]; then
        ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        log "Installing ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

free_port() {
    local port=$1
    while (echo >/dev/tcp/127.0.0.1/"$port") >/dev/null 2>&1; do port=$((port + 1)); done
    echo "$port"
}

run_as_postgres() {
    # PostgreSQL refuses to run as root; as root we run it as the postgres system user.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

PG_DIR=""
PG_BIN=""
stop_postgres() {
    if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
        log "Stopping the benchmark's PostgreSQL cluster"
        run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
}

start_postgres() {
    if [ -n "${KEYPLAN_TEST_POSTGRES:-}" ]; then
        log "Using the PostgreSQL server from KEYPLAN_TEST_POSTGRES"
        return
    fi

    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    local port
    port=$(free_port 5433)
    PG_DIR=$(mktemp -d /tmp/keyplan-bench-pg.XXXXXX)
    chmod 755 "$PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
    trap stop_postgres EXIT
    log "Starting a throwaway PostgreSQL cluster on 127.0.0.1:$port"
    run_as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U keyplan --auth=trust >/dev/null
    # The same settings as test.sh's cluster: no fsync, so the disk's flush speed does not decide the result.
    run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start \
        -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
    export KEYPLAN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=keyplan;Database=postgres"
}

wants_postgres=yes
for ((i = 1; i <= $#; i++)); do
    if [ "${!i}" = "--providers" ]; then
        next=$((i + 1))
        [[ "${!next:-}" == *postgres* ]] || wants_postgres=no
    fi
done

install_missing_packages
[ "$wants_postgres" = yes ] && start_postgres
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log "Building the benchmark (Release)"
dotnet build bench/Keyplan.Bench -c Release -warnaserror --nologo -v quiet

log "Running the import benchmark"
dotnet bench/Keyplan.Bench/bin/Release/net10.0/Keyplan.Bench.dll import "$@"
