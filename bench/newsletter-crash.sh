#!/usr/bin/env bash
# Newsletter sending through a crash and an SMTP outage, on a fresh local PostgreSQL 15 database. The sink is
# bench/smtp-record.py on 127.0.0.1:2525, which logs the recipient, Message-ID and Subject of every message it
# accepts, so that every address can be counted per campaign (by the Message-ID prefix "<campaign-ID.").
#   A: a campaign to the recipients; when about half its rows are SENT, kill -9 the WildFly JVM, start the portal
#      again (same database, which holds the batch job repository too) and wait for SENT.
#      Fails if anyone is missing or if more messages went twice than one chunk per thread (concurrency x chunk).
#   B: a second campaign to the same people; when about half is SENT, stop the sink for 30 s, start it again and
#      wait for SENT. Fails if anyone is missing or got it twice.
# PORTAL_NEWSLETTER_RATE (default here 1000 messages/s) keeps "about half" observable. Stops what it started.
#   bench/newsletter-crash.sh [recipients=20000]
set -u
cd "$(dirname "$0")/.."
recipients=${1:-20000}
db=postgresql
work=$(mktemp -d)
export BENCH_MVN_FLAGS=${BENCH_MVN_FLAGS--o}
source bench/lib.sh
sink_port=2525
outage=${OUTAGE_SECONDS:-30}
timeout=${FINISH_TIMEOUT:-600}
export PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT=$sink_port PORTAL_NEWSLETTER_RATE=${PORTAL_NEWSLETTER_RATE:-1000}
concurrency=${PORTAL_NEWSLETTER_CONCURRENCY:-4}
chunk=${PORTAL_NEWSLETTER_CHUNK:-50}
wildfly=portal-ear/target/wildfly-39.0.1.Final
received=$work/received.tsv

now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }
stop_sink() { kill -TERM $sink; wait $sink 2>/dev/null; sink=; }
bench_exit() { [ -n "${sink:-}" ] && kill "$sink" 2>/dev/null; }
sent_rows() { echo "SELECT count(*) FROM campaign_delivery WHERE campaign_id = $1 AND status = 'SENT'" | sql; }
wait_for_half() { # until at least half the campaign's rows are SENT
    local from=$(now)
    until [ "$(sent_rows "$1")" -ge $(( recipients / 2 )) ]; do
        sleep 0.2
        [ "$(echo "$(now) - $from > $timeout" | bc)" = 1 ] && { echo "campaign $1 did not get half way: $(campaign_progress "$1")"; exit 1; }
    done
}
wait_for_sent() { # until the campaign is SENT, printing its rows every 10 s
    local from=$(now) last=0 elapsed
    until [ "$(campaign_status "$1")" = SENT ]; do
        sleep 0.5
        elapsed=$(printf '%.0f' "$(echo "$(now) - $from" | bc)")
        if [ "$elapsed" -ge $(( last + 10 )) ]; then last=$elapsed; printf '  %4d s: %s (campaign %s)\n' "$elapsed" "$(campaign_progress "$1")" "$(campaign_status "$1")"; fi
        if [ "$elapsed" -ge "$timeout" ]; then echo "campaign $1 was not SENT after $timeout s: $(campaign_progress "$1"), status $(campaign_status "$1")"; return 1; fi
    done
}
count() { # per-address counts of what the sink got for a campaign: missing and duplicated addresses; sets $missing, $extra
    local id=$1 name=$2
    awk -F'\t' -v p="<campaign-$id." 'index($2, p) == 1 { n[$1]++ } END { for (a in n) print a "\t" n[a] }' "$received" | sort > "$work/$name.counts"
    cut -f1 "$work/$name.counts" | comm -23 "$work/expected" - > "$work/$name.missing"
    awk -F'\t' '$2 > 1' "$work/$name.counts" > "$work/$name.duplicates"
    missing=$(wc -l < "$work/$name.missing")
    extra=$(awk -F'\t' '{ s += $2 - 1 } END { print s + 0 }' "$work/$name.duplicates")
    printf '%s: the sink got %d messages for %d distinct addresses of %d; missing %d, duplicated addresses %d (%d extra messages)\n' \
        "$name" "$(awk -F'\t' '{ s += $2 } END { print s + 0 }' "$work/$name.counts")" "$(wc -l < "$work/$name.counts")" "$recipients" \
        "$missing" "$(wc -l < "$work/$name.duplicates")" "$extra"
    [ "$missing" -gt 0 ] && { echo "  missing (first 20 of $missing, all in $work/$name.missing):"; head -20 "$work/$name.missing" | sed 's/^/    /'; }
    [ "$extra" -gt 0 ] && { echo "  duplicated (first 20, all in $work/$name.duplicates):"; head -20 "$work/$name.duplicates" | sed 's/^/    /'; }
    echo "  delivery rows: $(campaign_progress "$id")"
}

