#!/usr/bin/env bash
# The hottest frames of a Flight Recorder file's execution samples (JDK 17's `jfr print`): the methods at the top of
# the stacks, and the portal's own methods anywhere in them (what the time is spent under), as shares of all samples.
#   bench/jfr-top.sh recording.jfr [how many=15]
set -eu
file=$1; n=${2:-15}
jfr print --events jdk.ExecutionSample --stack-depth 64 "$file" | awk -v n="$n" '
    /^jdk.ExecutionSample/ { samples++; depth = 0; delete seen; next }
    /stackTrace = \[/ { stack = 1; next }
    stack && /^[ \t]*\]/ { stack = 0; next }
    stack && /\(/ {
        frame = $1; sub(/\(.*/, "", frame)
        if (depth++ == 0) top[frame]++
        if (frame ~ /^org\.beacon\./ && !(frame in seen)) { seen[frame] = 1; own[frame]++ }
    }
    END {
        printf "%d execution samples\n-- top of the stack --\n", samples
        for (f in top) printf "%6.1f%%  %s\n", 100 * top[f] / samples, f | "sort -rn | head -" n
        close("sort -rn | head -" n)
        printf "-- the portal'"'"'s methods anywhere in the stack --\n"
        for (f in own) printf "%6.1f%%  %s\n", 100 * own[f] / samples, f | "sort -rn | head -" n
    }'
