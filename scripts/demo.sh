#!/usr/bin/env bash
# Runs the whole OpenCheckin system on this machine, with simulated devices instead of hardware:
#   1. builds the jars once (mvn -B -q install -DskipTests; skipped while the jars are newer than the sources),
#   2. installs the face models from ../shared (without them face checks go to staff),
#   3. starts the device simulators (scripts/demo-sims.yml: ID reader, MRZ reader, key-card dispenser,
#      camera, door locks; control port 7171),
#   4. starts the hotel backend on the embedded H2 database under ./data/ with the demo hotel,
#   5. starts the kiosk app pointed at the simulated devices, the simulated camera and the backend,
# waits until each one is healthy, prints the URLs and how to play a guest, and stops everything on Ctrl-C.
#
# Usage: scripts/demo.sh [--rebuild | --no-build]
# Environment: BACKEND_PORT (8080), KIOSK_PORT (8090), JAVA (java), JAVA_OPTS (extra JVM options).
# Logs: data/demo-logs/{simulators,backend,kiosk}.log
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

BACKEND_PORT="${BACKEND_PORT:-8080}"
KIOSK_PORT="${KIOSK_PORT:-8090}"
JAVA="${JAVA:-java}"
read -r -a java_opts <<<"${JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
sims_config="$repo/scripts/demo-sims.yml"
sims_jar="$repo/simulators/target/opencheckin-simulators.jar"
backend_jar="$repo/hotel-backend/target/hotel-backend-0.1.0-SNAPSHOT.jar"
kiosk_jar="$repo/kiosk-app/target/kiosk-app-0.1.0-SNAPSHOT.jar"
logs="$repo/data/demo-logs"
# Read from the simulators' config: where they write their addresses and listen for control commands.
paths_file="$(sed -n 's/^pathsFile: *\([^ #]*\).*/\1/p' "$sims_config")"
control_port="$(sed -n 's/^controlPort: *\([0-9]*\).*/\1/p' "$sims_config")"

log() { printf '[demo] %s\n' "$*"; }
die() { printf '[demo] ERROR: %s\n' "$*" >&2; exit 1; }

build=auto
case "${1:-}" in
  --rebuild) build=yes ;;
  --no-build) build=no ;;
  "") ;;
  -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown option $1 (try --help)" ;;
esac

# ---------------------------------------------------------------- 1. build
# Stale when a jar is missing or any source or pom is newer than the oldest jar.
jars_stale() {
  local jar oldest=""
  for jar in "$sims_jar" "$backend_jar" "$kiosk_jar"; do
    [ -f "$jar" ] || return 0
    if [ -z "$oldest" ] || [ "$jar" -ot "$oldest" ]; then oldest="$jar"; fi
  done
  [ -n "$(find pom.xml device-drivers hotel-backend kiosk-app simulators \
            \( -path '*/target' -prune \) -o \( -type f \( -path '*/src/main/*' -o -name pom.xml \) \
            -newer "$oldest" -print 2>/dev/null | head -n1)" ]
}
command -v "$JAVA" >/dev/null 2>&1 || die "no java on PATH (Java 17 or newer is needed)"
if [ "$build" = yes ] || { [ "$build" = auto ] && jars_stale; }; then
  command -v mvn >/dev/null 2>&1 || die "the jars need building and there is no mvn on PATH"
  log "building the jars (mvn -B -q install -DskipTests; a few minutes the first time)"
  mvn -B -q install -DskipTests
else
  log "jars are up to date (scripts/demo.sh --rebuild forces a build)"
fi
for jar in "$sims_jar" "$backend_jar" "$kiosk_jar"; do
  [ -f "$jar" ] || die "$jar is missing after the build"
done

# ---------------------------------------------------------------- 2. face models
if [ -d "$repo/../shared/models" ]; then
  log "installing the face models from ../shared/models"
  mkdir -p "$repo/data"
  if ! scripts/install-models.sh >"$repo/data/install-models.log" 2>&1; then
    log "face models could not be installed (see data/install-models.log): face checks go to staff"
  fi
else
  log "no ../shared/models here: the kiosk runs without face models and sends every identity check to staff."
  log "  To verify faces: put face_detection_yunet_2023mar.onnx into a directory DIR, run"
  log "  scripts/install-models.sh DIR (fetches fr_feature.onnx with npm) and start scripts/demo.sh again."
fi

