#!/usr/bin/env bash
# Installs what the benchmarks compare Outpost against, outside the extension's dependencies:
# secretlint 11.7.1 + its recommended preset (bench/peers, own package.json and lock), Debian's
# ripgrep, and GNU time (peak memory). Run by `npm run bench:install`.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== apt-get install ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}"
fi

echo "== npm ci (bench/peers: secretlint and its recommended preset)"
(cd peers && npm ci --no-audit --no-fund)
node peers/node_modules/secretlint/bin/secretlint.js --version
rg --version | head -1
