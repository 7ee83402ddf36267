# Shared helpers for the scripts in scripts/ and bench/. Source it; it defines functions only,
# plus ROOT (the repository) and SHARED (../shared beside it, when present).
#
# Scripts that start services (later: dockerd, the mock cloud) register their stop commands with
# `at_exit`, so a failing run still cleans up.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SHARED=$(cd "$ROOT/.." && pwd)/shared

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Commands run at exit, last registered first.
_AT_EXIT=()
at_exit() { _AT_EXIT+=("$*"); }
_run_at_exit() {
  local status=$? i
  for ((i = ${#_AT_EXIT[@]} - 1; i >= 0; i--)); do eval "${_AT_EXIT[i]}" || true; done
  return "$status"
}
trap _run_at_exit EXIT

# Runs a command with its output in a log file; prints the log only when the command fails.
quietly() {
  local name=$1; shift
  local logfile="$ROOT/.build-logs/$name.log"
  mkdir -p "$ROOT/.build-logs"
  if ! "$@" >"$logfile" 2>&1; then
    cat "$logfile" >&2
    die "$name failed (log: ${logfile#"$ROOT/"})"
  fi
}

# Installs the given Debian packages if any is missing; `apt-get update` runs only then.
ensure_apt_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get to install them"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  log "installing ${missing[*]}"
  quietly apt-get-update "${sudo[@]}" apt-get update -q
  quietly apt-get-install "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Puts the Swift toolchain on PATH (it lives in /opt/swift on the project's machines).
ensure_swift() {
  if ! command -v swift >/dev/null && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
  fi
  command -v swift >/dev/null || die "no Swift toolchain: install Swift 6.3 (swift.org) and put it on PATH"
}

# Checks for ../shared (conformance data and the reference Terraform) and exports IAC_SHARED_DIR.
# Outside CI a missing ../shared is a warning (tests that read it skip); under CI=true a failure.
ensure_shared() {
  if [ -d "$SHARED" ]; then
    export IAC_SHARED_DIR="$SHARED"
  elif [ "${CI:-}" = "true" ]; then
    die "$SHARED not found: CI needs the shared data beside the repository (X/main, X/shared)"
  else
    warn "$SHARED not found: tests that read the conformance data will be skipped"
  fi
}

# Builds the iac binary in release mode and prints its path.
build_release_iac() {
  quietly swift-build-release swift build -c release --product iac --package-path "$ROOT"
  printf '%s/iac\n' "$(swift build -c release --show-bin-path --package-path "$ROOT")"
}
