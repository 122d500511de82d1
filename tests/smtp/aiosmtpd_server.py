#!/usr/bin/python3
"""Debian's aiosmtpd on loopback for the notice tests, started by test.sh (or by the tests when run alone).

Two servers deliver into one Maildir: a plain one, and one that requires STARTTLS (a self-signed certificate made
with openssl) and AUTH LOGIN/PLAIN as notices/notices-password. Writes "<plain port> <tls port>" to <dir>/ports
once both listen, and serves until killed.
"""
import os
import signal
import socket
import ssl
import subprocess
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = b"notices", b"notices-password"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER and auth_data.password == PASSWORD
    return AuthResult(success=ok)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(folder):
    os.makedirs(folder, exist_ok=True)
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    if not os.path.exists(cert):
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                        "-keyout", key, "-out", cert], check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    maildir = os.path.join(folder, "maildir")
    plain = Controller(Mailbox(maildir), hostname="127.0.0.1", port=free_port())
    secure = Controller(Mailbox(maildir), hostname="127.0.0.1", port=free_port(), tls_context=context, require_starttls=True,
                        authenticator=authenticate, auth_required=True)
    plain.start()
    secure.start()
    ports = f"{plain.port} {secure.port}"
    with open(os.path.join(folder, "ports.tmp"), "w") as f:
        f.write(ports)
    os.replace(os.path.join(folder, "ports.tmp"), os.path.join(folder, "ports"))
    signal.sigwait([signal.SIGTERM, signal.SIGINT])
    plain.stop()
    secure.stop()


if __name__ == "__main__":
    main(sys.argv[1])
