#!/usr/bin/env bash
# Builds the one-folder desktop bundle (build.spec) into dist/fieldcase, then proves it works
# headless: creates a throwaway profile, adds synthetic cases, lists and searches them, runs
# the self-test and opens the window on Qt's offscreen platform for a few seconds.
# Prints the bundle size at the end. See docs/packaging.md.
#
# Usage: scripts/build-bundle.sh [DISTDIR]        (default: dist)
# Needs: .venv with the dev extras (scripts/install.sh --dev). Run as root on a bare Debian 12
# and it installs the system packages the build needs first.
set -euo pipefail
cd "$(dirname "$0")/.."

distdir=$(realpath -m "${1:-dist}")
workdir=$(realpath -m build/pyinstaller)
bundle="$distdir/fieldcase/fieldcase"

# objdump (binutils) is how PyInstaller reads library dependencies; the two xcb libraries are
# not on a bare Debian 12 but libqxcb.so links them, so they must be present to be bundled.
# icu-devtools (icupkg) and gcc rebuild ICU's data library smaller (scripts/trim_icu_data.py).
system_packages=(binutils icu-devtools gcc libxcb-icccm4 libxcb-keysyms1
                 libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6
                 libdbus-1-3)
missing=()
for package in "${system_packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
      >/dev/null
  else
    echo "missing system packages (install them as root): ${missing[*]}" >&2
    exit 1
  fi
fi
[ -x .venv/bin/pyinstaller ] || { echo "no .venv/bin/pyinstaller: run scripts/install.sh --dev" >&2; exit 1; }

echo "== pyinstaller build.spec -> $distdir/fieldcase"
started=$(date +%s)
.venv/bin/pyinstaller build.spec --noconfirm --log-level WARN \
  --distpath "$distdir" --workpath "$workdir"
echo "   built in $(( $(date +%s) - started )) s"

# Smoke test against the bundle, never the venv: a clean environment, a throwaway profile and
# temp folder, and a known test passphrase (no real data is ever involved).
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
run() {
  env -i PATH=/usr/bin:/bin HOME="$smoke/home" TMPDIR="$smoke/tmp" LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen FIELDCASE_PASSPHRASE='correct horse battery staple' \
    "$bundle" "$@"
}
mkdir -p "$smoke/home" "$smoke/tmp"
profile="$smoke/p1"

echo "== smoke: init";       run init --profile "$profile" --user amina --role supervisor --team demo --site LAMP-01
echo "== smoke: demo-data";  run demo-data --cases 20 --profile "$profile" --user amina
echo "== smoke: case list";  cases=$(run case list --profile "$profile" --user amina --json)
listed() { .venv/bin/python -c "import json,sys; print($1)"; }
count=$(printf '%s' "$cases" | listed 'len(json.load(sys.stdin)["cases"])')
echo "   $count cases listed"
[ "$count" -ge 20 ] || { echo "expected at least 20 cases, got $count" >&2; exit 1; }
# Search for the first listed (synthetic) name: exercises the transliteration tables.
name=$(printf '%s' "$cases" | listed 'json.load(sys.stdin)["cases"][0]["display_name"]')
hits=$(run search --profile "$profile" --user amina --json "$name" | listed 'len(json.load(sys.stdin))')
echo "== smoke: search       $hits hit(s) for the first listed name"
[ "$hits" -ge 1 ] || { echo "search found nothing for a listed case" >&2; exit 1; }
echo "== smoke: self-test";  run self-test --profile "$profile" --user amina
echo "== smoke: window (offscreen, 6 s)"
status=0
# exec: the background job becomes the bundle itself, so $! is the window and the kill below
# ends it (a function run in the background is a subshell, and killing it left the window)
(exec env -i PATH=/usr/bin:/bin HOME="$smoke/home" TMPDIR="$smoke/tmp" LANG=C.UTF-8 \
  QT_QPA_PLATFORM=offscreen "$bundle" --profile "$profile") >"$smoke/window.log" 2>&1 &
window=$!
sleep 6
if kill -0 "$window" 2>/dev/null; then
  kill "$window"; wait "$window" 2>/dev/null || true
  echo "   window still running after 6 s: ok"
else
  wait "$window" || status=$?
  echo "the window exited early (status $status):" >&2
  cat "$smoke/window.log" >&2
  exit 1
fi

echo "== size"
du -sh "$distdir/fieldcase"
