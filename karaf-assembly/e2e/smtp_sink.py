"""An SMTP server that keeps what it receives, for the end-to-end tests (Python 3 standard library only, plus
the ``openssl`` command of Debian's ``openssl`` package for the STARTTLS certificate).

    with SmtpSink(port=26025, users={"pbx": "secret"}, require_tls=True) as sink:
        ...  # make the PBX send mail to 127.0.0.1:26025
        message = sink.wait_for(1, timeout=20)[0]
        message.rcpt_to, message.message["Subject"], message.tls, message.login

It speaks EHLO/HELO, STARTTLS (a self-signed certificate for localhost made at start), AUTH PLAIN and AUTH
LOGIN against `users` (535 for wrong credentials), MAIL/RCPT/DATA (dot-unstuffed), RSET, NOOP and QUIT.
require_tls refuses AUTH and MAIL before STARTTLS (530); require_auth refuses MAIL before AUTH (530).

``python3 smtp_sink.py`` checks it with smtplib.
"""

import base64
import email
import email.policy
import os
import shutil
import socketserver
import ssl
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pbx  # noqa: E402


class SmtpMessage:
    """One accepted message: envelope, data as received (CRLF lines, dot-unstuffed), the parsed (LF lines) email.message.EmailMessage, and whether it came
    over TLS and as which AUTH login (None: unauthenticated)."""

    def __init__(self, mail_from, rcpt_to, data, tls, login):
        self.mail_from = mail_from
        self.rcpt_to = list(rcpt_to)
        self.data = data
        self.message = email.message_from_bytes(data.replace(b"\r\n", b"\n"), policy=email.policy.default)
        self.tls = tls
        self.login = login

    def __repr__(self):
        return "<mail from %s to %s: %r>" % (self.mail_from, self.rcpt_to, self.message["Subject"])


