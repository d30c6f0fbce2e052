#!/usr/bin/env bash
# Newsletter sending throughput. Starts Postfix's smtp-sink on 127.0.0.1:2525 (installs Postfix's tools if they are
# missing, without leaving its daemon running), starts the portal with the README's run command on a fresh local
# PostgreSQL 15 database, sending to that sink; inserts the recipients (confirmed subscribers with an active
# subscription to the seeded "Newsletter" list) and a campaign scheduled for now in SQL, and times the send until
# the campaign is SENT, sampling the server's heap with jstat. Then measures the sink's own ceiling with
# smtp-source (4 sessions, each reusing its connection like the portal's sending threads). Prints the figures;
# exits non-zero unless every delivery row is SENT and the sink counted every message. Stops what it started.
#   bench/newsletter.sh [recipients=100000]
# With BENCH_JFR=file.jfr, a Flight Recorder profile of the send (from scheduling to SENT) is written there; read it
# with bench/jfr-top.sh file.jfr.
set -u
cd "$(dirname "$0")/.."
recipients=${1:-100000}
db=postgresql
work=$(mktemp -d)
export BENCH_MVN_FLAGS=${BENCH_MVN_FLAGS--o}
source bench/lib.sh
sink_port=2525
source_bytes=${SOURCE_BYTES:-6000}

if ! command -v smtp-sink >/dev/null || ! command -v smtp-source >/dev/null; then
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postfix >"$work/apt.log" 2>&1 || { echo "could not install postfix; see $work/apt.log"; exit 1; }
fi
postfix status >/dev/null 2>&1 && postfix stop >/dev/null 2>&1
if ss -ltn "sport = :$sink_port" | grep -q LISTEN; then echo "port $sink_port is taken"; exit 1; fi

bench_exit() { # after start_portal's own exit trap has stopped the portal
    [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null
    [ -n "${sink:-}" ] && kill "$sink" 2>/dev/null
}
sink_count() { tr '\r' '\n' < "$work/sink.log" | grep -o 'mesg=[0-9]*' | tail -1 | cut -d= -f2; }

# smtp-sink must drop root (-u); -c keeps a running count of messages (mesg=N).
smtp-sink -u nobody -c 127.0.0.1:$sink_port 1000 >"$work/sink.log" 2>&1 &
sink=$!
trap bench_exit EXIT
sleep 1
kill -0 $sink 2>/dev/null || { echo "smtp-sink did not start: $(cat "$work/sink.log")"; exit 1; }

fresh_database
export PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT=$sink_port
start_portal
server=$(pgrep -g "$portal_pid" -f jboss-modules.jar | head -1)
[ -n "$server" ] || { echo "no WildFly process in the portal's process group"; exit 1; }
heap() { jstat -gc "$server" | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) / 1024 }'; }

add_readers "$recipients"
echo "subscribers on the Newsletter list: $(echo "SELECT count(*) FROM subscription WHERE list_id = 1 AND status = 'ACTIVE'" | sql)"

sink_before=$(sink_count); sink_before=${sink_before:-0}
jstat -gc "$server" 250 > "$work/jstat.log" &
sampler=$!
before=$(heap)
[ -n "${BENCH_JFR:-}" ] && jcmd "$server" JFR.start name=bench settings=profile filename="$(realpath -m "$BENCH_JFR")" >/dev/null
started=$(date +%s.%N)
campaign=$(schedule_campaign "Bench newsletter")
echo "campaign $campaign scheduled for now, $recipients recipients"
last=""
until [ "$(campaign_status "$campaign")" = SENT ]; do
    sleep 0.5
    elapsed=$(( $(date +%s) - ${started%.*} ))
    progress=$(campaign_progress "$campaign")
    if [ "$elapsed" -ge $(( ${last:-0} + 10 )) ]; then last=$elapsed; printf '  %4d s: %s\n' "$last" "${progress:-no rows yet}"; fi
    if [ "$elapsed" -ge 1200 ]; then echo "the campaign was not SENT after 20 minutes: $progress; see $work/run.log"; exit 1; fi
done
[ -n "${BENCH_JFR:-}" ] && jcmd "$server" JFR.stop name=bench >/dev/null && echo "profile of the send: $BENCH_JFR (bench/jfr-top.sh $BENCH_JFR)"
finished=$(date +%s.%N)
kill $sampler; sampler=
peak=$(awk 'NR > 1 && $1 ~ /^[0-9]/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used } END { printf "%d", max }' "$work/jstat.log")
wall=$(echo "$finished - $started" | bc)

read -r rows sent first_to_last started_to_finished <<<"$(echo "SELECT count(*), count(*) FILTER (WHERE d.status = 'SENT'),
    extract(epoch FROM max(d.sent_at) - min(d.sent_at)), extract(epoch FROM max(c.finished_at) - max(c.started_at))
    FROM campaign_delivery d JOIN campaign c ON c.id = d.campaign_id WHERE d.campaign_id = $campaign" | sql | tr '|' ' ')"
sleep 1
sink_got=$(( $(sink_count) - sink_before ))
printf 'newsletter of %d messages to smtp-sink, PostgreSQL: first to last SENT row %.1f s (%.0f messages/s); campaign started to finished %.1f s (%.0f messages/s); %.1f s seen from the script (%.0f messages/s)\n' \
    "$sent" "$first_to_last" "$(echo "$sent / $first_to_last" | bc -l)" "$started_to_finished" "$(echo "$sent / $started_to_finished" | bc -l)" \
    "$wall" "$(echo "$sent / $wall" | bc -l)"
printf 'heap used %d MB before, peak %d MB during (growth %d MB); the sink counted %d messages\n' "$before" "$peak" $(( peak - before )) "$sink_got"

# The sink's own ceiling on this machine, with the portal idle: 4 sessions reusing their connections (-d).
source_started=$(date +%s.%N)
smtp-source -s 4 -m 100000 -l "$source_bytes" -d -N -t reader@example.org 127.0.0.1:$sink_port
source_seconds=$(echo "$(date +%s.%N) - $source_started" | bc)
printf 'smtp-source into the same sink: 100000 messages of %d bytes over 4 connections in %.1f s (%.0f messages/s)\n' \
    "$source_bytes" "$source_seconds" "$(echo "100000 / $source_seconds" | bc -l)"
printf 'the portal at %.3f of the sink'"'"'s ceiling (first to last SENT row against smtp-source, this run)\n' \
    "$(echo "($sent / $first_to_last) / (100000 / $source_seconds)" | bc -l)"

status=0
[ "$rows" = "$recipients" ] || { echo "FAIL: $rows delivery rows for $recipients recipients"; status=1; }
[ "$sent" = "$rows" ] || { echo "FAIL: only $sent of $rows delivery rows are SENT"; echo "SELECT status, last_error, count(*) FROM campaign_delivery WHERE campaign_id = $campaign GROUP BY 1, 2" | sql; status=1; }
[ "$sink_got" -ge "$sent" ] || { echo "FAIL: the sink counted $sink_got messages for $sent SENT rows"; status=1; }
echo "load average at the end (other work on this machine competes for its 2 cores): $(cut -d" " -f1-3 /proc/loadavg)"
exit $status
