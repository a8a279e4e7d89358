#!/usr/bin/env bash
# The price benchmark against the fake Binance on 127.0.0.1 (real HTTP, Binance's payloads)
# instead of the simulated market: upstream calls per second are then the exchange's view.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
url=$("$here/fake-binance.sh" "$work")
trap 'kill "$(cat "$work/fake-binance.pid")" 2>/dev/null; rm -rf "$work"' EXIT
echo "fake Binance: $url"
"$here/run.sh" --robson.market=binance --robson.binance.base-url="$url" "$@"
