#!/usr/bin/env bash
# Runs every Keyplan test: unit, integration (SQLite and PostgreSQL) and browser tests (headless Chromium).
# On a fresh Debian machine it installs what is missing (Chromium, fonts, PostgreSQL, LibreOffice, poppler), starts a throwaway
# PostgreSQL cluster on 127.0.0.1 for the run, and stops it again at the end.
#   ./test.sh                  everything
#   ./test.sh --filter X       passed on to `dotnet test` (e.g. --filter "FullyQualifiedName~Accounts")
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
    local missing=()
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
    # The document tests open the Word and Excel exports in LibreOffice and read PDFs with pdftotext.
    local package
    for package in libreoffice-writer libreoffice-calc libreoffice-impress poppler-utils; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
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

PG_DIR=""
PG_BIN=""
stop_postgres() {
    if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
        log "Stopping the test PostgreSQL cluster"
        run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
}

run_as_postgres() {
    # PostgreSQL refuses to run as root; as root we run it as the postgres system user.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
    if [ -n "${KEYPLAN_TEST_POSTGRES:-}" ]; then
        log "Using the PostgreSQL server from KEYPLAN_TEST_POSTGRES"
        return
    fi

    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    local port
    port=$(free_port 5433)
    PG_DIR=$(mktemp -d /tmp/keyplan-pg.XXXXXX)
    chmod 755 "$PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
    trap stop_postgres EXIT
    log "Starting a throwaway PostgreSQL cluster on 127.0.0.1:$port"
    run_as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U keyplan --auth=trust >/dev/null
    run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start \
        -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
    export KEYPLAN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=keyplan;Database=postgres"
}

install_missing_packages
start_postgres
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log "Building"
dotnet build Keyplan.slnx -c Release -warnaserror

log "Running the tests"
results=$(mktemp -d /tmp/keyplan-test-results.XXXXXX)
status=0
run_tests() {
    dotnet test "$1" -c Release --no-build --results-directory "$results" --logger "trx" \
        --blame-hang-timeout 5m "${@:2}"
}
# Unit and integration tests run side by side; the browser tests run after them on their own, because on a two-core
# machine a browser, the app and the integration suite competing for the CPU make page transitions time out.
run_tests tests/Keyplan.UnitTests/Keyplan.UnitTests.csproj "$@" &
unit=$!
run_tests tests/Keyplan.IntegrationTests/Keyplan.IntegrationTests.csproj "$@" || status=$?
wait $unit || status=$?
run_tests tests/Keyplan.E2ETests/Keyplan.E2ETests.csproj "$@" || status=$?

# One closing line over all test projects, counted from the result files.
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if counters is not None:
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
        skipped += int(counters.get("notExecuted", 0))
print(f"\nTests: {passed} passed, {failed} failed, {skipped} skipped")
PY
rm -rf "$results"
exit $status
