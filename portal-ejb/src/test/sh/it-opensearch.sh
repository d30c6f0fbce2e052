#!/usr/bin/env bash
# The search IT's second backend: OpenSearch from the integ-test distribution that the build unpacked in HOME (no
# security plugin), one node, HTTP on 127.0.0.1:PORT only, a small heap, data and logs inside HOME. OpenSearch refuses
# to run as root, so as root it runs as the system user opensearch (created when missing); anyone else runs it as
# themselves.
#   it-opensearch.sh start HOME PORT JAVA_HOME   a fresh node (one that an interrupted run left is stopped first)
#   it-opensearch.sh stop HOME                    stops it and removes its data
set -euo pipefail
action=${1:?usage: it-opensearch.sh start|stop HOME [PORT JAVA_HOME]}
home=${2:?usage: it-opensearch.sh start|stop HOME [PORT JAVA_HOME]}
user=opensearch
# Marks the JVM as this HOME's, so that a later start finds what an interrupted run left running.
marker="-Dbeacon.it.opensearch=$home"

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

# Where the distribution really is: HOME, or the folder in /tmp that HOME links to (see start).
real_home() {
    if [ -L "$home" ]; then readlink "$home"; else echo "$home"; fi
}

# The JVMs started with this HOME's marker, whoever started them (the pid file goes with a clean).
node_pids() {
    local pid
    for pid in $(pgrep -f -- "-Dbeacon.it.opensearch=" || true); do
        if tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "$marker"; then echo "$pid"; fi
    done
}

stop_node() {
    local pids pid tries
    pids=$(node_pids)
    [ -z "$pids" ] && return 0
    kill $pids 2>/dev/null || true
    # Up to 30 s to stop by itself (by pid: an exiting JVM's command line reads empty before it is gone).
    for tries in $(seq 1 30); do
        kill -0 $pids 2>/dev/null || return 0
        sleep 1
    done
    kill -9 $pids 2>/dev/null || true
}

# One HTTP GET on loopback with bash alone (no curl on a bare machine): prints the response body.
http_get() {
    local port=$1 path=$2
    exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
    sed '1,/^\r$/d' <&3
    exec 3<&-
}

case $action in
start)
    port=${3:?usage: it-opensearch.sh start HOME PORT JAVA_HOME}
    java_home=${4:?usage: it-opensearch.sh start HOME PORT JAVA_HOME}
    [ -x "$(real_home)/bin/opensearch" ] || { echo "No OpenSearch distribution in $home (the build unpacks it there)." >&2; exit 1; }
    stop_node
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Port $port on 127.0.0.1 is taken, and the tests' OpenSearch needs it: stop what listens there (ss -ltnp 'sport = :$port')" \
            "or choose another port with -Dit.opensearch.port=N." >&2
        exit 1
    fi
    if [ "$(id -u)" = 0 ]; then
        id -u "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
        chown -R "$user": "$(real_home)"
        # A checkout in a folder that the user may not enter (a home directory): the distribution moves to /tmp, and
        # HOME links to it, so that stop still finds it.
        if ! runuser -u "$user" -- test -x "$home/bin/opensearch"; then
            elsewhere=$(mktemp -d /tmp/beacon-it-opensearch.XXXXXX)
            cp -a "$home/." "$elsewhere"
            rm -rf "$home"
            chown -R "$user": "$elsewhere"
            ln -s "$elsewhere" "$home"
        fi
    fi
    dist=$(real_home)
    rm -rf "$dist/data" "$dist/logs"
    # jvm.options writes the GC log to logs/, which must exist.
    as_owner mkdir -p "$dist/data" "$dist/logs"
    # bin/opensearch reads its keystore tool through a path relative to the working directory, hence the cd.
    (cd "$dist" && as_owner env OPENSEARCH_JAVA_HOME="$java_home" \
        OPENSEARCH_JAVA_OPTS="-Xms256m -Xmx384m $marker" \
        bin/opensearch -d -p "$dist/opensearch.pid" \
        -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 -Ehttp.port="$port" -Etransport.port=$((port + 100)) \
        -Ecluster.routing.allocation.disk.threshold_enabled=false \
        -Epath.data="$dist/data" -Epath.logs="$dist/logs") >"$home.log" 2>&1 \
        || { cat "$home.log" >&2; exit 1; }
    # Up to two minutes for the node to answer green: it takes 15-30 s on two busy cores.
    for tries in $(seq 1 120); do
        if http_get "$port" '/_cluster/health?wait_for_status=green&timeout=1s' 2>/dev/null | grep -q '"status":"green"'; then
            echo "OpenSearch $(http_get "$port" / | sed -n 's/.*"number" *: *"\([^"]*\)".*/\1/p') for the tests at http://127.0.0.1:$port ($dist)"
            exit 0
        fi
        if [ -z "$(node_pids)" ]; then
            echo "OpenSearch stopped while starting:" >&2
            cat "$home.log" "$dist"/logs/*.log >&2 2>/dev/null || true
            exit 1
        fi
        sleep 1
    done
    echo "OpenSearch did not answer green on 127.0.0.1:$port within 120 s:" >&2
    tail -50 "$dist"/logs/*.log >&2 2>/dev/null || true
    stop_node
    exit 1
    ;;
stop)
    stop_node
    rm -rf "$(real_home)/data" "$home.log"
    ;;
*)
    echo "usage: it-opensearch.sh start|stop HOME [PORT JAVA_HOME]" >&2
    exit 2
    ;;
esac
