#!/usr/bin/env bash
# Run the whole test suite (pytest + pytest-qt offscreen, ruff, mypy) inside a private
# D-Bus session with an unlocked gnome-keyring, so the keyring tests use a real
# Secret Service. Extra arguments go to pytest.
#
# COMPANION_FAKETIME="+400d" (or "-400d", any libfaketime offset) runs pytest with the
# system's calendar clock shifted (apt package faketime); D-Bus and gnome-keyring keep
# the real time. Only the wall clock moves: the monotonic clock stays real, which
# timeouts need (see scripts/faketime/sitecustomize.py for the one libfaketime bug
# this works around).
set -euo pipefail
cd "$(dirname "$0")/.."

export QT_QPA_PLATFORM=offscreen
RUN_DIR="$(mktemp -d /tmp/companion-test-run.XXXXXX)"
chmod 700 "$RUN_DIR"
export XDG_RUNTIME_DIR="$RUN_DIR"
export XDG_DATA_HOME="$RUN_DIR/data"
export XDG_CONFIG_HOME="$RUN_DIR/config"
export XDG_CACHE_HOME="$RUN_DIR/cache"
export HOME="$RUN_DIR/home"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$HOME"
trap 'rm -rf "$RUN_DIR"' EXIT

if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "scripts/test.sh needs dbus-run-session and gnome-keyring (run scripts/bootstrap.sh)" >&2
  exit 2
fi

FAKETIME_RUN=()
if [ -n "${COMPANION_FAKETIME:-}" ]; then
  if ! command -v faketime >/dev/null; then
    echo "COMPANION_FAKETIME needs faketime (run scripts/bootstrap.sh)" >&2
    exit 2
  fi
  FAKETIME_RUN=(env FAKETIME_DONT_FAKE_MONOTONIC=1
    "PYTHONPATH=$PWD/scripts/faketime${PYTHONPATH:+:$PYTHONPATH}"
    faketime -f "$COMPANION_FAKETIME")
  echo "==> pytest with the clock shifted by $COMPANION_FAKETIME"
fi

dbus-run-session -- bash -c '
  set -euo pipefail
  echo -n "companion-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export COMPANION_REAL_KEYRING=1
  exec "$@"
' bash ${FAKETIME_RUN[@]+"${FAKETIME_RUN[@]}"} .venv/bin/python -m pytest "$@"
