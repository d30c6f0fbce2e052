#!/usr/bin/env bash
# Everything the browser tests need besides the portal: Debian's headless Chromium and its chromedriver, and the
# page checkers (W3C Nu HTML Checker, axe-core) from npm into $1. Installs what is missing when we are root with
# apt; otherwise stops with one line saying what to install.
set -euo pipefail
tools_dir=${1:?usage: prepare-browser-tests.sh TOOLS_DIR}
here=$(cd "$(dirname "$0")" && pwd)

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing ${missing[*]} for the browser tests..."
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "The browser tests need ${missing[*]}: run 'sudo apt-get install ${missing[*]}' and try again." >&2
        exit 1
    fi
fi

mkdir -p "$tools_dir"
cp "$here/tools/package.json" "$here/tools/package-lock.json" "$tools_dir/"
# npm ci only when the lock file changed since the last install here.
if ! cmp -s "$tools_dir/package-lock.json" "$tools_dir/node_modules/.installed-lock.json" 2>/dev/null; then
    (cd "$tools_dir" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
    cp "$tools_dir/package-lock.json" "$tools_dir/node_modules/.installed-lock.json"
fi
