#!/usr/bin/env bash
# The portal on two clustered WildFly nodes behind HAProxy (config/cluster-rig.sh), and what issue 17 promised of it.
# Prints figures; exits non-zero if a correctness expectation fails; stops everything it started (trap).
#   1. boot: each node's boot time, the JGroups view of 2 in both logs, /health through the balancer answered by both.
#   2. the contact form's allowance is cluster-wide: 7 posts through the balancer without cookies (so on both nodes),
#      each claiming another X-Forwarded-For: 5 accepted (302 to /contact/thanks), 2 refused ("Please wait ten minutes").
#   3. content and search across nodes (bench/cluster-content.py): a page published and then edited through node1's
#      console, served fresh by node2 within 2 s with the same ETag, its new word found by node2's search within 3 s.
#   4. a signed-in administrator's session survives kill -9 of its node: seconds until /admin/ answers 200 from the
#      other node still signed in; the node started again (its rejoin time), then the other one killed: still signed in.
#   5. public page throughput, wrk -t2 -c32 -d15s on GET / through the balancer and on each node directly.
#   6. a newsletter to $recipients readers, sent by both nodes at once (each row's sent_by); kill -9 of one of them half
#      way; time to SENT, what each node sent, messages per address (none missing; at most one chunk per thread of the
#      dead node twice); the killed node started again: no run of its own for the sent campaign, nothing more sent.
#   7. the send rate of two nodes against one: the rate limit off, a newsletter to every reader on both nodes, then one
#      node stopped and another on the one left; messages a second from each one's first SENT mark to its last.
# The nodes share one OpenSearch index (the rig's, 127.0.0.1:9350). The sink is bench/smtp-record.py on 127.0.0.1:3025 (the rig then starts no GreenMail). Needs a built rig first:
#   flock /tmp/mvn.lock mvn -o -q -Pcluster package -Dcluster.skip=true
#   flock /tmp/mvn.lock bench/cluster.sh [recipients=20000]
#   bench/cluster.sh --smoke [recipients=6000]: the build's own run (portal-ear, after the browser tests): every check of
#   steps 1-4 and 6, without the figures of 5 and 7.
set -u
cd "$(dirname "$0")/.."
smoke=false
if [ "${1:-}" = --smoke ]; then smoke=true; shift; fi
recipients=${1:-$($smoke && echo 6000 || echo 20000)}
work=$(mktemp -d)
source bench/lib.sh
export CLUSTER_DIR=${CLUSTER_DIR:-$PWD/portal-ear/target/cluster-bench}
export WILDFLY_HOME=$PWD/portal-ear/target/wildfly-39.0.1.Final
export PORTAL_EAR=${PORTAL_EAR:-$(ls portal-ear/target/*.ear 2>/dev/null | head -1)}
export PORTAL_EAR=$(realpath "$PORTAL_EAR")
export GREENMAIL_JAR=$PWD/portal-ear/target/greenmail/greenmail-standalone.jar
export OPENSEARCH_HOME=$PWD/portal-ear/target/opensearch-2.16.0
# The build's smoke run keeps off the ports of a portal started with the README's run command (8080, its sink 3025).
$smoke && export CLUSTER_HTTP_PORT=${CLUSTER_HTTP_PORT:-8480}
sink_port=${CLUSTER_SINK_PORT:-$($smoke && echo 3425 || echo 3025)}
export PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT=$sink_port
export PORTAL_NEWSLETTER_RATE=${PORTAL_NEWSLETTER_RATE:-1000} PORTAL_NEWSLETTER_TICK_SECONDS=${PORTAL_NEWSLETTER_TICK_SECONDS:-2}
concurrency=${PORTAL_NEWSLETTER_CONCURRENCY:-4}
chunk=${PORTAL_NEWSLETTER_CHUNK:-50}
timeout=${FINISH_TIMEOUT:-300}
base=http://127.0.0.1:${CLUSTER_HTTP_PORT:-8080}
node_url() { echo "http://127.0.0.1:$(( 8080 + $1 * 100 + 100 ))"; }
received=$work/received.tsv
rig=config/cluster-rig.sh
result=0
fail() { echo "FAIL: $*"; result=1; }

# The rig's database, not lib.sh's.
sql() { PGPASSWORD=portal psql -qtA -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5632 -U portal -d portal_it; }
now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }
# Status and X-Beacon-Node of a GET (extra curl arguments after the URL), as "200 node1".
probe() { curl -s -o "$work/body" -D "$work/head" --max-time 5 "$@" >/dev/null; head_of "$work/head"; }
head_of() { printf '%s %s' "$(awk 'NR == 1 { print $2 }' "$1")" "$(grep -i '^X-Beacon-Node:' "$1" | tail -1 | cut -d' ' -f2 | tr -d '\r')"; }
node_pid() { cat "$CLUSTER_DIR/$1.pid" 2>/dev/null; }
# The JGroups views a node's log names: the one it joined with (WFLYCLJG0033, "... with view: [...] (2) [...]"), then
# members coming and going (ISPN100000 "Node x joined the cluster", ISPN100001 "... left", ISPN000094 new view).
view_lines() { grep -hE 'WFLYCLJG0033|ISPN00009[34]|ISPN10000[01]|Received new cluster view' "$CLUSTER_DIR/$1/log/server.log" 2>/dev/null | sed -E 's/^([0-9-]+ [0-9:,]+) .* ((WFLYCLJG|ISPN)[0-9]+: )/\1 \2/' | uniq -f2; }
# The member count of the last view a node's log shows: the one it joined with, plus joins, less departures since.
view_size() {
    view_lines "$1" | awk '/WFLYCLJG0033/ { match($0, / \([0-9]+\) \[/); n = substr($0, RSTART + 2, RLENGTH - 5) + 0; next }
        /ISPN100000/ { n++ } /ISPN100001/ { n-- } END { print n + 0 }'
}

bench_exit() {
    [ -n "${wrk_pid:-}" ] && kill "$wrk_pid" 2>/dev/null
    bash $rig stop >/dev/null 2>&1
    [ -n "${sink:-}" ] && kill "$sink" 2>/dev/null
    [ -n "${sink:-}" ] && wait "$sink" 2>/dev/null
    echo "stopped the rig and the sink; logs and counts in $work"
}
trap bench_exit EXIT
trap 'exit 130' INT TERM

[ -f "$PORTAL_EAR" ] || { echo "no EAR: build first (see the usage line)"; exit 1; }
# wrk for step 5, from Debian's packages as the rig takes HAProxy; without it the step would print nothing.
if ! $smoke && ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing wrk..."; apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    fi
    command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk"; trap - EXIT; exit 1; }
fi
if ss -ltn "sport = :$sink_port" | grep -q LISTEN; then echo "port $sink_port is taken"; trap - EXIT; exit 1; fi
: > "$received"
start_sink

echo "== 1. boot"
started=$(now)
bash $rig start 2>&1 | tee "$work/rig.log" | grep -E 'up on|error|taken|not' | sed 's/^/  /'
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "FAIL: the rig did not start; see $work/rig.log and $CLUSTER_DIR"; exit 1; }
echo "  rig up (database, balancer, node1 then node2) after $(since "$started") s"
for n in node1 node2; do
    echo "  $n: JGroups view of $(view_size $n) members; its log:"
    view_lines $n | cut -c1-200 | sed 's/^/    /'
    [ "$(view_size $n)" = 2 ] || fail "$n's log shows a view of $(view_size $n) members, not 2"
    guard=$(grep -h 'ClusterGuard.*One of several servers' "$CLUSTER_DIR/$n/log/server.log" | head -1 | sed -E 's/.*(One of several)/\1/' | cut -c1-160)
    echo "  $n's ClusterGuard: ${guard:-nothing logged}"
    [ -n "$guard" ] || fail "$n's ClusterGuard did not find itself one of several servers on PostgreSQL and OpenSearch"
done
# The balancer takes node2 in after two good health checks (rise 2, inter 1s) from when it answers.
from=$(now)
until [ "$(probe "$base/health" | cut -d' ' -f2)" = node2 ]; do
    [ "$(echo "$(now) - $from > 30" | bc)" = 1 ] && { fail "the balancer sent nothing to node2 in 30 s"; break; }
    sleep 0.2
done
echo "  the balancer sends to node2 $(since "$from") s after the rig's start returned"
for i in $(seq 20); do probe "$base/health"; echo; done > "$work/health"
echo "  /health through the balancer, 20 requests without cookies: $(sort "$work/health" | uniq -c | tr -s ' ' | tr '\n' ',')"
tally=$(awk '$1 == 200 { print $2 }' "$work/health" | sort -u | wc -l)
[ "$tally" = 2 ] || fail "/health through the balancer was answered by $tally node(s), not 2"

echo "== 2. the contact form's allowance across nodes"
form=$(curl -fs -D "$work/form.head" "$base/contact")
echo "  GET /contact: $(head_of "$work/form.head"), Set-Cookie: $(grep -ci '^Set-Cookie' "$work/form.head")"
nonce=$(echo "$form" | grep -o 'name="primefaces.nonce" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
opened=$(echo "$form" | grep -o 'name="contact:started" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
[ -n "$nonce" ] && [ -n "$opened" ] || fail "no primefaces.nonce or contact:started in /contact"
run=$(date +%s)
sleep 3   # a person's pace: a form sent sooner is treated as a script's
accepted=0 refused=0
: > "$work/contact.nodes"
for i in $(seq 7); do
    curl -s -o "$work/post.body" -D "$work/post.head" --max-time 20 "$base/contact" -H "X-Forwarded-For: 203.0.113.$i" \
        --data-urlencode contact=contact --data-urlencode "primefaces.nonce=$nonce" \
        --data-urlencode jakarta.faces.ViewState=stateless --data-urlencode "contact:started=$opened" \
        --data-urlencode contact:topic=GENERAL --data-urlencode "contact:name=Robin Reader" \
        --data-urlencode "contact:email=robin-$run@example.org" --data-urlencode "contact:message=Message $i of $run" \
        --data-urlencode contact:consent=true --data-urlencode "contact:send=Send message" >/dev/null
    answer=$(head_of "$work/post.head")
    location=$(grep -i '^Location:' "$work/post.head" | cut -d' ' -f2 | tr -d '\r')
    if [ "${answer%% *}" = 302 ] && [[ $location == */contact/thanks* ]]; then
        accepted=$(( accepted + 1 )); what="accepted ($location)"
    elif [ "${answer%% *}" = 200 ] && grep -q 'Please wait ten minutes' "$work/post.body"; then
        refused=$(( refused + 1 )); what=refused
    else
        what="neither: $(grep -o 'ui-messages-error-summary">[^<]*' "$work/post.body" | head -2 | tr '\n' ' ')"
    fi
    echo "${answer#* }" >> "$work/contact.nodes"
    echo "  post $i (X-Forwarded-For 203.0.113.$i): HTTP ${answer%% *} from ${answer#* }: $what"
