#!/usr/bin/env bash
# Runs the whole OpenCheckin system on this machine, with simulated devices instead of hardware:
#   1. builds the jars once (mvn -B -q install -DskipTests; skipped while the jars are newer than the sources),
#   2. installs the face models from ../shared (without them face checks go to staff),
#   3. starts the device simulators (scripts/demo-sims.yml: ID reader, MRZ reader, key-card dispenser,
#      camera, door locks; control port 7171),
#   4. starts the hotel backend on the embedded H2 database under ./data/ with the demo hotel and books
#      today's stays for the simulated guests (integration API, client demo-pms),
#   5. starts the kiosk app pointed at the simulated devices, the simulated camera and the backend,
#   6. starts the front-desk admin web (staff admin/admin) on the backend's staff API,
# waits until each one is healthy, prints the URLs and how to play a guest, and stops everything on Ctrl-C.
#
# Usage: scripts/demo.sh [--rebuild | --no-build]
# Environment: BACKEND_PORT (8080), KIOSK_PORT (8090), ADMIN_PORT (8081), JAVA (java), JAVA_OPTS (JVM options),
#              BACKEND_JAR (another backend build), OPENCHECKIN_DB_URL (another database for the backend).
# Logs: data/demo-logs/{simulators,backend,kiosk,admin}.log
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

BACKEND_PORT="${BACKEND_PORT:-8080}"
KIOSK_PORT="${KIOSK_PORT:-8090}"
ADMIN_PORT="${ADMIN_PORT:-8081}"
JAVA="${JAVA:-java}"
read -r -a java_opts <<<"${JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
sims_config="$repo/scripts/demo-sims.yml"
sims_jar="$repo/simulators/target/opencheckin-simulators.jar"
backend_jar="${BACKEND_JAR:-$repo/hotel-backend/target/hotel-backend-0.1.0-SNAPSHOT.jar}"
kiosk_jar="$repo/kiosk-app/target/kiosk-app-0.1.0-SNAPSHOT.jar"
admin_jar="$repo/admin-web/target/admin-web-0.1.0-SNAPSHOT.jar"
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
  -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown option $1 (try --help)" ;;
esac

# ---------------------------------------------------------------- 1. build
# Stale when a jar is missing or any source or pom is newer than the oldest jar.
jars_stale() {
  local jar oldest=""
  for jar in "$sims_jar" "$backend_jar" "$kiosk_jar" "$admin_jar"; do
    [ -f "$jar" ] || return 0
    if [ -z "$oldest" ] || [ "$jar" -ot "$oldest" ]; then oldest="$jar"; fi
  done
  [ -n "$(find pom.xml device-drivers hotel-backend kiosk-app admin-web simulators \
            \( -path '*/target' -prune \) -o \( -type f \( -path '*/src/main/*' -o -name pom.xml \) \
            -newer "$oldest" \) -print 2>/dev/null | head -n1)" ]
}
command -v "$JAVA" >/dev/null 2>&1 || die "no java on PATH (Java 17 or newer is needed)"
if [ "$build" = yes ] || { [ "$build" = auto ] && jars_stale; }; then
  command -v mvn >/dev/null 2>&1 || die "the jars need building and there is no mvn on PATH"
  log "building the jars (mvn -B -q install -DskipTests; a few minutes the first time)"
  mvn -B -q install -DskipTests
else
  log "jars are up to date (scripts/demo.sh --rebuild forces a build)"
fi
for jar in "$sims_jar" "$backend_jar" "$kiosk_jar" "$admin_jar"; do
  [ -f "$jar" ] || die "$jar is missing after the build"
done
# Run copies: rebuilding a module while the demo runs must not pull a jar from under a running JVM.
run_jars="$repo/data/demo-jars"
mkdir -p "$run_jars"
cp "$sims_jar" "$run_jars/simulators.jar"
cp "$backend_jar" "$run_jars/hotel-backend.jar"
cp "$kiosk_jar" "$run_jars/kiosk-app.jar"
cp "$admin_jar" "$run_jars/admin-web.jar"

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
for p in "$BACKEND_PORT" "$KIOSK_PORT" "$ADMIN_PORT" "$control_port"; do
  port_free "$p" || die "port $p is already in use (another demo running? BACKEND_PORT/KIOSK_PORT/ADMIN_PORT move the apps)"
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
# shellcheck source=lib/local-http.sh
. "$repo/scripts/lib/local-http.sh"
# A key of a top-level section of the simulators' config: yml_value dispenser baud
yml_value() { sed -n "/^$1:/,/^[^ #]/s/^  $2: *\([^ #]*\).*/\1/p" "$sims_config" | head -n1; }

# ---------------------------------------------------------------- 3. simulators
rm -f "$paths_file"
start simulators "$logs/simulators.log" "$JAVA" "${java_opts[@]}" -Dshared.dir="$repo/../shared" \
  -jar "$run_jars/simulators.jar" --config "$sims_config"
wait_until simulators "${pids[-1]}" 60 test -s "$paths_file"
prop() { sed -n "s/^$1=//p" "$paths_file"; }
idcard_path="$(prop idcard)"
mrz_path="$(prop mrz)"
dispenser_path="$(prop dispenser)"
camera_pattern="$(prop camera)"
log "simulated devices: idcard=$idcard_path mrz=$mrz_path dispenser=$dispenser_path"
log "simulated camera:  $camera_pattern"

