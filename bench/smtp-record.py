#!/usr/bin/env python3
"""A small SMTP sink for the newsletter crash bench: accepts every message and appends one line per recipient of
every accepted message to a log file: RCPT TO address, Message-ID, Subject and size in bytes, tab-separated. The
line is written and flushed before the 250 reply to the final dot, so a message the client was told was accepted
is always in the log. On SIGTERM it stops listening, answers nothing more, and closes every connection (a message
whose dot was already answered stays answered; one in the middle of its transaction is dropped, and the client
must retry it).
   smtp-record.py HOST:PORT LOGFILE
Standard library only (smtpd is gone from Python 3.12)."""
import asyncio
import signal
import sys

host, port = sys.argv[1].rsplit(":", 1)
log = open(sys.argv[2], "a", buffering=1 << 16)
connections = set()
accepted = 0


def header(head, name):
    """The value of one header of an unfolded header block (bytes), or empty."""
    prefix = name.lower() + b":"
    for line in head.split(b"\r\n"):
        if line[: len(prefix)].lower() == prefix:
            return line[len(prefix):].strip().decode("utf-8", "replace")
    return ""


async def session(reader, writer):
    global accepted
    connections.add(writer)
    rcpts = []
    try:
        writer.write(b"220 smtp-record ESMTP\r\n")
        while True:
            line = await reader.readline()
            if not line:
                return
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                writer.write(b"250-smtp-record\r\n250-8BITMIME\r\n250 SIZE 52428800\r\n" if verb == b"EHLO" else b"250 smtp-record\r\n")
            elif verb == b"MAIL":
                rcpts = []
                writer.write(b"250 2.1.0 Ok\r\n")
            elif verb == b"RCPT":
                arg = line[line.index(b":") + 1:].strip()
                address = arg[1:arg.index(b">")] if arg.startswith(b"<") else arg.split()[0]
                rcpts.append(address.decode("utf-8", "replace").lower())
                writer.write(b"250 2.1.5 Ok\r\n")
            elif verb == b"DATA":
                writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                data = await reader.readuntil(b"\r\n.\r\n")
                head = data.split(b"\r\n\r\n", 1)[0].replace(b"\r\n\t", b" ").replace(b"\r\n ", b" ")
                message_id, subject = header(head, b"Message-ID"), header(head, b"Subject")
                for r in rcpts:
                    log.write(f"{r}\t{message_id}\t{subject}\t{len(data)}\n")
                log.flush()
                accepted += 1
                rcpts = []
                writer.write(b"250 2.0.0 Ok: queued\r\n")
            elif verb in (b"RSET", b"NOOP"):
                if verb == b"RSET":
                    rcpts = []
                writer.write(b"250 2.0.0 Ok\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 2.0.0 Bye\r\n")
                await writer.drain()
                return
            else:
                writer.write(b"502 5.5.2 Error: command not recognized\r\n")
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
        return
    finally:
        connections.discard(writer)
        writer.close()


async def main():
    server = await asyncio.start_server(session, host, int(port), limit=64 << 20, reuse_address=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    print(f"smtp-record listening on {host}:{port}", flush=True)
    await stop.wait()
    server.close()
    for w in list(connections):
        w.close()
    log.flush()
    print(f"smtp-record stopped after {accepted} messages", flush=True)


asyncio.run(main())