done
echo "  $accepted accepted, $refused refused; answered by: $(sort "$work/contact.nodes" | uniq -c | tr '\n' ' ')"
[ "$accepted" = 5 ] && [ "$refused" = 2 ] || fail "the contact form gave $accepted accepted / $refused refused, not 5 / 2"
[ "$(sort -u "$work/contact.nodes" | wc -l)" = 2 ] || fail "the seven posts did not reach both nodes"

echo "== 3. content and search across nodes"
python3 bench/cluster-content.py "$(node_url 1)" "$(node_url 2)" "$PORTAL_ADMIN_EMAIL" "$PORTAL_ADMIN_PASSWORD" \
    || fail "content or search across nodes"

echo "== 4. a signed-in session through kill -9 of its node"
sign_in
answer=$(probe -b "$jar" -c "$jar" "$base/admin/")
a=${answer#* }
grep -q '>Dashboard<' "$work/body" && dashboard=yes || dashboard=no
echo "  signed in through the balancer; GET /admin/: HTTP ${answer%% *} from $a, dashboard: $dashboard; cookie $(awk '$6 == "JSESSIONID" { print substr($7, 1, 12) "..." }' "$jar")"
[ "${answer%% *}" = 200 ] && [ $dashboard = yes ] || fail "signed in, /admin/ answered $answer, dashboard $dashboard"
b=node1; [ "$a" = node1 ] && b=node2
# Polls /admin/ through the balancer with the session's cookies until 200 from $1 (signed in) or a sign-in page;
# prints how long and what came back before.
poll_admin() {
    local want=$1 from=$(now) answer location seen=
    while :; do
        answer=$(probe -b "$jar" -c "$jar" "$base/admin/")
        location=$(grep -i '^Location:' "$work/head" | cut -d' ' -f2 | tr -d '\r')
        seen="$seen ${answer%% *}"
        if [ "${answer%% *}" = 200 ] && grep -q '>Dashboard<' "$work/body"; then
            echo "  /admin/ answered 200 (dashboard, signed in) from ${answer#* } $(since "$from") s after the kill (answers before:$(echo $seen | tr ' ' '\n' | head -n -1 | sort | uniq -c | tr -s " \n" " "))"
            [ "${answer#* }" = "$want" ] || fail "the session answered from ${answer#* }, not $want"
            return 0
        fi
        if [[ $location == */login* ]] || grep -q 'signIn:password' "$work/body"; then
            fail "the session was lost: /admin/ answered ${answer%% *} from ${answer#* } (Location: $location) $(since "$from") s after the kill"
            for n in node1 node2; do
                echo "  $n server.log, last ERROR/WARN lines:"
                grep -E ' (ERROR|WARN) ' "$CLUSTER_DIR/$n/log/server.log" | tail -8 | cut -c1-300 | sed 's/^/    /'
            done
            return 1
        fi
        [ "$(echo "$(now) - $from > 60" | bc)" = 1 ] && { fail "/admin/ gave no answer from $want in 60 s:$seen"; return 1; }
        sleep 0.2
    done
}
kill -9 "$(node_pid "$a")"
echo "  kill -9 $a (pid $(node_pid "$a"))"
poll_admin "$b"
rejoin=$(now)
bash $rig start-node "${a#node}" 2>&1 | sed 's/^/  /'
echo "  $a rejoined (/health 200 on its own port) after $(since "$rejoin") s; $(view_lines "$a" | grep WFLYCLJG0033 | tail -1 | grep -oE 'with view: .*' | cut -c1-120)"
# The balancer must see it up again before its partner goes.
until [ "$(probe "$base/health" | cut -d' ' -f2)" = "$a" ]; do sleep 0.2; done
echo "  the balancer sends to $a again $(since "$rejoin") s after the restart began"
kill -9 "$(node_pid "$b")"
echo "  kill -9 $b (pid $(node_pid "$b"))"
poll_admin "$a"
rejoin=$(now)
bash $rig start-node "${b#node}" 2>&1 | sed 's/^/  /'
until [ "$(probe "$base/health" | cut -d' ' -f2)" = "$b" ]; do sleep 0.2; done
echo "  $b back and in the balancer after $(since "$rejoin") s"

if ! $smoke; then
echo "== 5. GET / throughput (wrk -t2 -c32 -d15s --latency)"
throughput() {
    wrk -t2 -c32 -d15s --latency "$1" > "$work/wrk.out" 2>&1 &
    wrk_pid=$!; wait $wrk_pid; wrk_pid=
    printf '  %-28s %s req/s, p50 %s, p99 %s, %s\n' "$2" "$(awk '/^Requests\/sec/ { print $2 }' "$work/wrk.out")" \
        "$(awk '$1 == "50%" { print $2 }' "$work/wrk.out")" "$(awk '$1 == "99%" { print $2 }' "$work/wrk.out")" \
        "$(grep -E 'Non-2xx|Socket errors' "$work/wrk.out" | tr -s ' ' | tr '\n' ' ' || true)"
}
curl -fs -o /dev/null "$base/"; curl -fs -o /dev/null "$(node_url 1)/"; curl -fs -o /dev/null "$(node_url 2)/"
# Both nodes' JIT warmed first (one of them has just been started again): 5 s through the balancer, not counted.
wrk -t2 -c32 -d5s "$base/" >/dev/null 2>&1
throughput "$base/" "through the balancer"
throughput "$(node_url 1)/" "node1 directly"
throughput "$(node_url 2)/" "node2 directly"

fi

echo "== 6. a newsletter to $recipients readers sent by both nodes, kill -9 of one half way"
awk -v n="$recipients" 'BEGIN { for (i = 1; i <= n; i++) printf "reader%07d@example.org\n", i }' | sort > "$work/expected"
add_readers "$recipients" >/dev/null
echo "  $recipients readers; rate limit $PORTAL_NEWSLETTER_RATE messages/s for both nodes together, $concurrency threads a node, chunks of $chunk, tick $PORTAL_NEWSLETTER_TICK_SECONDS s"
c=$(schedule_campaign "Cluster bench")
started=$(now)
sent_rows() { echo "SELECT count(*) FROM campaign_delivery WHERE campaign_id = $1 AND status = 'SENT'" | sql; }
sent_by() { echo "SELECT coalesce(string_agg(sent_by || ' ' || n, ', ' ORDER BY sent_by), 'none') FROM (SELECT sent_by, count(*) n FROM campaign_delivery WHERE campaign_id = $1 AND status = 'SENT' GROUP BY sent_by) t" | sql; }
runs_of() { echo "SELECT coalesce(string_agg(node || ' run ' || job_execution_id, ', ' ORDER BY node), 'none') FROM campaign_run WHERE campaign_id = $1" | sql; }
until [ "$(echo "SELECT count(DISTINCT sent_by) FROM campaign_delivery WHERE campaign_id = $c AND status = 'SENT'" | sql)" = 2 ]; do
    [ "$(echo "$(now) - $started > $timeout" | bc)" = 1 ] && { fail "campaign $c was not sent by both nodes in $timeout s: $(sent_by "$c"); runs: $(runs_of "$c")"; exit 1; }
    sleep 0.2
done
echo "  campaign $c: both nodes sending $(since "$started") s after scheduling (runs: $(runs_of "$c"))"
until [ "$(sent_rows "$c")" -ge $(( recipients / 2 )) ]; do
    [ "$(echo "$(now) - $started > $timeout" | bc)" = 1 ] && { fail "campaign $c did not get half way: $(campaign_progress "$c")"; exit 1; }
    sleep 0.2
done
victim=$(echo "SELECT runner_node FROM campaign WHERE id = $c" | sql)
survivor=node1; [ "$victim" = node1 ] && survivor=node2
kill -9 "$(node_pid "$victim")"
killed=$(now)
echo "  kill -9 $victim (the node that launched last; pid $(node_pid "$victim")) $(since "$started") s after scheduling, with $(sent_rows "$c") rows SENT ($(sent_by "$c")), the sink at $(grep -c "<campaign-$c\." "$received")"
at_kill=$(echo "SELECT count(*) FROM campaign_delivery WHERE campaign_id = $c AND status = 'SENT' AND sent_by = '$survivor'" | sql)
last=0
until [ "$(campaign_status "$c")" = SENT ]; do
    sleep 0.5
    elapsed=$(printf '%.0f' "$(echo "$(now) - $killed" | bc)")
    if [ "$elapsed" -ge $(( last + 10 )) ]; then last=$elapsed; printf '    %4d s: %s (campaign %s; sent by %s)\n' "$elapsed" "$(campaign_progress "$c")" "$(campaign_status "$c")" "$(sent_by "$c")"; fi
    [ "$elapsed" -ge "$timeout" ] && { fail "campaign $c was not SENT $timeout s after the kill: $(campaign_progress "$c")"; break; }
done
echo "  campaign $c: SENT $(since "$killed") s after the kill ($(since "$started") s after scheduling); sent by $(sent_by "$c")"
after_kill=$(echo "SELECT count(*) FROM campaign_delivery WHERE campaign_id = $c AND status = 'SENT' AND sent_by = '$survivor'" | sql)
after_victim=$(echo "SELECT count(*) FROM campaign_delivery WHERE campaign_id = $c AND status = 'SENT' AND sent_by = '$victim' AND sent_at > to_timestamp($killed)" | sql)
echo "  after the kill: $survivor marked $(( after_kill - at_kill )) rows SENT, $victim $after_victim"
[ "$after_victim" = 0 ] || fail "$victim marked $after_victim rows SENT after it was killed"
# The sink's log is complete once it has stopped (it flushes each line before its 250).
kill -TERM $sink; wait $sink 2>/dev/null; sink=
awk -F'\t' -v p="<campaign-$c." 'index($2, p) == 1 { n[$1]++ } END { for (a in n) print a "\t" n[a] }' "$received" | sort > "$work/counts"
cut -f1 "$work/counts" | comm -23 "$work/expected" - > "$work/missing"
awk -F'\t' '$2 > 1' "$work/counts" > "$work/duplicates"
missing=$(wc -l < "$work/missing")
extra=$(awk -F'\t' '{ s += $2 - 1 } END { print s + 0 }' "$work/duplicates")
echo "  the sink got $(awk -F'\t' '{ s += $2 } END { print s + 0 }' "$work/counts") messages for $(wc -l < "$work/counts") distinct addresses of $recipients; missing $missing, duplicated addresses $(wc -l < "$work/duplicates") ($extra extra messages)"
echo "  messages per address: $(cut -f2 "$work/counts" | sort -n | uniq -c | awk '{ printf "%s x%s  ", $1, $2 }')"
echo "  delivery rows: $(campaign_progress "$c")"
[ "$missing" -eq 0 ] || { fail "$missing readers missing (first: $(head -3 "$work/missing" | tr '\n' ' '))"; }
# What the dead node had sent of the chunks it had not committed: at most one chunk per thread.
[ "$extra" -le $(( concurrency * chunk )) ] || fail "$extra duplicates, more than $concurrency x $chunk"
start_sink
sink_before=$(grep -c "<campaign-$c\." "$received")
rejoin=$(now)
bash $rig start-node "${victim#node}" 2>&1 | sed 's/^/  /'
echo "  $victim rejoined after $(since "$rejoin") s; $(view_lines "$victim" | grep WFLYCLJG0033 | tail -1 | grep -oE 'with view: .*' | cut -c1-120)"
# Three of its looks for sending campaigns, then: no run of its own for the sent campaign, and nothing more sent.
looked=$(now)
until [ "$(echo "$(now) - $looked > 3 * $PORTAL_NEWSLETTER_TICK_SECONDS" | bc)" = 1 ]; do sleep 0.5; done
late_runs=$(echo "SELECT count(*) FROM campaign_run WHERE campaign_id = $c AND started_at > to_timestamp($rejoin)" | sql)
echo "  $(printf '%.0f' "$(echo "3 * $PORTAL_NEWSLETTER_TICK_SECONDS" | bc)") s of $victim's looks later: campaign $c $(campaign_status "$c"), runs started since the rejoin $late_runs, the sink got $(( $(grep -c "<campaign-$c\." "$received") - sink_before )) more of it"
[ "$late_runs" = 0 ] && [ "$(grep -c "<campaign-$c\." "$received")" = "$sink_before" ] && [ "$(campaign_status "$c")" = SENT ] \
    || fail "after $victim rejoined, campaign $c had $late_runs new runs and $(( $(grep -c "<campaign-$c\." "$received") - sink_before )) more messages"

if ! $smoke; then
echo "== 7. the send rate of two nodes against one (no rate limit: set to 0 in the console's table)"
echo "INSERT INTO portal_setting (name, setting_value, changed_at, changed_by) VALUES ('PORTAL_NEWSLETTER_RATE', '0', now(), 'bench')
      ON CONFLICT (name) DO UPDATE SET setting_value = '0'" | sql >/dev/null
# Each node reads the console's values again within 5 s.
sleep 6
# Schedules a campaign to every reader and waits until it is SENT; prints its rows a second from the first SENT mark
# to the last, and who sent them.
rate_run() {
    local c from
    c=$(schedule_campaign "$1")
    from=$(now)
    until [ "$(campaign_status "$c")" = SENT ]; do
        [ "$(echo "$(now) - $from > $timeout" | bc)" = 1 ] && { fail "campaign $c ($1) not SENT in $timeout s: $(campaign_progress "$c")"; return 1; }
        sleep 0.2
    done
    echo "SELECT count(*) || ' ' || round((count(*) / greatest(extract(epoch FROM max(sent_at) - min(sent_at)), 0.001))::numeric)
          FROM campaign_delivery WHERE campaign_id = $c AND status = 'SENT'" | sql > "$work/rate"
    echo "  $1: campaign $c, $(cut -d' ' -f1 "$work/rate") SENT, $(cut -d' ' -f2 "$work/rate") messages/s from the first SENT mark to the last, SENT $(since "$from") s after scheduling; sent by $(sent_by "$c")"
}
rate_run "Two nodes" || true
two=$(cut -d' ' -f2 "$work/rate")
stopped=node2
kill -TERM "$(node_pid "$stopped")"
while kill -0 "$(node_pid "$stopped")" 2>/dev/null; do sleep 0.2; done
echo "  $stopped stopped (SIGTERM, graceful)"
rate_run "One node" || true
one=$(cut -d' ' -f2 "$work/rate")
echo "  two nodes against one: $two against $one messages/s (x$(echo "scale=2; $two / $one" | bc)) on this machine's 2 cores, the sink, PostgreSQL and both nodes sharing them"
kill -TERM $sink; wait $sink 2>/dev/null; sink=
fi

echo "== logs"
for n in node1 node2; do
    echo "  $n: $(grep -c ' ERROR ' "$CLUSTER_DIR/$n/log/server.log") ERROR, $(grep -c ' WARN ' "$CLUSTER_DIR/$n/log/server.log") WARN lines; distinct ERROR messages:"
    grep ' ERROR ' "$CLUSTER_DIR/$n/log/server.log" | sed -E 's/^[0-9-]+ [0-9:,]+ //; s/\(([^)]*)\)//' | cut -c1-200 | sort | uniq -c | sort -rn | head -8 | sed 's/^/    /'
done
cp -r "$CLUSTER_DIR/node1/log" "$work/node1-log"; cp -r "$CLUSTER_DIR/node2/log" "$work/node2-log"
echo "load average at the end (2 cores, shared): $(cut -d' ' -f1-3 /proc/loadavg)"
exit $result
