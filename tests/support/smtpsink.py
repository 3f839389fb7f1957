#!/usr/bin/python3
"""A real SMTP server for the tests: aiosmtpd (Debian's python3-aiosmtpd) on 127.0.0.1.

Prints "PORT <n>" once it listens, then one line "MAIL <json>" per message it accepted. Each
message is read back with Python's MIME parser (email, policy.default), so the JSON holds
what a mail client shows: decoded headers, the MIME structure and each part's decoded text.

  smtpsink.py [--port N] [--reject ADDRESS]... [--tls-cert PEM --tls-key PEM]

--reject answers RCPT TO for that address with a permanent 550. With a certificate, the server
offers STARTTLS and refuses mail before it.
"""
import argparse
import asyncio
import email
import email.policy
import json
import socket
import ssl
import sys

from aiosmtpd.smtp import SMTP


class Handler:
    def __init__(self, reject):
        self.reject = {a.lower() for a in reject}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        parts = []
        for part in message.walk():
            entry = {"type": part.get_content_type(),
                     "charset": part.get_content_charset(),
                     "encoding": part.get("Content-Transfer-Encoding")}
            if not part.is_multipart():
                entry["content"] = part.get_content()
            parts.append(entry)
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTo": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "headers": {k: str(v) for k, v in message.items()},
            "subject": str(message["Subject"]),
            # As on the wire: RFC 2047 words stay encoded.
            "rawSubject": str(email.message_from_bytes(envelope.content)["Subject"]),
            "messageId": str(message["Message-ID"]),
            "date": str(message["Date"]),
            "to": str(message["To"]),
            "from": str(message["From"]),
            "mimeVersion": str(message["MIME-Version"]),
            "parts": parts,
            "defects": [type(d).__name__ for p in message.walk() for d in p.defects],
        }
        print("MAIL " + json.dumps(record), flush=True)
        return "250 2.0.0 accepted"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    args = parser.parse_args()

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", args.port))
    sock.listen(16)
    sock.setblocking(False)

    context = None
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
    handler = Handler(args.reject)

    async def serve():
        loop = asyncio.get_running_loop()

        def protocol():
            if context:
                return SMTP(handler, hostname="localhost", tls_context=context,
                            require_starttls=True)
            return SMTP(handler, hostname="localhost")

        server = await loop.create_server(protocol, sock=sock)
        print("PORT %d" % sock.getsockname()[1], flush=True)
        await server.serve_forever()

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
