#!/usr/bin/env bash
# Browser timings of the dashboard: navigation → first position card, chart render of 672
# candles, JavaScript transferred. Needs the built server jar (make build) and Debian's
# chromium; uses robson-web's playwright-core. Prints figures, asserts nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
web="$here/../../robson-web"
[ -d "$web/node_modules/playwright-core" ] || (cd "$web" && node scripts/install-dependencies.mjs)
exec node "$here/browser-timing.mjs" "$@"
