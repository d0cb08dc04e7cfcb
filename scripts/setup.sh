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
# Toolchains for the sandbox's SandboxFusion languages (src/sandbox/languages/; about 1.6 GB, a few minutes):
# C/C++ (g++, libssl-dev; CWEval's C tasks also link sqlite3, libjwt, libarchive, libxml2), Go with testify and
# x/crypto from Debian's Go sources (GOPATH mode, offline), Java 17 + JUnit 5, rustc with the sources of
# HumanEval-X's crates rand, regex and md5 (built offline into rlibs at first use), Mono (csharp), PHP, Ruby,
# Lua 5.4, R, Racket, Scala, Kotlin, GDC (D_ut), Icarus Verilog, Debian's typescript (transpiled, as tsx runs it).
# Set PURPCODE_SKIP_LANGUAGES=1 to skip them (python, pytest and nodejs need none of these).
if [ "${PURPCODE_SKIP_LANGUAGES:-0}" != "1" ]; then
  DEB_PACKAGES+=(g++ libssl-dev libsqlite3-dev libjwt-dev libarchive-dev libxml2-dev
    libboost-dev golang-go golang-github-stretchr-testify-dev golang-golang-x-crypto-dev golang-github-mattn-go-sqlite3-dev
    openjdk-17-jdk-headless junit5 rustc librust-rand-dev librust-regex-dev librust-md5-dev mono-mcs mono-runtime php-cli ruby lua5.4 r-base-core racket scala
    kotlin gdc iverilog nodejs node-typescript)
fi
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
