#!/usr/bin/env bash
# The browser tests drive Debian's headless Chromium through its chromedriver. Install both when missing and we
# are root with apt; otherwise stop with one line that says what to install.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium and chromium-driver for the browser tests..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
    exit 0
fi
echo "The browser tests need Chromium and its driver: run 'sudo apt-get install chromium chromium-driver' and try again." >&2
exit 1
