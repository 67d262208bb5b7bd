#!/usr/bin/env bash
# Installs FieldCase into ./.venv. With --dev, also the test and build tools.
# On a bare Debian 12 run as root, it first installs the system libraries Qt needs offscreen,
# fonts that cover Latin, Arabic and Ethiopic, and binutils for PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."

system_packages=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6
                 libdbus-1-3 libxcb-icccm4 libxcb-keysyms1 fonts-noto-core fonts-dejavu-core
                 binutils)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  for package in "${system_packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  # The server's tests start a throw-away PostgreSQL cluster of their own.
  if [ "${1:-}" = "--dev" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    missing+=(postgresql-15)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"
.venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e ".${extras}" 2>&1 \
  | grep -v '^WARNING: Location' || true
.venv/bin/python -c "import fieldcase" # fails loudly if the install did not take
# The interface's translation catalogues (.qm) are compiled from the committed .ts sources.
.venv/bin/python scripts/i18n.py compile >/dev/null
# The sync benchmark's PouchDB reference (benchmarks/pouchdb), so its tests run rather than skip:
# pinned by package-lock.json; only where Node is installed.
if [ "${1:-}" = "--dev" ] && command -v node >/dev/null && command -v npm >/dev/null; then
  (cd benchmarks/pouchdb && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
