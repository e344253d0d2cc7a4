#!/usr/bin/env bash
# The two commands the README promises:
#   ./pipeline.sh demo [--exit]   run the whole pipeline on Azurite over samples/articles and print the results
#   ./pipeline.sh test            install what is missing, run every test, end with "N passed, N failed"
set -euo pipefail
cd "$(dirname "$0")"

readonly APP_DIR=artifacts/bin/Pipeline.Host/release
readonly APP="$APP_DIR/pipeline"
readonly AZURITE_DATA=.azurite/demo
readonly API=http://127.0.0.1:7071

say() { printf '\033[1m%s\033[0m\n' "$*" >&2; }

ensure_node_modules() {
  # npm ci only when node_modules is missing or older than the lock file.
  if [[ ! -x node_modules/.bin/azurite || package-lock.json -nt node_modules/.package-lock.json ]]; then
    say "Installing Azurite and the Azure SDKs (npm ci)..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_chromium() {
  # The dashboard's browser test drives Debian's chromium with playwright-core: never a downloaded browser build.
  if [[ -x /usr/bin/chromium ]]; then return; fi
  say "Installing chromium for the dashboard's browser test (apt-get)..."
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
  # apt-get update only when needed: the package lists do not know chromium yet, or are too stale to install it.
  if ! apt-cache show chromium >/dev/null 2>&1; then
    "${sudo[@]}" apt-get update -qq
  fi
  if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium >/dev/null; then
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium >/dev/null
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2; shift 2
  for ((i = 0; i < seconds * 10; i++)); do
    if "$@"; then return 0; fi
    sleep 0.1
  done
  say "Timed out waiting for $what"; return 1
}

start_azurite() {
  if port_open 10000; then
    say "Storage already listening on 127.0.0.1:10000; using it."
    return
  fi
  rm -rf "$AZURITE_DATA" && mkdir -p "$AZURITE_DATA"
  node node_modules/azurite/dist/src/azurite.js --location "$AZURITE_DATA" --silent --skipApiVersionCheck \
    --disableTelemetry --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    >"$AZURITE_DATA.log" 2>&1 &
  AZURITE_PID=$!
  wait_for 30 "Azurite" bash -c 'for p in 10000 10001 10002; do (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || exit 1; done'
}

stop_all() {
  # SIGTERM, never SIGKILL: Azurite saves on shutdown, a hard kill loses acknowledged writes.
  [[ -n "${APP_PID:-}" ]] && kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [[ -n "${AZURITE_PID:-}" ]] && kill -TERM "$AZURITE_PID" 2>/dev/null && wait "$AZURITE_PID" 2>/dev/null || true
}

demo() {
  local started=$SECONDS exit_after=false
  [[ "${1:-}" == "--exit" ]] && exit_after=true
  ensure_node_modules
  say "Building..."
  dotnet build src/Pipeline.Host -c Release -v quiet -nologo >/dev/null
  trap stop_all EXIT
  trap 'exit 130' INT TERM
  start_azurite
  say "Starting the pipeline (standalone mode) on $API..."
  "$APP" serve >"$AZURITE_DATA.app.log" 2>&1 &
  APP_PID=$!
  wait_for 30 "the app" curl -fs "$API/api/health" -o /dev/null
  say "Uploading samples/articles and waiting for every upload to be processed, a duplicate or rejected..."
  "$APP" upload samples/articles --recursive --wait --timeout 45 || true
  "$APP" rollup
  "$APP" report --claims
  say "Done in $((SECONDS - started)) s."
  if $exit_after; then return; fi
  say "The API stays up on $API (try $API/api/sources). Ctrl+C to stop."
  wait "$APP_PID"
}

run_tests() {
  ensure_node_modules
  ensure_chromium
  dotnet restore Pipeline.sln -v quiet
  local results=artifacts/test-results
  rm -rf "$results"
  local status=0
  dotnet test Pipeline.sln --no-restore -v quiet -nologo --logger "trx" --results-directory "$results" || status=$?
  summarize "$results"
  return $status
}

summarize() { # Sums the TRX counters of every test assembly into the plain closing line.
  local passed=0 failed=0 file counters
  for file in "$1"/*.trx; do
    [[ -e "$file" ]] || continue
    counters=$(grep -o '<Counters [^>]*' "$file")
    passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
    failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
  done
  echo "$passed passed, $failed failed"
}

case "${1:-help}" in
  demo) shift; demo "$@" ;;
  test) run_tests ;;
  *) echo "usage: ./pipeline.sh demo [--exit] | ./pipeline.sh test" >&2; exit 2 ;;
esac
