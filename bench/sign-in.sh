#!/usr/bin/env bash
# Sign-in under attack: starts the portal with the README's run command (behind a pretend proxy, so that each
# attacking request can claim another client address), measures the public home page alone (wrk, 1 thread, 16
# connections, 30 s), then the same while 50 connections post wrong passwords for ever-new addresses from ever-new
# clients for 30 s. Prints the home page's req/s and p99 both ways, their ratio, and what the attack achieved.
#   bench/sign-in.sh
set -u
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk"; exit 1; }
base=http://localhost:8080
log=$(mktemp)
PORTAL_BEHIND_PROXY=true setsid mvn ${BENCH_MVN_FLAGS:-} -q -Prun package >"$log" 2>&1 &
pid=$!
trap 'kill -INT -- -$pid 2>/dev/null; sleep 5; kill -- -$pid 2>/dev/null' EXIT
until curl -fs -o /dev/null "$base/health"; do
    kill -0 $pid 2>/dev/null || { echo "the portal did not start; see $log"; exit 1; }
    sleep 1
done
for i in $(seq 200); do curl -fs -o /dev/null "$base/"; done   # the page cache and the JIT a little warm
nonce=$(curl -fs "$base/login" | grep -o 'name="primefaces.nonce" value="[^"]*"' | sed 's/.*value="//;s/"$//' \
    | python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read().strip(), safe=""))')

home() { wrk -t1 -c16 -d30s --latency "$base/" ; }
figures() { awk '/Requests\/sec/ {rps = $2} $1 == "99%" {p99 = $2} END {print rps, p99}'; }

read -r quiet_rps quiet_p99 < <(home | figures)
printf 'home page alone:          %10s req/s   p99 %s\n' "$quiet_rps" "$quiet_p99"

NONCE=$nonce wrk -t1 -c50 -d32s --latency -s bench/sign-in-attack.lua "$base/login" >"$log.attack" 2>&1 &
attack=$!
sleep 1
read -r busy_rps busy_p99 < <(home | figures)
wait $attack
printf 'home page under attack:   %10s req/s   p99 %s\n' "$busy_rps" "$busy_p99"
read -r attack_rps attack_p99 < <(figures <"$log.attack")
printf 'the attack: %s sign-in posts/s answered, p99 %s\n' "$attack_rps" "$attack_p99"
to_ms() { case $1 in *us) echo "${1%us} / 1000" | bc -l ;; *ms) echo "${1%ms}" ;; *s) echo "${1%s} * 1000" | bc -l ;; esac; }
printf 'p99 under attack / alone: %.2f (goal: at most 2)\n' "$(echo "$(to_ms "$busy_p99") / $(to_ms "$quiet_p99")" | bc -l)"
