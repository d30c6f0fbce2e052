#!/usr/bin/env bash
# The Arquillian suite's second database: a throwaway PostgreSQL 15 cluster from Debian's packages in DIR, listening
# on 127.0.0.1:PORT only, with a database portal_it owned by the role portal (no password: the data is throwaway), and
# durability off, since it is deleted when the run ends. Installs postgresql with apt when missing and we are root;
# otherwise stops with one line saying what to install.
#   it-postgresql.sh start DIR PORT    a fresh cluster (whatever an interrupted run left in DIR is removed first)
#   it-postgresql.sh stop DIR          stops it and removes DIR
set -euo pipefail
action=${1:?usage: it-postgresql.sh start|stop DIR [PORT]}
dir=${2:?usage: it-postgresql.sh start|stop DIR [PORT]}

bin_dir() {
    local found
    for found in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        [ -x "$found/initdb" ] && { echo "$found"; return; }
    done
}

# As root the cluster belongs to postgres, which PostgreSQL insists on; anyone else runs it as themselves.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Where the cluster really is: DIR, or the folder in /tmp that DIR links to (see start).
data_dir() {
    if [ -L "$dir" ]; then readlink "$dir"; else echo "$dir"; fi
}

stop_cluster() {
    local bin data
    bin=$(bin_dir)
    data=$(data_dir)
    if [ -n "$bin" ] && [ -f "$data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data"
    rm -rf "$dir"
}

case $action in
start)
    port=${3:?usage: it-postgresql.sh start DIR PORT}
    bin=$(bin_dir)
    if [ -z "$bin" ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "Installing postgresql for the Arquillian tests' PostgreSQL run..."
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq
            apt-get install -y -qq postgresql >/dev/null
            bin=$(bin_dir)
        else
            echo "The Arquillian tests need PostgreSQL: run 'sudo apt-get install postgresql' and try again." >&2
            exit 1
        fi
    fi
    stop_cluster
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Port $port on 127.0.0.1 is taken, and the tests' PostgreSQL needs it: stop what listens there (ss -ltnp 'sport = :$port')" \
            "or choose another port with -Dit.postgresql.port=N." >&2
        exit 1
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$dir"
        # A checkout in a folder that postgres may not enter (a home directory): the cluster goes to /tmp instead,
        # and DIR links to it, so that stop still finds and removes it.
        if ! runuser -u postgres -- test -w "$dir"; then
            rmdir "$dir"
            elsewhere=$(mktemp -d /tmp/beacon-it-postgresql.XXXXXX)
            chown postgres: "$elsewhere"
            ln -s "$elsewhere" "$dir"
        fi
    fi
    data=$(data_dir)
    as_owner "$bin/initdb" -U portal --auth=trust -E UTF8 --locale=C.UTF-8 -D "$data" >"$dir.log" 2>&1 \
        || { cat "$dir.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-p $port -k '' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >>"$dir.log" 2>&1 || { cat "$dir.log" "$data/server.log" >&2; exit 1; }
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U portal portal_it
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests at 127.0.0.1:$port/portal_it ($data)"
    ;;
stop)
    stop_cluster
    rm -f "$dir.log"
    ;;
*)
    echo "usage: it-postgresql.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