def self_signed_certificate(directory):
    """(cert, key) files for CN=localhost made with the openssl command."""
    exe = pbx.require_tool("openssl", "install openssl (Debian, as root): apt-get install -y openssl")
    cert, key = os.path.join(directory, "cert.pem"), os.path.join(directory, "key.pem")
    r = subprocess.run([exe, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                        "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
    if r.returncode != 0:
        raise AssertionError("openssl req failed: %s" % r.stdout)
    return cert, key


class SmtpSink:
    def __init__(self, port=0, host="127.0.0.1", users=None, tls=True, require_tls=False, require_auth=False):
        self.users = dict(users or {})
        self.require_tls = require_tls
        self.require_auth = require_auth
        self.messages = []
        self.transcript = []  # (peer, 'C'/'S', line) of every session, for failure reports
        self._cond = threading.Condition()
        self._dir = tempfile.mkdtemp(prefix="branchline-smtp-sink-")
        self.cert = None
        self.context = None
        if tls or require_tls:
            self.cert, key = self_signed_certificate(self._dir)
            self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.context.load_cert_chain(self.cert, key)
        self._server = socketserver.ThreadingTCPServer((host, port), _Session, bind_and_activate=False)
        self._server.allow_reuse_address = True
        self._server.daemon_threads = True
        self._server.sink = self
        self._server.server_bind()
        self._server.server_activate()
        self.host, self.port = self._server.server_address[:2]
        threading.Thread(target=self._server.serve_forever, args=(0.2,), daemon=True).start()

    def wait_for(self, count, timeout=10):
        """The first `count` messages, waiting up to timeout; AssertionError with the transcript if fewer came."""
        deadline = time.time() + timeout
        with self._cond:
            while len(self.messages) < count:
                left = deadline - time.time()
                if left <= 0:
                    raise AssertionError("SMTP sink %s:%d: %d message(s) after %s s, expected %d\n%s"
                                         % (self.host, self.port, len(self.messages), timeout, count,
                                            self.dialogue()))
                self._cond.wait(left)
            return self.messages[:count]

    def dialogue(self, lines=80):
        return "\n".join("%s %s %s" % t for t in self.transcript[-lines:])

    def _accept(self, message):
        with self._cond:
            self.messages.append(message)
            self._cond.notify_all()

    def stop(self):
        self._server.shutdown()
        self._server.server_close()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class _Session(socketserver.StreamRequestHandler):
    timeout = 60

    def setup(self):
        super().setup()
        self.sink = self.server.sink
        self.tls = False
        self.login = None
        self.greeted = False
        self._reset()

    def _reset(self):
        self.mail_from, self.rcpt_to = None, []

    def reply(self, line):
        self.sink.transcript.append((self.client_address[1], "S", line))
        self.wfile.write((line + "\r\n").encode("utf-8"))
        self.wfile.flush()

    def read_line(self):
        raw = self.rfile.readline(1 << 20)
        if not raw:
            raise EOFError
        return raw.rstrip(b"\r\n").decode("utf-8", "replace")

    def handle(self):
        self.reply("220 localhost ESMTP branchline-e2e sink")
        try:
            while True:
                line = self.read_line()
                self.sink.transcript.append((self.client_address[1], "C", line))
                verb, _, arg = line.partition(" ")
                method = getattr(self, "smtp_" + verb.upper(), None)
                if method is None:
                    self.reply("500 5.5.2 Command unrecognized")
                elif method(arg.strip()) == "quit":
                    return
        except (EOFError, OSError, ssl.SSLError):
            return

    def smtp_EHLO(self, arg):
        self.greeted = True
        self._reset()
        lines = ["localhost", "8BITMIME", "SIZE 52428800"]
        if self.sink.context and not self.tls:
            lines.append("STARTTLS")
        if self.sink.users and (self.tls or not self.sink.require_tls):
            lines.append("AUTH PLAIN LOGIN")
        for l in lines[:-1]:
            self.reply("250-" + l)
        self.reply("250 " + lines[-1])

    def smtp_HELO(self, arg):
        self.greeted = True
        self._reset()
        self.reply("250 localhost")

    def smtp_STARTTLS(self, arg):
        if not self.sink.context:
            return self.reply("502 5.5.1 STARTTLS not offered")
        if self.tls:
            return self.reply("503 5.5.1 TLS already active")
        self.reply("220 2.0.0 Ready to start TLS")
        self.connection = self.request = self.sink.context.wrap_socket(self.request, server_side=True)
        self.rfile = self.connection.makefile("rb")
        self.wfile = self.connection.makefile("wb")
        self.tls, self.greeted, self.login = True, False, None
        self._reset()

    def smtp_AUTH(self, arg):
        if self.sink.require_tls and not self.tls:
            return self.reply("530 5.7.0 Must issue a STARTTLS command first")
        if self.login is not None:
            return self.reply("503 5.5.1 Already authenticated")
        mechanism, _, initial = arg.partition(" ")
        try:
            if mechanism.upper() == "PLAIN":
                _, user, password = self._decode(initial or self._ask("")).split("\0", 2)
            elif mechanism.upper() == "LOGIN":
                user = self._decode(initial or self._ask("VXNlcm5hbWU6"))
                password = self._decode(self._ask("UGFzc3dvcmQ6"))
            else:
                return self.reply("504 5.5.4 Unrecognized authentication type")
        except (ValueError, UnicodeDecodeError):
            return self.reply("501 5.5.2 Cannot decode the response")
        if user in self.sink.users and self.sink.users[user] == password:
            self.login = user
            return self.reply("235 2.7.0 Authentication successful")
        self.reply("535 5.7.8 Authentication credentials invalid")

    def _ask(self, challenge):
        self.reply("334 " + challenge)
        answer = self.read_line()
        if answer == "*":
            raise ValueError("cancelled")
        return answer

    @staticmethod
    def _decode(text):
        return base64.b64decode(text.strip(), validate=True).decode("utf-8")

    def smtp_MAIL(self, arg):
        if self.sink.require_tls and not self.tls:
            return self.reply("530 5.7.0 Must issue a STARTTLS command first")
        if self.sink.require_auth and self.login is None:
            return self.reply("530 5.7.0 Authentication required")
        if not self.greeted:
            return self.reply("503 5.5.1 Say EHLO first")
        if not arg.upper().startswith("FROM:"):
            return self.reply("501 5.5.4 Syntax: MAIL FROM:<address>")
        self._reset()
        self.mail_from = _address(arg[5:])
        self.reply("250 2.1.0 Ok")

    def smtp_RCPT(self, arg):
        if self.mail_from is None:
            return self.reply("503 5.5.1 Need MAIL first")
        if not arg.upper().startswith("TO:"):
            return self.reply("501 5.5.4 Syntax: RCPT TO:<address>")
        self.rcpt_to.append(_address(arg[3:]))
        self.reply("250 2.1.5 Ok")

    def smtp_DATA(self, arg):
        if not self.rcpt_to:
            return self.reply("503 5.5.1 Need RCPT first")
        self.reply("354 End data with <CR><LF>.<CR><LF>")
        lines = []
        while True:
            raw = self.rfile.readline(1 << 20)
            if not raw:
                raise EOFError
            if raw.rstrip(b"\r\n") == b".":
                break
            lines.append(raw[1:] if raw.startswith(b".") else raw)
        self.sink._accept(SmtpMessage(self.mail_from, self.rcpt_to, b"".join(lines), self.tls, self.login))
        self._reset()
        self.reply("250 2.0.0 Ok: queued as %d" % len(self.sink.messages))

    def smtp_RSET(self, arg):
        self._reset()
        self.reply("250 2.0.0 Ok")

    def smtp_NOOP(self, arg):
        self.reply("250 2.0.0 Ok")

    def smtp_QUIT(self, arg):
        self.reply("221 2.0.0 Bye")
        return "quit"


def _address(text):
    """'<a@b> SIZE=10' -> 'a@b'"""
    text = text.strip()
    if text.startswith("<"):
        return text[1:text.find(">")] if ">" in text else text[1:]
    return text.split(" ")[0]


# ----------------------------------------------------------------------------------- self-check

def self_check():
    import smtplib
    client_tls = ssl.create_default_context()
    failures = []

    def expect(name, condition, detail=""):
        print("%-60s %s" % (name, "ok" if condition else "WRONG %s" % detail))
        if not condition:
            failures.append(name)

    body = "Subject: plain\r\n\r\nline one\r\n.leading dot\r\n..two dots\r\n"
    with SmtpSink(users={"pbx": "s3cret"}) as sink:
        with smtplib.SMTP(sink.host, sink.port, timeout=10) as c:
            c.sendmail("pbx@example.org", ["a@example.org", "b@example.org"], body)
        m = sink.wait_for(1)[0]
        expect("plain: envelope", (m.mail_from, m.rcpt_to) == ("pbx@example.org", ["a@example.org", "b@example.org"]))
        expect("plain: dot-unstuffed body", m.message.get_content() == "line one\n.leading dot\n..two dots\n",
               repr(m.message.get_content()))
        expect("plain: no TLS, no login", (m.tls, m.login) == (False, None))
        client_tls.load_verify_locations(sink.cert)
        for mechanism in ("PLAIN", "LOGIN"):
            with smtplib.SMTP(sink.host, sink.port, timeout=10) as c:
                c.starttls(context=client_tls)
                c.user, c.password = "pbx", "s3cret"
                c.ehlo()
                code, _ = c.auth(mechanism, getattr(c, "auth_" + mechanism.lower()))
                c.sendmail("pbx@example.org", ["c@example.org"], "Subject: tls %s\r\n\r\nhi\r\n" % mechanism)
            m = sink.wait_for(2 if mechanism == "PLAIN" else 3)[-1]
            expect("STARTTLS + AUTH %s: 235, TLS, login" % mechanism,
                   (code, m.tls, m.login, m.message["Subject"]) == (235, True, "pbx", "tls " + mechanism))
        with smtplib.SMTP(sink.host, sink.port, timeout=10) as c:
            c.starttls(context=client_tls)
            try:
                c.login("pbx", "wrong")
                code = 235
            except smtplib.SMTPAuthenticationError as e:
                code = e.smtp_code
            expect("wrong password: 535", code == 535, code)
    with SmtpSink(users={"pbx": "s3cret"}, require_tls=True) as sink:
        with smtplib.SMTP(sink.host, sink.port, timeout=10) as c:
            c.ehlo()
            code, _ = c.mail("pbx@example.org")
            expect("require_tls: MAIL before STARTTLS gets 530", code == 530, code)
            expect("require_tls: no AUTH offered before STARTTLS", not c.has_extn("auth"))
    return failures


if __name__ == "__main__":
    problems = self_check()
    print("FAILED: %s" % problems if problems else "SMTP sink self-check passed")
    sys.exit(1 if problems else 0)
