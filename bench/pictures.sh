#!/usr/bin/env bash
# The cost of a picture upload (metadata stripped by decoding and encoding again) and of each size pages offer, as
# JPEG and as WebP, on a phone-sized photo. Prints the figures. Usage: bench/pictures.sh [width height runs]
# Needs portal-ejb built (mvn -DskipTests install).
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -o -pl portal-ejb dependency:build-classpath -Dmdep.outputFile="$work/cp" -Dmdep.includeScope=runtime
cp="portal-ejb/target/classes:$(cat "$work/cp")"
javac -d "$work" -cp "$cp" bench/pictures/PictureTimes.java
java -Xmx2g -cp "$work:$cp" org.beacon.portal.content.PictureTimes "$@"
