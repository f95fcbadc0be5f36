#!/usr/bin/env bash
# Installs what the in-editor (code-server) suite needs on a Debian machine, without touching the package's own
# dependencies: Debian packages (Chromium, ripgrep, the headers code-server's native modules build against) and
# code-server itself, from the npm registry, into .cache/code-server (git-ignored).
#
# Idempotent: a second run only checks and returns. Nothing is fetched from outside Debian and the npm registry —
# code-server's ripgrep dependency would download a binary in its install script, so its download cache is seeded
# with Debian's rg first.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"   # the newest code-server that runs on Node 20 (VS Code 1.100.3)
RIPGREP_PKG_VERSION="1.15.11"   # the @vscode/ripgrep version that code-server 4.100.3 pulls in
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dest="${OUTPOST_CODE_SERVER_DIR:-$root/.cache/code-server}"

say() { printf '[e2e:install] %s\n' "$*"; }

# 1. Debian packages. `dpkg -s` first so a machine that has them does not need the network at all.
apt_packages=(libkrb5-dev pkg-config ripgrep chromium)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  say "Debian packages present: ${apt_packages[*]}"
fi

# 2. The ripgrep download cache, filled with Debian's rg (the package untars it and expects `rg` at the top level).
tmp="$(node -p 'require("os").tmpdir()')"
cache="$tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
if [[ ! -s "$cache/$RIPGREP_ASSET" ]]; then
  say "seeding $cache/$RIPGREP_ASSET from $(command -v rg)"
  mkdir -p "$cache"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$cache/$RIPGREP_ASSET" -C "$staging" rg
  rm -rf "$staging"
fi

# 3. code-server in its own folder. Its own package.json stops npm from walking up into the extension's.
bin="$dest/node_modules/.bin/code-server"
marker="$dest/.installed-$CODE_SERVER_VERSION"   # written only after the postinstall (native modules) succeeded
if [[ -f "$marker" && -x "$bin" ]]; then
  say "code-server $CODE_SERVER_VERSION present in $dest"
  exit 0
fi
say "installing code-server@$CODE_SERVER_VERSION into $dest (builds native modules: a few minutes)"
rm -rf "$dest"
mkdir -p "$dest"
printf '{\n  "name": "outpost-e2e-code-server",\n  "private": true\n}\n' >"$dest/package.json"
# code-server's postinstall runs `npm install` in lib/vscode, whose packages build native modules in their own
# install scripts. npm 11 runs install scripts only for allowed packages, and a nested install has no allow list
# of ours, so scripts are allowed through the environment for this folder's install only.
# npm_config_yes: node-pty's install script runs npx, which must not prompt. unsafe_perm: code-server's postinstall
# refuses to run as root without it (npm 11 no longer knows the flag, so it is set where the script reads it).
(
  cd "$dest"
  export npm_config_yes=true npm_config_unsafe_perm=true npm_config_dangerously_allow_all_scripts=true
  npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION"
)
[[ -e "$dest/node_modules/code-server/lib/vscode/node_modules.asar" ]] || {
  say "code-server's postinstall did not run (lib/vscode/node_modules.asar is missing)"
  exit 1
}
version="$("$bin" --version | head -1)"
touch "$marker"
say "code-server $version installed"
