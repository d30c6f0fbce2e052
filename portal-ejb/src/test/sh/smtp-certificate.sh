#!/usr/bin/env bash
# A key pair and self-signed certificate naming localhost and 127.0.0.1 for the test SMTP servers' TLS (server.p12),
# and a trust store holding that certificate alone (truststore.p12) for the test server's JVM. Made once per target/.
set -euo pipefail
keytool=$1
dir=$2
[[ -f $dir/truststore.p12 ]] && exit 0
mkdir -p "$dir"
"$keytool" -genkeypair -alias smtp -keyalg RSA -keysize 2048 -validity 3650 -dname CN=localhost \
    -ext SAN=dns:localhost,ip:127.0.0.1 -storetype PKCS12 -keystore "$dir/server.p12" -storepass changeit -keypass changeit
"$keytool" -exportcert -alias smtp -keystore "$dir/server.p12" -storepass changeit -rfc -file "$dir/server.pem"
"$keytool" -importcert -noprompt -alias smtp -file "$dir/server.pem" -storetype PKCS12 -keystore "$dir/truststore.p12" -storepass changeit
