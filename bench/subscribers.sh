#!/usr/bin/env bash
# Subscribers at scale. Starts the portal with the README's run command on a fresh database (H2 by default, or a
# local PostgreSQL 15 with "postgresql"), signs in, generates a 100,000-row CSV and imports it through the console
# (upload, map, start), timing the run until the console says DONE and sampling the server's heap with jstat; then imports
# the same file again (every row already there: nothing may change), then once more for a second list (everyone is
# updated), and prints the figures and the console's summary of each.
# Then, with "postgresql", tops the table up to 1,000,000 subscribers in SQL and times 200 loads of the subscriber
# table's first page filtered by list and searched by email prefix. Prints the figures; stops the portal.
#   bench/subscribers.sh [h2|postgresql] [rows]
set -u
cd "$(dirname "$0")/.."
db=${1:-h2}
rows=${2:-100000}
work=$(mktemp -d)
source bench/lib.sh
fresh_database
start_portal
sign_in

name=bench-$(date +%s).csv
csv=$work/$name
awk -v n="$rows" 'BEGIN { print "email,first_name"; for (i = 1; i <= n; i++) printf "reader%07d@example.org,Reader %d\n", i, i }' > "$csv"
echo "generated $name: $rows rows, $(( $(stat -c %s "$csv") / 1024 )) KB"

server=$(pgrep -f jboss-modules.jar | head -1)
heap() { jstat -gc "$server" | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) / 1024 }'; }
form_state() { # ViewState and PrimeFaces nonce of a console page
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//;s/"$//')
    nonce=$(grep -o "PrimeFaces.csp.init('[^']*')" "$1" | head -1 | sed "s/.*init('//;s/')//")
}

# Uploads, maps and starts the file for list $3; waits until the console shows the run as the $1th DONE import of it;
# prints the figures with label $2.
import_csv() {
    local runs=$1 label=$2 list=$3
    curl -fs -b "$jar" -c "$jar" "$base/admin/subscriber/import" > "$work/page1.html"
    form_state "$work/page1.html"
    curl -fs -b "$jar" -c "$jar" "$base/admin/subscriber/import" -F upload=upload -F "upload:file=@$csv;type=text/csv" \
        -F "upload:send=" -F "jakarta.faces.ViewState=$state" -F "primefaces.nonce=$nonce" > "$work/page2.html"
    grep -q "$rows rows" "$work/page2.html" || { echo "the upload was not previewed; see $work/page2.html"; exit 1; }
    form_state "$work/page2.html"
    jstat -gc "$server" 250 > "$work/jstat.log" &
    local sampler=$! before=$(heap) started=$(date +%s.%N)
    curl -fs -o "$work/page3.html" -b "$jar" -c "$jar" "$base/admin/subscriber/import" --data-urlencode mapping=mapping \
        --data-urlencode "mapping:emailColumn_input=0" --data-urlencode "mapping:nameColumn_input=1" --data-urlencode "mapping:lists=$list" \
        --data-urlencode "mapping:basis=Benchmark data" --data-urlencode "mapping:start=" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
    until curl -fs -b "$jar" "$base/admin/subscriber/import" | tr -d '\n' > "$work/status.html" \
            && [ "$(grep -o "$name</td><td[^>]*>$rows</td><td[^>]*>DONE" "$work/status.html" | wc -l)" -ge "$runs" ]; do
        sleep 1
        if [ $(echo "$(date +%s.%N) - $started > 600" | bc) = 1 ]; then echo "the import did not finish"; exit 1; fi
    done
    local finished=$(date +%s.%N)
    kill $sampler
    local peak=$(awk 'NR > 1 && $1 ~ /^[0-9]/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used } END { printf "%d", max }' "$work/jstat.log")
    local seconds=$(echo "$finished - $started" | bc)
    local server_seconds=$(grep -o "$rows rows in [0-9.]* s" "$work/status.html" | head -1 | awk '{print $4}')
    printf '%s of %d rows: %.1f s in the job (%.0f rows/s), %.1f s seen from the console; heap used %d MB before, peak %d MB during (growth %d MB)\n' \
        "$label" "$rows" "$server_seconds" "$(echo "$rows / $server_seconds" | bc -l)" "$seconds" "$before" "$peak" $(( peak - before ))
    echo "  the console says: $(grep -o '[0-9]* added, [^<]*' "$work/status.html" | head -1)"
}

import_csv 1 "import" 1
import_csv 2 "the same file again" 1
grep -q "0 added, 0 updated, $rows already there" "$work/status.html" || { echo "running the same file again changed something"; exit 1; }
import_csv 3 "the same file for a second list (everyone updated)" 2
grep -q "0 added, $rows updated" "$work/status.html" || { echo "the second list was not added to everyone"; exit 1; }

if [ "$db" = postgresql ]; then
    sql <<'SQL'
INSERT INTO subscriber (id, email, first_name, name_key, status, source, confirmed_at, created_at, updated_at, version)
SELECT nextval('subscriber_seq'), 'user' || lpad(g::text, 7, '0') || '@example.net', 'User ' || g, 'user ' || g,
       CASE WHEN g % 10 = 0 THEN 'UNSUBSCRIBED' WHEN g % 10 = 1 THEN 'UNCONFIRMED' ELSE 'CONFIRMED' END, 'bench',
       now(), now() - (g || ' seconds')::interval, now(), 0
FROM generate_series(1, 1000000 - (SELECT count(*) FROM subscriber)) g;
INSERT INTO subscription (subscriber_id, list_id, status, consent_at, consent_source, consent_wording, changed_at)
SELECT id, 2, 'ACTIVE', now(), 'bench', 'bench', now() FROM subscriber WHERE source = 'bench' AND id % 3 = 0;
ANALYZE;
SQL
    echo "subscribers: $(echo 'SELECT count(*) FROM subscriber' | sql)"
    page_times "/admin/subscriber/?list=2"
    page_times "/admin/subscriber/?q=user00123"
    page_times "/admin/subscriber/?list=2&q=user00123"
    page_times "/admin/subscriber/"
fi
