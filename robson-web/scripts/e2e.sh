#!/usr/bin/env bash
# Browser end-to-end tests of the dashboard against the real server in demo mode.
# Needs robson-server/target/robson-server.jar (this script builds nothing), Debian's chromium
# (installed with apt-get when missing and running as root) and playwright-core (installed
# with npm when missing; it never downloads a browser). Prints "e2e: N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "e2e: installing Debian's chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "e2e: ${CHROMIUM:-/usr/bin/chromium} is missing; install it with: sudo apt-get install -y chromium" >&2
    echo "e2e: 0 passed, 1 failed"
    exit 1
  fi
fi

if [[ ! -d node_modules/playwright-core ]]; then
  node scripts/install-dependencies.mjs
  if [[ ! -d node_modules/playwright-core ]]; then
    npm install --no-save --no-audit --no-fund playwright-core
  fi
fi

exec node scripts/e2e.mjs "$@"
