# Shared by the bench scripts: a fresh database, the portal started with the README's run command, a signed-in
# administrator's cookie jar. Source it after setting $db (h2 or postgresql) and $work (a temporary directory).
# A script's own bench_exit function, if it has one, runs on exit after the portal is stopped.
# BENCH_MVN_FLAGS goes to Maven before the run command's arguments (for example -o, offline).
base=http://localhost:8080
export PORTAL_ADMIN_EMAIL=bench@beacon.test PORTAL_ADMIN_PASSWORD=bench-password-1234
# The bench administrator signs in with curl and a password only; a real deployment keeps the default (ADMIN).
export PORTAL_REQUIRE_2FA=${PORTAL_REQUIRE_2FA:-none}

fresh_database() {
    if [ "$db" = postgresql ]; then
        # Without the caller's descriptors above stderr: the daemon outlives the bench, and an inherited
        # `flock /tmp/mvn.lock` descriptor would keep every later build waiting for it.
        (for fd in /proc/self/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] 2>/dev/null && eval "exec $n>&-"; done; pg_ctlcluster 15 main start) 2>/dev/null || true
        su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS beacon_bench' -c 'DROP ROLE IF EXISTS beacon_bench'" >/dev/null 2>&1
        su postgres -c "psql -q -c \"CREATE ROLE beacon_bench LOGIN PASSWORD 'beacon_bench'\" -c 'CREATE DATABASE beacon_bench OWNER beacon_bench'" >/dev/null
        export PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/beacon_bench?reWriteBatchedInserts=true" \
            PORTAL_DB_USER=beacon_bench PORTAL_DB_PASSWORD=beacon_bench
    else
        # The job repository's own H2 file: JBeret cannot create its tables in the portal's (PostgreSQL mode).
        export PORTAL_DB_URL="jdbc:h2:$work/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
            PORTAL_BATCH_DB_URL="jdbc:h2:$work/batch;DB_CLOSE_ON_EXIT=FALSE"
    fi
}

start_portal() {
    local started=$(date +%s)
    setsid mvn ${BENCH_MVN_FLAGS:-} -q -Prun package >"$work/run.log" 2>&1 &
    portal_pid=$!
    trap 'kill -INT -- -$portal_pid 2>/dev/null; sleep 5; kill -- -$portal_pid 2>/dev/null; type bench_exit >/dev/null 2>&1 && bench_exit' EXIT
    until curl -fs -o /dev/null "$base/health"; do
        kill -0 $portal_pid 2>/dev/null || { echo "the portal did not start; see $work/run.log"; exit 1; }
        sleep 1
    done
    echo "$db: portal up after $(( $(date +%s) - started )) s"
}

sign_in() {
    jar=$work/cookies
    local login nonce
    login=$(curl -fs -c "$jar" -b "$jar" "$base/login")
    nonce=$(echo "$login" | grep -o 'name="primefaces.nonce" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    curl -fs -o /dev/null -c "$jar" -b "$jar" "$base/login" --data-urlencode signIn=signIn --data-urlencode "primefaces.nonce=$nonce" \
        --data-urlencode "signIn:email=$PORTAL_ADMIN_EMAIL" --data-urlencode "signIn:password=$PORTAL_ADMIN_PASSWORD" \
        --data-urlencode "signIn:submit=Sign in" --data-urlencode "jakarta.faces.ViewState=stateless"
}

# p50 and p95 of 200 loads (or $2) of a console page (after 10 to warm up), in ms.
page_times() {
    local path=$1 loads=${2:-200}
    for i in $(seq 10); do curl -fs -o /dev/null -b "$jar" "$base$path"; done
    for i in $(seq "$loads"); do curl -fs -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$path"; done \
        | sort -n | awk -v q="$path" '{t[NR] = $1 * 1000} END {printf "%-40s p50 %6.1f ms   p95 %6.1f ms   (%d loads)\n", q, t[int(NR * 0.5)], t[int(NR * 0.95)], NR}'
}

# Statements on stdin against the PostgreSQL bench database; prints bare values.
sql() { su postgres -c "psql -qtA -v ON_ERROR_STOP=1 -d beacon_bench"; }

# $1 confirmed readers, reader0000001@example.org and on, each active on the seeded Newsletter list (id 1).
add_readers() {
    sql <<SQL
INSERT INTO subscriber (id, email, first_name, name_key, status, source, confirmed_at, created_at, updated_at, version)
SELECT nextval('subscriber_seq'), 'reader' || lpad(g::text, 7, '0') || '@example.org', 'Reader ' || g, 'reader ' || g,
       'CONFIRMED', 'bench', now(), now(), now(), 0
FROM generate_series(1, $1) g;
INSERT INTO subscription (subscriber_id, list_id, status, consent_at, consent_source, consent_wording, changed_at)
SELECT id, 1, 'ACTIVE', now(), 'bench', 'bench', now() FROM subscriber WHERE source = 'bench';
ANALYZE;
SQL
}

# A campaign to the Newsletter list, subject $1, scheduled for now; prints its id. One statement, so the runner
# never sees the campaign without its list.
schedule_campaign() {
    sql <<SQL
WITH c AS (
    INSERT INTO campaign (id, subject, from_name, body, status, scheduled_at, created_by, created_at, updated_at, version)
    VALUES (nextval('campaign_seq'), '$1 $(date +%s)', 'Beacon bench', '<p>Hi {{firstName|there}},</p><p>Some text.</p>',
            'SCHEDULED', now(), '$PORTAL_ADMIN_EMAIL', now(), now(), 0)
    RETURNING id)
INSERT INTO campaign_list (campaign_id, list_id, excluded) SELECT id, 1, FALSE FROM c RETURNING campaign_id;
SQL
}

campaign_status() { echo "SELECT status FROM campaign WHERE id = $1" | sql; }

# A campaign's delivery rows by status, e.g. "PENDING 120, SENT 880".
campaign_progress() {
    echo "SELECT string_agg(status || ' ' || n, ', ') FROM (SELECT status, count(*) n FROM campaign_delivery WHERE campaign_id = $1 GROUP BY status ORDER BY status) t" | sql
}

# bench/smtp-record.py on 127.0.0.1:$sink_port, appending to $received, until it listens; sets $sink (its pid).
start_sink() {
    python3 bench/smtp-record.py 127.0.0.1:$sink_port "$received" >>"$work/sink.log" 2>&1 &
    sink=$!
    until ss -ltn "sport = :$sink_port" | grep -q LISTEN; do
        kill -0 $sink 2>/dev/null || { echo "the sink did not start; see $work/sink.log"; exit 1; }
        sleep 0.1
    done
}
