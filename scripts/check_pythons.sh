#!/usr/bin/env bash
# The app on newer Pythons, as a new user installs it (issue 22): for each version
# (default 3.12 3.13) a fresh virtual environment, a plain (not editable) `pip install`
# of this tree, then `self-test`, `count --network x` and the core tests (without the
# Secret Service ones) against the installed package, not the source tree.
#
# The interpreter comes from pyenv, else `pythonX.Y` on the PATH, else uv (pip-installed
# into a throwaway environment; `uv python install` downloads a CPython build, so it
# needs the internet). ~1.5 min per version on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VERSIONS=("$@")
((${#VERSIONS[@]})) || VERSIONS=(3.12 3.13)

WORK=$(mktemp -d /tmp/companion-pythons.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

find_python() {
  local v=$1 found=""
  if command -v pyenv >/dev/null 2>&1; then
    found=$(ls -d "$(pyenv root)"/versions/"$v".*/bin/python"$v" 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  if [ -z "$found" ] && command -v "python$v" >/dev/null 2>&1; then
    found=$(command -v "python$v")
  fi
  if [ -z "$found" ] && command -v py >/dev/null 2>&1; then  # the Windows launcher
    found=$(py "-$v" -c "import sys; print(sys.executable)" 2>/dev/null | tr -d '\r' || true)
  fi
  if [ -z "$found" ]; then
    if [ ! -x "$WORK/uv/bin/uv" ]; then
      python3 -m venv "$WORK/uv" && "$WORK/uv/bin/python" -m pip install -q uv >&2 || true
    fi
    if [ -x "$WORK/uv/bin/uv" ] &&
      UV_PYTHON_INSTALL_DIR="$WORK/uv-pythons" "$WORK/uv/bin/uv" python install "$v" >&2; then
      found=$(UV_PYTHON_INSTALL_DIR="$WORK/uv-pythons" "$WORK/uv/bin/uv" python find "$v")
    fi
  fi
  [ -n "$found" ] || return 1
  echo "$found"
}

# The tree as it is (tracked and new files, compiled translations), without .venv/build
SRC="$WORK/src"
mkdir -p "$SRC"
{ git ls-files -co --exclude-standard; ls companion/i18n/*.qm 2>/dev/null || true; } |
  sort -u | while IFS= read -r f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
  tar --null -T - -cf - | tar -xf - -C "$SRC"
# The tests run from a folder without companion/ beside them, so they import the
# installed package; scripts/ comes along for the tree's own files the tests read
# (the sample signing key)
TESTS="$WORK/tests-only"
mkdir -p "$TESTS"
cp -r "$SRC/tests" "$SRC/scripts" "$SRC/pyproject.toml" "$TESTS/"

status=0
for v in "${VERSIONS[@]}"; do
  echo "==> Python $v"
  if ! py=$(find_python "$v"); then
    echo "!! no Python $v: install it with pyenv (pyenv install $v) or put python$v on the PATH" >&2
    status=1
    continue
  fi
  venv="$WORK/venv-$v"
  "$py" -m venv "$venv"
  bin="$venv/bin"
  [ -d "$venv/Scripts" ] && bin="$venv/Scripts"  # Windows
  echo "    $("$bin/python" --version) from $py"
  "$bin/python" -m pip install -q --upgrade pip
  # not editable, and without the tree's own build/ (pip builds in a temporary copy)
  (cd "$WORK" && "$bin/python" -m pip install -q "$SRC[test]")
  data=$(mktemp -d "$WORK/data.XXXXXX")
  result=$(cd "$WORK" && QT_QPA_PLATFORM=offscreen "$bin/shareasm-companion" --data-dir "$data" self-test)
  echo "$result" | tail -n 1
  [ "$(printf '%s\n' "$result" | tail -n 1)" = "self-test ok" ] || { echo "!! self-test failed on $v" >&2; status=1; }
  counted=$(cd "$WORK" && "$bin/shareasm-companion" --data-dir "$data" \
    count --network x "Habari ⛏ #shareASM 😀 https://www.iied.org/asm" 2>"$WORK/count.err") || true
  echo "$counted"
  cat "$WORK/count.err" >&2
  # nothing on stderr either: a pkg_resources deprecation warning there means the
  # setuptools pin in pyproject.toml no longer holds
  case "$counted" in "x: "*"/280 — fits") [ ! -s "$WORK/count.err" ] ;; *) false ;; esac ||
    { echo "!! count failed on $v" >&2; status=1; }
  # the installed package is the one tested, not a source tree
  (cd "$TESTS" && "$bin/python" -P -c "import companion; assert 'site-packages' in companion.__file__")
  (cd "$TESTS" && QT_QPA_PLATFORM=offscreen "$bin/python" -P -m pytest -q -p no:cacheprovider \
    -m "not keyring" tests/core) || { echo "!! core tests failed on $v" >&2; status=1; }
done
exit $status
