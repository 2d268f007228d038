#!/usr/bin/env bash
# Set up shareASM Companion on a fresh machine: system libraries Qt needs (Debian/Ubuntu),
# a virtual environment in .venv, the app with its test tools, and compiled translations.
# Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libfreetype6 libdbus-1-3 libgssapi-krb5-2
  fonts-dejavu-core libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libxcb-util1 libxrender1 libxext6
  libxrandr2 libpulse0 libnss3 libxcomposite1 libxdamage1 libxtst6 libxkbfile1 libasound2
  xvfb xauth dbus dbus-x11 gnome-keyring fonts-noto-color-emoji
  appstream binutils gcc desktop-file-utils
  at-spi2-core gir1.2-atspi-2.0 python3-gi xdotool
  faketime
)

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO=""; fi
  fi
  if [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; then
    echo "==> installing system packages Qt needs"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      --no-upgrade "${APT_PACKAGES[@]}" >/dev/null
  else
    echo "!! not root and no sudo: make sure these are installed: ${APT_PACKAGES[*]}" >&2
  fi
else
  echo "==> not a Debian-family system: skipping system packages (Qt wheels bring their own on Windows/macOS)"
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv with $($PYTHON --version)"
  $PYTHON -m venv .venv
fi
echo "==> installing the app and its test tools into .venv"
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,package]"
echo "==> compiling translations"
.venv/bin/python packaging/build_translations.py
echo "==> ready: .venv/bin/shareasm-companion"
