#!/usr/bin/env bash
# Installs the face models the kiosk needs into <repo>/models (gitignored):
#   face_detection_yunet_2023mar.onnx  copied from a directory (default: ../shared/models)
#   fr_feature.onnx                    from the npm package faceplugin-face-recognition-js@0.0.1
#                                      (npm pack), or copied when the directory already holds it
# Every file is checked against the sha256 listed in <source dir>/README.md (or the pins below
# when no README is there). Safe to run again: files already present with the right checksum
# are left alone.
#
# Usage: scripts/install-models.sh [SOURCE_DIR]      target: $MODELS_DIR or <repo>/models
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
source_dir="${1:-$repo/../shared/models}"
target="${MODELS_DIR:-$repo/models}"
npm_package="faceplugin-face-recognition-js@0.0.1"

log() { printf '[install-models] %s\n' "$*"; }
die() { printf '[install-models] ERROR: %s\n' "$*" >&2; exit 1; }

# Pins, used when the source directory has no README.md; must agree with ../shared/models/README.md.
declare -A pinned=(
  [face_detection_yunet_2023mar.onnx]=8f2383e4dd3cfbb4553ea8718107fc0423210dc964f9f4280604804ed2552fa4
  [fr_feature.onnx]=87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581
)
from_dir=(face_detection_yunet_2023mar.onnx)
from_npm=(fr_feature.onnx)

# The README's tables end every model row with "| <64 hex> |".
expected_sha() {
  local file="$1" readme="$source_dir/README.md" sha=""
  if [ -f "$readme" ]; then
    sha="$(grep -E "^\| *$file *\|" "$readme" | grep -oE '[0-9a-f]{64}' | tail -n1 || true)"
    if [ -n "$sha" ] && [ "$sha" != "${pinned[$file]}" ]; then
      die "$readme lists sha256 $sha for $file but this script pins ${pinned[$file]}; update one of them"
    fi
  fi
  printf '%s' "${sha:-${pinned[$file]}}"
}

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

is_installed() {
  [ -f "$target/$1" ] && [ "$(sha_of "$target/$1")" = "$(expected_sha "$1")" ]
}

# Copies $2 to $target/$1 after checking its checksum; never leaves a bad file in $target.
install_file() {
  local name="$1" from="$2" want got
  want="$(expected_sha "$name")"
  got="$(sha_of "$from")"
  [ "$got" = "$want" ] || die "$from has sha256 $got, expected $want; refusing to install it"
  rm -f "$target/$name.part"
  cp "$from" "$target/$name.part" && chmod 644 "$target/$name.part" && mv -f "$target/$name.part" "$target/$name"
  log "installed $name (sha256 ok)"
}

mkdir -p "$target"

for name in "${from_dir[@]}"; do
  if is_installed "$name"; then log "$name already installed"; continue; fi
  [ -f "$source_dir/$name" ] || die "$name not found in $source_dir; pass the directory that holds it: $0 DIR"
  install_file "$name" "$source_dir/$name"
done

missing_npm=()
for name in "${from_npm[@]}"; do
  if is_installed "$name"; then log "$name already installed"; continue; fi
  if [ -f "$source_dir/$name" ]; then install_file "$name" "$source_dir/$name"; continue; fi
  missing_npm+=("$name")
done

if [ "${#missing_npm[@]}" -gt 0 ]; then
  command -v npm >/dev/null 2>&1 || die "npm is needed to fetch ${missing_npm[*]} (apt-get install npm), or put them into $source_dir"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  log "fetching $npm_package with npm pack"
  (cd "$work" && npm pack --silent "$npm_package" >/dev/null) || die "npm pack $npm_package failed"
  tar -xzf "$work"/*.tgz -C "$work"
  for name in "${missing_npm[@]}"; do
    [ -f "$work/package/model/$name" ] || die "$npm_package has no model/$name"
    install_file "$name" "$work/package/model/$name"
  done
fi

log "models ready in $target"
