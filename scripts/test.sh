#!/usr/bin/env bash
# Run the whole test suite (pytest + pytest-qt offscreen, ruff, mypy) inside a private
# D-Bus session with an unlocked gnome-keyring, so the keyring tests use a real
# Secret Service. Extra arguments go to pytest.
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

dbus-run-session -- bash -c '
  set -euo pipefail
  echo -n "companion-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export COMPANION_REAL_KEYRING=1
  exec .venv/bin/python -m pytest "$@"
' bash "$@"
