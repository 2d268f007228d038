#!/bin/sh
# Add shareASM Companion to this user's application menu (no root needed), or take it
# away again. Run it from the unpacked folder:
#     ./install.sh              # menu entry + icons for the app in this folder
#     ./install.sh --uninstall  # remove them (the app folder and your data stay)
# The app itself runs from where it was unpacked; moving the folder means running
# ./install.sh again.
set -eu

APP_ID="shareasm-companion"
METAINFO_ID="org.iied.shareasm.companion"
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"

RES="$HERE/_internal/resources"
[ -d "$RES" ] || RES="$HERE/resources"

remove() {
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$METAINFO_ID.metainfo.xml"
  rm -f "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
  for f in "$DATA"/icons/hicolor/*/apps/"$APP_ID".png; do
    [ -e "$f" ] && rm -f "$f"
  done
  return 0
}

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$DATA/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  refresh
  echo "removed the menu entry for shareASM Companion"
  exit 0
fi

if [ ! -x "$HERE/$APP_ID" ]; then
  echo "install.sh: $HERE/$APP_ID not found: run this script from the unpacked app folder" >&2
  exit 1
fi

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
for png in "$RES"/icons/png/*.png; do
  size="$(basename "$png" .png)"
  mkdir -p "$DATA/icons/hicolor/$size/apps"
  cp "$png" "$DATA/icons/hicolor/$size/apps/$APP_ID.png"
done
cp "$RES/icons/$APP_ID.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
cp "$RES/linux/$METAINFO_ID.metainfo.xml" "$DATA/metainfo/"
# Exec must be an absolute path: quote it as the Desktop Entry spec asks.
exec_path="$(printf '%s' "$HERE/$APP_ID" | sed 's/\\/\\\\\\\\/g; s/"/\\\\"/g; s/`/\\\\`/g; s/\$/\\\\$/g')"
tryexec_path="$(printf '%s' "$HERE/$APP_ID" | sed 's/\\/\\\\/g')"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec="%s"\n' "$exec_path" ;;
    TryExec=*) printf 'TryExec=%s\n' "$tryexec_path" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$RES/linux/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
refresh
echo "added shareASM Companion to the application menu ($DATA/applications/$APP_ID.desktop)"
