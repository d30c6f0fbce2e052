#!/usr/bin/env bash
# Public pages under load: starts the portal with the README's run command and 500 demo articles, then wrk
# (2 threads, 32 connections, 30 s each, loopback only) against /, one news article and a static asset.
# Prints req/s and p99 for each and the page/static ratio, then stops the portal. wrk says it is a browser, as a
# reader's request is counted for the readership figures and a tool's is not: the figures include that counting.
set -u
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk"; exit 1; }
base=http://localhost:8080
log=$(mktemp)
PORTAL_DEMO_ARTICLES=500 setsid mvn -Prun package >"$log" 2>&1 &
pid=$!
trap 'kill -INT -- -$pid 2>/dev/null; sleep 5; kill -- -$pid 2>/dev/null' EXIT
until curl -fs -o /dev/null "$base/news"; do
    kill -0 $pid 2>/dev/null || { echo "the portal did not start; see $log"; exit 1; }
    sleep 1
done
article=$(curl -fs "$base/news" | grep -o 'href="/news/demo-article-[0-9]*"' | head -1 | cut -d'"' -f2)
static=/jakarta.faces.resource/beacon/site.css.xhtml
ua='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36'
declare -A rps p99
for path in / "$article" "$static"; do
    curl -fs -o /dev/null "$base$path"   # warm up the page cache and the JIT a little
    out=$(wrk -t2 -c32 -d30s --latency -H "User-Agent: $ua" "$base$path")
    rps[$path]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99[$path]=$(echo "$out" | awk '$1 == "99%" {print $2}')
    printf '%-45s %10s req/s   p99 %s\n' "$path" "${rps[$path]}" "${p99[$path]}"
done
printf 'page/static ratio: / %.2f, article %.2f\n' "$(echo "${rps[/]} / ${rps[$static]}" | bc -l)" \
    "$(echo "${rps[$article]} / ${rps[$static]}" | bc -l)"
