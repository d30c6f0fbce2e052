#!/usr/bin/env bash
# Time from the README's run command to the first page served, on this checkout. Prints the figure, then stops
# the portal. Usage: bench/first-page.sh   (run from a clean clone to include the whole first build)
set -u
cd "$(dirname "$0")/.."
log=$(mktemp)
start=$(date +%s.%N)
setsid mvn -Prun package >"$log" 2>&1 &
pid=$!
trap 'kill -INT -- -$pid 2>/dev/null; sleep 5; kill -- -$pid 2>/dev/null' EXIT
until curl -fs -o /dev/null http://localhost:8080/the-issue; do
    if ! kill -0 $pid 2>/dev/null; then echo "run command ended before serving a page; see $log"; exit 1; fi
    sleep 0.5
done
end=$(date +%s.%N)
printf 'first page served %.1f s after the run command started\n' "$(echo "$end - $start" | bc)"
