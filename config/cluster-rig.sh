#!/usr/bin/env bash
# A cluster of Beacon Portal servers on this machine, for trying it and for bench/cluster.sh: a throwaway PostgreSQL
# 15 (127.0.0.1:5632), OpenSearch 2.16 for the shared search index (127.0.0.1:9350), the mail sink (GreenMail on 127.0.0.1:3025, read at http://127.0.0.1:8025; or none when
# PORTAL_SMTP_PORT is set, for a sink of the caller's own), HAProxy on http://localhost:8080, and two WildFly nodes
# on standalone-ha.xml (node1 on 8280, node2 on 8380; JGroups over TCP on loopback), each with its own copy of the
# configured server's standalone/ folder under CLUSTER_DIR. Everything listens on 127.0.0.1 only.
#   cluster-rig.sh run           start, say where, and stop everything at Ctrl+C (mvn -Pcluster package)
#   cluster-rig.sh start         start and return (bench/cluster.sh)
#   cluster-rig.sh start-node N  start node N again (after a kill), and wait until it is healthy
#   cluster-rig.sh stop          stop what start started, by the pids it wrote, and remove the database
# Needs CLUSTER_DIR, WILDFLY_HOME (configured by -Pcluster), PORTAL_EAR, OPENSEARCH_HOME (unpacked by -Pcluster)
# and, with the sink, GREENMAIL_JAR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rig=${CLUSTER_DIR:?CLUSTER_DIR: where the rig keeps its nodes, database and logs}
action=${1:?usage: cluster-rig.sh run|start|start-node N|stop}
balancer_port=${CLUSTER_HTTP_PORT:-8080}
pg_port=${CLUSTER_DB_PORT:-5632}
search_port=${CLUSTER_SEARCH_PORT:-9350}
nodes=(1 2)

# Offsets 200 and 300: the test servers use 100. Node N: HTTP 8080+offset, management 9990+offset, JGroups 7600+offset.
offset() { echo $(( $1 * 100 + 100 )); }
http_port() { echo $(( 8080 + $(offset "$1") )); }

say() { echo "cluster: $*"; }

need_haproxy() {
    command -v haproxy >/dev/null 2>&1 && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing haproxy..."
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq haproxy >/dev/null
    else
        echo "The cluster needs HAProxy: run 'sudo apt-get install haproxy' and try again." >&2
        exit 1
    fi
}

free_port() {
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
        echo "Port $1 on 127.0.0.1 is taken, and the cluster needs it for $2: stop what listens there (ss -ltnp 'sport = :$1')." >&2
        exit 1
    fi
}

