#!/usr/bin/env bash
# The moderation queue with 100,000 inquiries: starts the portal with the README's run command on a fresh
# database (H2 by default, or a local PostgreSQL 15 with "postgresql"), lets it add the demo inquiries, signs in
# as the administrator and loads the queue's first page 200 times each with a status filter, a text filter and
# both. Prints p50 and p95 of the whole page (query, count and rendering), then stops the portal.
#   bench/inquiry-queue.sh [h2|postgresql] [inquiries]
set -u
cd "$(dirname "$0")/.."
db=${1:-h2}
count=${2:-100000}
base=http://localhost:8080
work=$(mktemp -d)
export PORTAL_DEMO_INQUIRIES=$count PORTAL_ADMIN_EMAIL=bench@beacon.test PORTAL_ADMIN_PASSWORD=bench-password-1234
if [ "$db" = postgresql ]; then
    pg_ctlcluster 15 main start 2>/dev/null || true
    su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS beacon_bench' -c \"DROP ROLE IF EXISTS beacon_bench\"" >/dev/null
    su postgres -c "psql -q -c \"CREATE ROLE beacon_bench LOGIN PASSWORD 'beacon_bench'\" -c 'CREATE DATABASE beacon_bench OWNER beacon_bench'" >/dev/null
    export PORTAL_DB_DRIVER=postgresql PORTAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/beacon_bench \
        PORTAL_DB_USER=beacon_bench PORTAL_DB_PASSWORD=beacon_bench
else
    export PORTAL_DB_URL="jdbc:h2:$work/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
fi
log=$work/run.log
started=$(date +%s)
setsid mvn -q -Prun package >"$log" 2>&1 &
pid=$!
trap 'kill -INT -- -$pid 2>/dev/null; sleep 5; kill -- -$pid 2>/dev/null' EXIT
until curl -fs -o /dev/null "$base/health"; do
    kill -0 $pid 2>/dev/null || { echo "the portal did not start; see $log"; exit 1; }
    sleep 1
done
echo "$db: portal up with $count inquiries after $(( $(date +%s) - started )) s"

jar=$work/cookies
login=$(curl -fs -c "$jar" -b "$jar" "$base/login")
nonce=$(echo "$login" | grep -o 'name="primefaces.nonce" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" "$base/login" --data-urlencode signIn=signIn --data-urlencode "primefaces.nonce=$nonce" \
    --data-urlencode "signIn:email=$PORTAL_ADMIN_EMAIL" --data-urlencode "signIn:password=$PORTAL_ADMIN_PASSWORD" \
    --data-urlencode "signIn:submit=Sign in" --data-urlencode "jakarta.faces.ViewState=stateless"
curl -fs -b "$jar" "$base/admin/inquiries?status=OPEN" | grep -q 'INQ-DEMO-' || { echo "not signed in, or no demo inquiries"; exit 1; }

for query in "status=OPEN" "q=school" "status=OPEN&q=school"; do
    for i in $(seq 10); do curl -fs -o /dev/null -b "$jar" "$base/admin/inquiries?$query"; done   # warm up
    for i in $(seq 200); do curl -fs -o /dev/null -w '%{time_total}\n' -b "$jar" "$base/admin/inquiries?$query"; done \
        | sort -n | awk -v q="$query" '{t[NR] = $1 * 1000} END {printf "%-22s p50 %6.1f ms   p95 %6.1f ms   (%d loads)\n", q, t[int(NR * 0.5)], t[int(NR * 0.95)], NR}'
done
