# Shared by the bench scripts: a fresh database, the portal started with the README's run command, a signed-in
# administrator's cookie jar. Source it after setting $db (h2 or postgresql) and $work (a temporary directory).
# A script's own bench_exit function, if it has one, runs on exit after the portal is stopped.
# BENCH_MVN_FLAGS goes to Maven before the run command's arguments (for example -o, offline).
base=http://localhost:8080
export PORTAL_ADMIN_EMAIL=bench@beacon.test PORTAL_ADMIN_PASSWORD=bench-password-1234

fresh_database() {
    if [ "$db" = postgresql ]; then
        pg_ctlcluster 15 main start 2>/dev/null || true
        su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS beacon_bench' -c 'DROP ROLE IF EXISTS beacon_bench'" >/dev/null 2>&1
        su postgres -c "psql -q -c \"CREATE ROLE beacon_bench LOGIN PASSWORD 'beacon_bench'\" -c 'CREATE DATABASE beacon_bench OWNER beacon_bench'" >/dev/null
        export PORTAL_DB_DRIVER=postgresql PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:5432/beacon_bench?reWriteBatchedInserts=true" \
            PORTAL_DB_USER=beacon_bench PORTAL_DB_PASSWORD=beacon_bench
    else
        export PORTAL_DB_URL="jdbc:h2:$work/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
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

# p50 and p95 of 200 loads of a console page (after 10 to warm up), in ms.
page_times() {
    local path=$1
    for i in $(seq 10); do curl -fs -o /dev/null -b "$jar" "$base$path"; done
    for i in $(seq 200); do curl -fs -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$path"; done \
        | sort -n | awk -v q="$path" '{t[NR] = $1 * 1000} END {printf "%-40s p50 %6.1f ms   p95 %6.1f ms   (%d loads)\n", q, t[int(NR * 0.5)], t[int(NR * 0.95)], NR}'
}