wait_healthy() {
    local name=$1 url=$2 pidfile=$3 log=$4 waited=0
    until curl -fs -o /dev/null --max-time 2 "$url"; do
        if [ -f "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            echo "$name stopped while starting; see $log" >&2
            exit 1
        fi
        waited=$(( waited + 1 ))
        [ $waited -le 300 ] || { echo "$name was not healthy after 5 minutes; see $log" >&2; exit 1; }
        sleep 1
    done
}

start_node() {
    local n=$1 base="$rig/node$1" started=$(date +%s)
    mkdir -p "$base"
    if [ ! -d "$base/configuration" ]; then
        # The configured server's standalone/ folder, once: its configuration and the EAR, then its own data and logs.
        cp -a "$WILDFLY_HOME/standalone/." "$base/"
        rm -rf "$base/data" "$base/log" "$base/tmp" "$base/deployments/"*
        cp "$PORTAL_EAR" "$base/deployments/"
    fi
    rm -f "$base/deployments/"*.failed
    free_port "$(http_port "$n")" "node$n"
    (
        export JBOSS_PIDFILE="$rig/node$n.pid" LAUNCH_JBOSS_IN_BACKGROUND=1
        export JAVA_OPTS="-Xms256m -Xmx768m -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true"
        export PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/portal_it?reWriteBatchedInserts=true&ApplicationName=beacon-node$n"
        export PORTAL_DB_USER=portal PORTAL_DB_PASSWORD=portal
        export PORTAL_BATCH_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/portal_it?ApplicationName=beacon-node$n-batch"
        export PORTAL_BASE_URL=${PORTAL_BASE_URL:-http://localhost:$balancer_port}
        export PORTAL_SMTP_HOST=${PORTAL_SMTP_HOST:-127.0.0.1} PORTAL_SMTP_PORT=${PORTAL_SMTP_PORT:-3025}
        export PORTAL_MAIL_SINK_URL=${PORTAL_MAIL_SINK_URL:-http://127.0.0.1:8025}
        # One search index for all nodes: each node's own Lucene index would know only what was saved on it.
        export PORTAL_SEARCH_BACKEND=elasticsearch PORTAL_SEARCH_URIS=http://127.0.0.1:$search_port
        setsid "$WILDFLY_HOME/bin/standalone.sh" -c standalone-ha.xml -Djboss.server.base.dir="$base" \
            -Djboss.node.name="node$n" -Djboss.tx.node.id="node$n" -Djboss.socket.binding.port-offset="$(offset "$n")" \
            -b 127.0.0.1 -bprivate 127.0.0.1 -bmanagement 127.0.0.1 >"$rig/node$n.out" 2>&1 < /dev/null &
    )
    wait_healthy "node$n" "http://127.0.0.1:$(http_port "$n")/health" "$rig/node$n.pid" "$base/log/server.log"
    say "node$n up on http://127.0.0.1:$(http_port "$n") after $(( $(date +%s) - started )) s"
}

write_haproxy_config() {
    {
        cat <<EOF
# Written by config/cluster-rig.sh. Sticky on the application's own session cookie only (prefix mode rewrites
# JSESSIONID, which only signed-in staff have), so the public pages still set no cookie at all.
global
    maxconn 4000
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 60s
    retries 2
    # A session whose node is gone goes to another node, which holds a copy of it; so does a GET that was on its way
    # to a node when it died (once answered with a 502), but never a POST, which the dead node may have carried out.
    option redispatch
    retry-on conn-failure empty-response response-timeout
frontend beacon
    bind 127.0.0.1:$balancer_port
    # The client's own X-Forwarded-For never reaches a node: the nodes trust this header for the client's address.
    http-request del-header X-Forwarded-For
    option forwardfor
    default_backend nodes
backend nodes
    balance roundrobin
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    cookie JSESSIONID prefix nocache
    option httpchk GET /health
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
EOF
        for n in "${nodes[@]}"; do
            echo "    server node$n 127.0.0.1:$(http_port "$n") check cookie node$n"
        done
    } >"$rig/haproxy.cfg"
}

start_all() {
    mkdir -p "$rig"
    [ -f "$PORTAL_EAR" ] || { echo "No EAR at $PORTAL_EAR: build with mvn -Pcluster package" >&2; exit 1; }
    grep -q TCPPING "$WILDFLY_HOME/standalone/configuration/standalone-ha.xml" \
        || { echo "$WILDFLY_HOME has no cluster configuration: build with mvn -Pcluster package" >&2; exit 1; }
    need_haproxy
    free_port "$balancer_port" "the balancer"
    rm -rf "$rig"/node*
    bash "$here/../portal-ejb/src/test/sh/it-postgresql.sh" start "$rig/postgresql" "$pg_port" | sed 's/^/cluster: /'
    free_port "$search_port" "OpenSearch"
    bash "$here/../portal-ejb/src/test/sh/it-opensearch.sh" start "${OPENSEARCH_HOME:?OPENSEARCH_HOME}" "$search_port" \
        "${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}" | sed 's/^/cluster: /'
    if [ -z "${PORTAL_SMTP_PORT:-}" ]; then
        free_port 3025 "the mail sink"
        setsid java -Dgreenmail.setup.test.smtp -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.port=8025 \
            -jar "${GREENMAIL_JAR:?GREENMAIL_JAR}" >"$rig/mail-sink.out" 2>&1 < /dev/null &
        echo $! >"$rig/mail-sink.pid"
    fi
    write_haproxy_config
    haproxy -f "$rig/haproxy.cfg" -D -p "$rig/haproxy.pid"
    # One after the other: the first creates the schema, the secrets and the first administrator; the second finds them.
    for n in "${nodes[@]}"; do start_node "$n"; done
    wait_healthy "the balancer" "http://127.0.0.1:$balancer_port/health" /dev/null "$rig/haproxy.cfg"
}

stop_all() {
    local pid n
    for n in "${nodes[@]}"; do
        if [ -f "$rig/node$n.pid" ] && pid=$(cat "$rig/node$n.pid") && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$rig/node$n.pid"
    done
    for f in haproxy mail-sink; do
        [ -f "$rig/$f.pid" ] && kill "$(cat "$rig/$f.pid")" 2>/dev/null || true
        rm -f "$rig/$f.pid"
    done
    bash "$here/../portal-ejb/src/test/sh/it-postgresql.sh" stop "$rig/postgresql"
    [ -n "${OPENSEARCH_HOME:-}" ] && bash "$here/../portal-ejb/src/test/sh/it-opensearch.sh" stop "$OPENSEARCH_HOME"
}

case $action in
run)
    trap 'echo; say "stopping"; stop_all' EXIT
    trap 'exit 130' INT TERM
    start_all
    say "the portal is at http://localhost:$balancer_port/ (node1 http://127.0.0.1:8280, node2 http://127.0.0.1:8380)"
    say "first administrator: $(grep -ho 'First administrator created.*' "$rig"/node*/log/server.log | head -1)"
    say "mail: http://127.0.0.1:8025/api/user; logs: $rig/node1/log/server.log, $rig/node2/log/server.log. Ctrl+C stops it all."
    while sleep 3600; do :; done
    ;;
start)
    start_all
    ;;
start-node)
    start_node "${2:?usage: cluster-rig.sh start-node N}"
    ;;
stop)
    stop_all
    ;;
*)
    echo "usage: cluster-rig.sh run|start|start-node N|stop" >&2
    exit 2
    ;;
esac
