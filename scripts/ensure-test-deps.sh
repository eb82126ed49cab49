#!/usr/bin/env bash
# Runs before `npm test`: makes a fresh clone testable with that one command.
# Installs the locked dependencies if they are missing, and Debian's Chromium
# for the browser tests (never a test tool's own browser download).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/astro ] || [ ! -x node_modules/node/bin/node ]; then
  echo "ensure-test-deps: installing dependencies from package-lock.json (npm ci)"
  npm ci
fi

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-test-deps: installing Debian's chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  else
    echo "ensure-test-deps: Chromium not found at $chromium_path." >&2
    echo "Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
