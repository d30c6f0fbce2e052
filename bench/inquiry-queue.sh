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
work=$(mktemp -d)
source bench/lib.sh
export PORTAL_DEMO_INQUIRIES=$count
fresh_database
start_portal
sign_in
curl -fs -b "$jar" "$base/admin/inquiry/?status=OPEN" | grep -q 'INQ-DEMO-' || { echo "not signed in, or no demo inquiries"; exit 1; }

for query in "status=OPEN" "q=school" "status=OPEN&q=school"; do
    page_times "/admin/inquiry/?$query"
done
