#!/usr/bin/env bash
# The console's mail sink page with many messages: starts the portal with the README's run command on a fresh H2
# database, sends N messages (default 400) straight to its local SMTP sink (GreenMail, 127.0.0.1:3025), signs in
# as the administrator and loads /admin/mail/ 50 times. Prints p50 and p95 of the whole page, then stops.
#   bench/mail-sink.sh [messages [loads]]
set -u
cd "$(dirname "$0")/.."
db=h2
count=${1:-400}
work=$(mktemp -d)
source bench/lib.sh
fresh_database
start_portal
python3 - "$count" <<'PY'
import smtplib, sys
from email.message import EmailMessage
with smtplib.SMTP("127.0.0.1", 3025) as smtp:
    for i in range(int(sys.argv[1])):
        m = EmailMessage()
        m["From"] = "portal@beacon.test"
        m["To"] = f"reader{i:05d}@example.org"
        m["Subject"] = f"Bench message {i}"
        m.set_content(f"Hello reader {i},\n\nA line with a link: http://localhost:8080/news\n" + "Some words. " * 200)
        smtp.send_message(m)
PY
echo "$count messages in the sink"
sign_in
page_times /admin/mail/ ${2:-50}