if ss -ltn "sport = :$sink_port" | grep -q LISTEN; then echo "port $sink_port is taken"; exit 1; fi
: > "$received"
start_sink
trap bench_exit EXIT
fresh_database
start_portal
awk -v n="$recipients" 'BEGIN { for (i = 1; i <= n; i++) printf "reader%07d@example.org\n", i }' | sort > "$work/expected"
add_readers "$recipients"
echo "$recipients subscribers; rate limit $PORTAL_NEWSLETTER_RATE messages/s, $concurrency threads, chunks of $chunk"
result=0

echo "== A: kill -9 of the server half way"
a=$(schedule_campaign "Crash bench A")
started=$(now)
wait_for_half "$a"
server=$(pgrep -g "$portal_pid" -f jboss-modules.jar | head -1)
[ -n "$server" ] || { echo "no WildFly process in the portal's process group"; exit 1; }
kill -9 "$server"
killed=$(now)
sent_at_kill=$(sent_rows "$a")
sleep 1
got_at_kill=$(awk -F'\t' -v p="<campaign-$a." 'index($2, p) == 1' "$received" | wc -l)
echo "campaign $a: killed WildFly (pid $server) $(since "$started") s after scheduling, with $sent_at_kill rows SENT; the sink had $got_at_kill messages"
kill -- -"$portal_pid" 2>/dev/null   # what is left of that run command (Maven)
while kill -0 -- -"$portal_pid" 2>/dev/null; do sleep 0.2; done
jobs_at_kill=$(echo 'select count(*) from job_execution' | sql)
echo "  batch repository: $jobs_at_kill job execution(s) in beacon_bench"
[ "${jobs_at_kill:-0}" -gt 0 ] || { echo "FAIL: the batch repository in beacon_bench holds no job after the kill"; exit 1; }
log_lines=$(wc -l < "$wildfly"/standalone/log/server.log)
start_portal
echo "  after the restart: $(echo 'select count(*) from job_execution' | sql) job execution(s) in beacon_bench"
wait_for_sent "$a" || result=1
printf 'campaign %s: SENT %s s after the kill (%s s after scheduling)\n' "$a" "$(since "$killed")" "$(since "$started")"
tail -n +"$log_lines" "$wildfly"/standalone/log/server.log | grep -E 'Newsletter|newsletter-send|ERROR' | cut -c1-300 | head -20 | sed 's/^/  server.log: /'
count "$a" A
[ "$missing" -eq 0 ] || { echo "FAIL: A: $missing recipients missing"; result=1; }
[ "$extra" -le $(( concurrency * chunk )) ] || { echo "FAIL: A: $extra duplicates, more than $concurrency x $chunk"; result=1; }

echo "== B: the SMTP server down for $outage s half way"
b=$(schedule_campaign "Outage bench B")
started=$(now)
wait_for_half "$b"
stop_sink
stopped=$(now)
echo "campaign $b: stopped the sink $(since "$started") s after scheduling, with $(sent_rows "$b") rows SENT"
sleep "$outage"
start_sink
back=$(now)
echo "campaign $b: sink back after $(since "$stopped") s; rows: $(campaign_progress "$b")"
wait_for_sent "$b" || result=1
printf 'campaign %s: SENT %s s after the sink came back (%s s after scheduling)\n' "$b" "$(since "$back")" "$(since "$started")"
count "$b" B
[ "$missing" -eq 0 ] || { echo "FAIL: B: $missing recipients missing"; result=1; }
[ "$extra" -eq 0 ] || { echo "FAIL: B: $extra duplicates"; result=1; }
grep -h '^smtp-record' "$work/sink.log" | sed 's/^/  /'
printf 'message size as received: %s bytes on average\n' "$(awk -F'\t' '{ s += $4 } END { printf "%d", s / NR }' "$received")"
echo "load average at the end (other work on this machine competes for its 2 cores): $(cut -d" " -f1-3 /proc/loadavg)"
exit $result