# ---------------------------------------------------------------- children and clean stop
mkdir -p "$logs"
pids=()
names=()
stopping=0
stop_all() {
  [ "$stopping" = 1 ] && return
  stopping=1
  trap - INT TERM
  local i pid
  # Reverse order: kiosk first (it uses the others), simulators last.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid="${pids[$i]}"
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping ${names[$i]} (pid $pid)"
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid="${pids[$i]}"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      log "${names[$i]} did not stop within 10 s: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  log "stopped"
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

start() { # name, log file, command...
  local name="$1" out="$2"
  shift 2
  "$@" >"$out" 2>&1 </dev/null &
  pids+=("$!")
  names+=("$name")
  log "started $name (pid $!, log ${out#"$repo"/})"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$BACKEND_PORT" "$KIOSK_PORT" "$control_port"; do
  port_free "$p" || die "port $p is already in use (another demo running? BACKEND_PORT/KIOSK_PORT move the apps)"
done

# Waits until the check succeeds, failing when the child died or time ran out.
wait_until() { # name, pid, seconds, check command...
  local name="$1" pid="$2" seconds="$3"
  shift 3
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    kill -0 "$pid" 2>/dev/null || die "$name stopped during start-up; last lines of its log:
$(tail -n 20 "$logs/$name.log")"
    [ "$SECONDS" -lt "$deadline" ] || die "$name was not ready within $seconds s (see ${logs#"$repo"/}/$name.log)"
    sleep 1
  done
}
healthy() { curl -fs -o /dev/null --max-time 2 "$1"; }
# A key of a top-level section of the simulators' config: yml_value dispenser baud
yml_value() { sed -n "/^$1:/,/^[^ #]/s/^  $2: *\([^ #]*\).*/\1/p" "$sims_config" | head -n1; }

# ---------------------------------------------------------------- 3. simulators
rm -f "$paths_file"
start simulators "$logs/simulators.log" "$JAVA" "${java_opts[@]}" -Dshared.dir="$repo/../shared" \
  -jar "$sims_jar" --config "$sims_config"
wait_until simulators "${pids[-1]}" 60 test -s "$paths_file"
prop() { sed -n "s/^$1=//p" "$paths_file"; }
idcard_path="$(prop idcard)"
mrz_path="$(prop mrz)"
dispenser_path="$(prop dispenser)"
camera_pattern="$(prop camera)"
log "simulated devices: idcard=$idcard_path mrz=$mrz_path dispenser=$dispenser_path"
log "simulated camera:  $camera_pattern"

# ---------------------------------------------------------------- 4. backend (H2 under ./data, demo hotel)
start backend "$logs/backend.log" env OPENCHECKIN_PORT="$BACKEND_PORT" "$JAVA" "${java_opts[@]}" -jar "$backend_jar"
wait_until backend "${pids[-1]}" 180 healthy "http://127.0.0.1:$BACKEND_PORT/health"

# ---------------------------------------------------------------- 5. kiosk app
start kiosk "$logs/kiosk.log" "$JAVA" "${java_opts[@]}" \
  -Dmicronaut.server.port="$KIOSK_PORT" \
  -Dkiosk.backend.url="http://127.0.0.1:$BACKEND_PORT" \
  -Dkiosk.backend.token=demo-kiosk-token-1 \
  -Dkiosk.vision.model-dir="$repo/models" \
  -Dkiosk.vision.camera.source="$camera_pattern" \
  -Dkiosk.devices.mode=drivers \
  -Dkiosk.devices.idcard.port="$idcard_path" -Dkiosk.devices.idcard.baud="$(yml_value idcard baud)" \
  -Dkiosk.devices.mrz.port="$mrz_path" -Dkiosk.devices.mrz.baud="$(yml_value mrz baud)" \
  -Dkiosk.devices.dispenser.port="$dispenser_path" -Dkiosk.devices.dispenser.baud="$(yml_value dispenser baud)" \
  -Dkiosk.keycard.sector-key="$(yml_value locks sectorKey)" \
  -jar "$kiosk_jar"
wait_until kiosk "${pids[-1]}" 180 healthy "http://127.0.0.1:$KIOSK_PORT/health"

sims="java -jar simulators/target/opencheckin-simulators.jar control --port $control_port"
cat <<EOF

  OpenCheckin is running.
    Kiosk touch UI:      http://127.0.0.1:$KIOSK_PORT/            (maintenance: /maintenance, PIN 2468)
    Backend Swagger UI:  http://127.0.0.1:$BACKEND_PORT/swagger-ui/index.html   (kiosk token demo-kiosk-token-1)
    Backend health:      http://127.0.0.1:$BACKEND_PORT/health
    Logs:                ${logs#"$repo"/}/

  Play a guest (roster ids: $sims guests):
    $sims idcard place zhang-wei        resident ID card on the reader
    $sims camera guest zhang-wei        the guest in front of the camera (impostor | printed_photo | nobody)
    $sims mrz present yuki-tanaka       passport on the MRZ reader
    $sims fault dispenser JAM           a fault (see docs/simulators.md); clear dispenser ends it
    $sims lock 1204                     present the last dispensed card to room 1204's door
  Or type a confirmation code (DM1001 ... DM1030) on the document screen.

  Ctrl-C stops everything.
EOF

# Runs until Ctrl-C, or until one child stops on its own (then the others are stopped too).
set +e
wait -n "${pids[@]}"
status=$?
for i in "${!pids[@]}"; do
  if ! kill -0 "${pids[$i]}" 2>/dev/null; then
    log "${names[$i]} stopped unexpectedly (exit $status); see ${logs#"$repo"/}/${names[$i]}.log"
  fi
done
exit 1
