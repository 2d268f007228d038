#!/usr/bin/env bash
# Pack the PyInstaller .app into a compressed, read-only disk image with an
# "Applications" shortcut, so installing is: open the .dmg, drag the app across.
#
#   bash packaging/macos/make_dmg.sh "dist/shareASM Companion.app" dist/x.dmg "shareASM Companion"
#
# Called by `python packaging/build.py` on macOS. Optional signing for distribution
# outside the team (without it, the first start needs right-click > Open):
#   CODESIGN_IDENTITY="Developer ID Application: ..."  sign the app and the image
#   NOTARY_PROFILE=name   also notarize (a profile saved with
#                         `xcrun notarytool store-credentials name`) and staple
set -euo pipefail

APP="${1:?usage: make_dmg.sh APP.app OUT.dmg VOLUME-NAME}"
OUT="${2:?usage: make_dmg.sh APP.app OUT.dmg VOLUME-NAME}"
VOLNAME="${3:?usage: make_dmg.sh APP.app OUT.dmg VOLUME-NAME}"

if [ "$(uname -s)" != "Darwin" ]; then
  echo "make_dmg.sh: hdiutil only exists on macOS" >&2
  exit 2
fi
if [ ! -d "$APP/Contents/MacOS" ]; then
  echo "make_dmg.sh: $APP is not an app bundle (build it with packaging/build.py)" >&2
  exit 1
fi

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  echo "==> signing $APP as $CODESIGN_IDENTITY"
  codesign --force --deep --timestamp --options runtime \
    --entitlements "$(dirname "$0")/entitlements.plist" --sign "$CODESIGN_IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
# ditto keeps symlinks, extended attributes and the code signature intact (cp -R may not)
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"

rm -f "$OUT"
echo "==> creating $OUT"
hdiutil create -volname "$VOLNAME" -srcfolder "$STAGE" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$OUT"
hdiutil verify "$OUT"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$OUT"
  if [ -n "${NOTARY_PROFILE:-}" ]; then
    echo "==> notarizing (this can take minutes)"
    xcrun notarytool submit "$OUT" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$OUT"
  fi
fi
echo "==> $OUT"
