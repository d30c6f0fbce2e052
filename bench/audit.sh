#!/usr/bin/env bash
# The audit page with 1,000,000 lines: starts the portal with the README's run command on a fresh local PostgreSQL 15
# database, writes a million audit lines in SQL (20 people, five kinds of target, two years of dates), signs in as
# the administrator and loads the audit page's first page 200 times each filtered by person, by target, by both
# and unfiltered. Prints p50 and p95 of the whole page (count up to its cap, page query, rendering), then stops.
#   bench/audit.sh [lines]
set -u
cd "$(dirname "$0")/.."
db=postgresql
count=${1:-1000000}
work=$(mktemp -d)
source bench/lib.sh
fresh_database
start_portal
sign_in
admin=$(echo "select id from staff_member where email = '$PORTAL_ADMIN_EMAIL'" | sql)
started=$(date +%s)
sql <<SQL
INSERT INTO audit_event (id, occurred_at, staff_id, actor, client_address, action, target_type, target_id, summary)
SELECT nextval('audit_event_seq'), now() - (g || ' minutes')::interval,
       CASE WHEN g % 20 = 0 THEN $admin ELSE 1000 + g % 20 END,
       'staff' || (g % 20) || '@beacon.test', '192.0.2.' || (g % 250),
       (ARRAY['INQUIRY_OPENED', 'INQUIRY_ASSIGNED', 'SUBSCRIBER_ADDED', 'CONTENT_PUBLISHED', 'SIGN_IN_SUCCEEDED'])[1 + g % 5],
       (ARRAY['INQUIRY', 'INQUIRY', 'SUBSCRIBER', 'PAGE', 'STAFF'])[1 + g % 5],
       g % 20000, 'Bench line ' || g
FROM generate_series(1, $count) g;
ANALYZE audit_event;
SQL
echo "$count audit lines written in $(( $(date +%s) - started )) s"
target=$(echo "select target_id from audit_event where target_type = 'INQUIRY' order by occurred_at desc limit 1" | sql)
curl -fs -b "$jar" "$base/admin/staff/audit?person=$admin" | grep -q 'Bench line' || { echo "not signed in, or no lines shown"; exit 1; }

for query in "person=$admin" "type=INQUIRY&target=$target" "person=$admin&type=INQUIRY&target=$target" ""; do
    page_times "/admin/staff/audit?$query"
done
