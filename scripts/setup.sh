#!/usr/bin/env bash
# Installs the project's system and npm dependencies. Idempotent; safe on a fresh Debian machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: bubblewrap (sandbox isolation), python3-pytest (test harness), python3-pyflakes (lints the
# sandbox's Python in CI), bandit (benchmark anchor);
# the python3-* libraries are what CWEval's Python tests import inside the sandbox; chromium runs the browser
# test of the eval report viewer.
DEB_PACKAGES=(bubblewrap python3 python3-pytest bandit python3-pyflakes
  python3-pycryptodome python3-lxml python3-argon2 python3-yaml python3-jwt chromium)
missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Native modules build from source without downloading headers.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
npm ci --no-audit --no-fund
