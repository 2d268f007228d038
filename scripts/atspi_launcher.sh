#!/usr/bin/env bash
# Print the path of at-spi-bus-launcher (at-spi2-core), which distributions put in
# different places (/usr/libexec on Debian 12 and Ubuntu 22.04+, /usr/lib/at-spi2-core on
# older ones, a multiarch folder on some). Exit 1, printing nothing, when there is none.
# Used by .ci/run and tests/ui/test_atspi.py, so both look in the same places.
set -u
if [ -n "${ATSPI_BUS_LAUNCHER:-}" ] && [ -x "$ATSPI_BUS_LAUNCHER" ]; then
  echo "$ATSPI_BUS_LAUNCHER"; exit 0
fi
for candidate in \
  /usr/libexec/at-spi-bus-launcher \
  /usr/libexec/at-spi2-core/at-spi-bus-launcher \
  /usr/lib/at-spi2-core/at-spi-bus-launcher \
  /usr/lib/at-spi2/at-spi-bus-launcher \
  /usr/lib/*/at-spi2-core/at-spi-bus-launcher \
  /usr/lib/*/at-spi-bus-launcher; do
  if [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
if command -v dpkg >/dev/null 2>&1; then
  found="$(dpkg -L at-spi2-core 2>/dev/null | grep '/at-spi-bus-launcher$' | head -n 1)"
  if [ -n "$found" ] && [ -x "$found" ]; then echo "$found"; exit 0; fi
fi
found="$(command -v at-spi-bus-launcher 2>/dev/null || true)"
if [ -z "$found" ]; then
  found="$(find /usr -name at-spi-bus-launcher -type f -perm -u+x 2>/dev/null | head -n 1)"
fi
if [ -n "$found" ]; then echo "$found"; exit 0; fi
exit 1
