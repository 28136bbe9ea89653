#!/usr/bin/env bash
# Starts the OpenCheckin kiosk: the kiosk app (touch UI on http://127.0.0.1:8090, devices, camera) and
# Chromium in kiosk mode showing it. Stops both when either ends, with a non-zero status, so that systemd
# (deploy/systemd/) restarts the pair.
#
#   scripts/kiosk-launch.sh                 app + browser (a desktop session, DISPLAY set)
#   scripts/kiosk-launch.sh --app-only      just the app (the system service)
#   scripts/kiosk-launch.sh --browser-only  just the browser, waiting for the app (the user session)
#
# Configuration comes from the environment (KIOSK_BACKEND_URL, KIOSK_BACKEND_TOKEN, KIOSK_DEVICES_MODE,
# KIOSK_DEVICES_ID_READER, KIOSK_KEYCARD_SECTOR_KEY, KIOSK_MAINTENANCE_PIN, ...; see
# kiosk-app/src/main/resources/application.yml) or from KIOSK_CONFIG, a YAML file layered on top.
# Other knobs: KIOSK_JAR (default: the built kiosk-app jar), KIOSK_URL (default http://127.0.0.1:8090),
# CHROMIUM (default: chromium or chromium-browser on the PATH), KIOSK_STATE_DIR (browser profile,
# default ${XDG_STATE_HOME:-$HOME/.local/state}/opencheckin-kiosk), JAVA_OPTS.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
mode="both"
case "${1:-}" in
  --app-only) mode="app" ;;
  --browser-only) mode="browser" ;;
  "") ;;
  *) echo "usage: $0 [--app-only|--browser-only]" >&2; exit 2 ;;
esac

url="${KIOSK_URL:-http://127.0.0.1:8090}"
state_dir="${KIOSK_STATE_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/opencheckin-kiosk}"
app_pid=""
browser_pid=""

log() { printf '[kiosk-launch] %s\n' "$*" >&2; }
# shellcheck source=lib/local-http.sh
. "$root/scripts/lib/local-http.sh"

stop() {
  [ -n "$browser_pid" ] && kill "$browser_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 143' TERM INT

start_app() {
  local jar="${KIOSK_JAR:-}"
  if [ -z "$jar" ]; then
    jar="$(ls "$root"/kiosk-app/target/kiosk-app-*.jar 2>/dev/null | grep -v original- | head -n 1 || true)"
  fi
  if [ -z "$jar" ] || [ ! -f "$jar" ]; then
    log "no kiosk-app jar yet: building it"
    (cd "$root" && mvn -B -q -pl kiosk-app -am package -DskipTests)
    jar="$(ls "$root"/kiosk-app/target/kiosk-app-*.jar | grep -v original- | head -n 1)"
  fi
  local config_args=()
  if [ -n "${KIOSK_CONFIG:-}" ]; then
    config_args=("-Dmicronaut.config.files=${KIOSK_CONFIG}")
  fi
  log "starting the kiosk app: $jar"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} "${config_args[@]}" -jar "$jar" &
  app_pid=$!
}

wait_for_app() {
  for _ in $(seq 1 120); do
    if http_ok "$url/health"; then
      return 0
    fi
    if [ -n "$app_pid" ] && ! kill -0 "$app_pid" 2>/dev/null; then
      log "the kiosk app exited during start-up"
      return 1
    fi
    sleep 0.5
  done
  log "the kiosk app did not answer on $url/health within 60 s"
  return 1
}

start_browser() {
  local chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
  if [ -z "$chromium" ]; then
    log "no chromium found (set CHROMIUM)"
    return 1
  fi
  mkdir -p "$state_dir"
  # A fresh profile each start: no restored tabs, no crash bubble, nothing a previous guest left.
  rm -rf "$state_dir/chromium"
  log "starting $chromium in kiosk mode on $url"
  "$chromium" --kiosk "$url/" --user-data-dir="$state_dir/chromium" \
    --no-first-run --noerrdialogs --disable-infobars --disable-session-crashed-bubble \
    --disable-translate --disable-features=TranslateUI,Translate --disable-pinch \
    --overscroll-history-navigation=0 --disable-background-networking --disable-component-update \
    --disable-sync --check-for-update-interval=31536000 --autoplay-policy=no-user-gesture-required \
    --lang="${KIOSK_BROWSER_LANG:-zh-CN}" &
  browser_pid=$!
}

case "$mode" in
  app)
    start_app
    wait "$app_pid"
    ;;
  browser)
    wait_for_app
    start_browser
    wait "$browser_pid"
    ;;
  both)
    start_app
    wait_for_app
    start_browser
    # Whichever ends first takes the other with it; systemd restarts the pair.
    wait -n "$app_pid" "$browser_pid" || true
    log "the app or the browser ended; stopping both"
    exit 1
    ;;
esac