# ---------------------------------------------------------------- 4. backend (H2 under ./data, demo hotel)
start backend "$logs/backend.log" env OPENCHECKIN_PORT="$BACKEND_PORT" "$JAVA" "${java_opts[@]}" -jar "$run_jars/hotel-backend.jar"
wait_until backend "${pids[-1]}" 180 http_ok "http://127.0.0.1:$BACKEND_PORT/health"

# ---------------------------------------------------------------- 4b. stays for the simulated guests
# The demo hotel's own 30 reservations are not the simulators' guests. Book today's stays for the roster's
# guests (simulators/src/main/resources/guests.json: id, document, Latin name) the way a chain's PMS does,
# through the integration API (client demo-pms); a repeated start only updates them.
book_simulated_guests() {
  local base="http://127.0.0.1:$BACKEND_PORT" token today departure n=0 booked=0 id type number name room status
  token="$(http_request POST "$base/api/v1/oauth/token" \
    '{"grant_type":"client_credentials","client_id":"demo-pms","client_secret":"demo-secret"}' 2>/dev/null \
    | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')" || true
  if [ -z "$token" ]; then
    log "this backend has no integration API: of the simulated guests only yuki-tanaka has a stay today (DM1008, by name)"
    return
  fi
  today="$(date -u +%F)"                       # the demo hotel keeps UTC
  departure="$(date -u -d '+2 days' +%F)"
  while IFS='|' read -r id type number name room; do
    n=$((n + 1))
    status="$(http_status "$(http_request PUT "$base/api/v1/hotels/DEMO/reservations/SIM-$id" \
      "{\"confirmationCode\":\"SIM$(printf %02d "$n")\",\"guestName\":\"$name\",\"documentType\":\"$type\",\"documentNumber\":\"$number\",\"arrival\":\"$today\",\"departure\":\"$departure\",\"adults\":1,\"roomType\":\"$room\"}" \
      "Authorization: Bearer $token" 2>/dev/null)")" || true
    case "$status" in
      200|201) booked=$((booked + 1)) ;;
      *) log "booking for simulated guest $id answered HTTP $status" ;;
    esac
  done <<'GUESTS'
zhang-wei|CN_RESIDENT_ID|110101198503120017|Zhang Wei|DLX
li-na|CN_RESIDENT_ID|310104199007250024|Li Na|STD
wang-fang|CN_RESIDENT_ID|440305197201180047|Wang Fang|TWN
zhou-min|CN_RESIDENT_ID|320106199511030025|Zhou Min|STD
john-smith|CN_FOREIGNER_PR|USA310078051923|John Robert Smith|STE
chan-ka-ming|HMT_RESIDENCE_PERMIT|810000198806050013|Chan Ka Ming|TWN
james-harris|PASSPORT|533401372|James Harris|DLX
anna-mueller|PASSPORT|C01X00T47|Anna Lena Mueller|STD
GUESTS
  log "booked today's stays for $booked simulated guests (codes SIM01..SIM08; yuki-tanaka has DM1008)"
}
book_simulated_guests

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
  -jar "$run_jars/kiosk-app.jar"
wait_until kiosk "${pids[-1]}" 180 http_ok "http://127.0.0.1:$KIOSK_PORT/health"

# ---------------------------------------------------------------- 6. front-desk admin web
start admin "$logs/admin.log" "$JAVA" "${java_opts[@]}" \
  -Dmicronaut.server.port="$ADMIN_PORT" \
  -Dadmin.backend.url="http://127.0.0.1:$BACKEND_PORT" \
  -jar "$run_jars/admin-web.jar"
wait_until admin "${pids[-1]}" 180 http_ok "http://127.0.0.1:$ADMIN_PORT/health"

sims="java -jar simulators/target/opencheckin-simulators.jar control --port $control_port"
cat <<EOF

  OpenCheckin is running.
    Kiosk touch UI:      http://127.0.0.1:$KIOSK_PORT/            (maintenance: /maintenance, PIN 2468)
    Front desk (staff):  http://127.0.0.1:$ADMIN_PORT/            (admin/admin: escalations, kiosks, rooms, keys)
    Backend Swagger UI:  http://127.0.0.1:$BACKEND_PORT/swagger-ui/index.html   (kiosk token demo-kiosk-token-1)
    Backend health:      http://127.0.0.1:$BACKEND_PORT/health
    Logs:                ${logs#"$repo"/}/

  Play a guest: touch the kiosk screen, choose a language, agree, then
    sim camera guest zhang-wei     the guest stands in front of the camera (impostor | printed_photo | nobody)
    sim idcard place zhang-wei     his resident ID card on the reader
    sim mrz present yuki-tanaka    a passport on the MRZ reader (no chip photo: staff check the identity)
    sim lock <room>                present the last card a guest took to the room's door
    sim fault dispenser JAM        a fault (docs/simulators.md lists them); sim clear dispenser ends it
    sim guests                     every simulated guest
  where sim = $sims

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
