#!/usr/bin/env bash
# Requests per second and latency for the two seeded public pages, with wrk on loopback against a portal
# started by the README's run command. Bounded: 2 threads, 16 connections, 20 s per page.
set -eu
base=${1:-http://localhost:8080}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk"; exit 1; }
for path in / /the-issue; do
    echo "== GET $path"
    wrk -t2 -c16 -d20s --latency "$base$path" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done
