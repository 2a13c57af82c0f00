"""SIP clients for the end-to-end tests (Python 3 standard library plus Debian's SIPp and baresip).

* ``Sipp``: one SIPp process running a scenario from ``sipp/`` (always under ``timeout``), with its
  messages, errors and screen traced to files; ``messages()`` parses what it sent and received.
* ``DigestClient``: a tiny SIP-over-UDP client that REGISTERs with digest authentication (MD5 or SHA-256,
  RFC 8760) and returns every answer, to compare answers exactly and to test what SIPp cannot do.
* ``Subscriber`` / ``MwiWatcher``: a SUBSCRIBE dialog (digest auth when challenged) over its own UDP socket
  that answers every NOTIFY and keeps the bodies; MwiWatcher parses RFC 3842 message summaries.
* ``Baresip``: a headless baresip (ausine tone or aufile WAV source, null ALSA player, the sndfile module
  recording the decoded audio) driven over ``ctrl_tcp`` (netstring JSON commands, events read by a thread).
* ``wav_rms``: the RMS level of a 16-bit WAV file.

Missing programs raise ``pbx.MissingTool``: tests fail, never skip.
"""

import array
import glob
import hashlib
import json
import os
import queue
import random
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import wave

import pbx

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIOS = os.path.join(HERE, "sipp")
SIP_INSTALL_HINT = ("install the SIP test clients (Debian, as root): "
                    "apt-get update && apt-get install -y sip-tester baresip-core")

_PROCS = []  # every process started here, for stop_all()


def stop_all():
    """Stops every SIPp/baresip process this module started and that still runs (atexit/teardown)."""
    while _PROCS:
        p = _PROCS.pop()
        _terminate(p)


def _terminate(proc, grace=3.0):
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        proc.wait(5)


def _spawn(cmd, **kwargs):
    """Starts cmd in its own process group (so it and its `timeout` wrapper can be stopped together)."""
    p = subprocess.Popen(cmd, start_new_session=True, **kwargs)
    _PROCS.append(p)
    return p


def _forget(proc):
    if proc in _PROCS:
        _PROCS.remove(proc)


# ------------------------------------------------------------------------------------------- SIPp

class SipMessage:
    """One SIP message as SIPp traced it: direction ('sent'/'received'), first line, headers (lower-case
    name -> list of values) and body."""

    def __init__(self, direction, text):
        self.direction = direction
        self.time = None  # seconds since the epoch (local clock), from SIPp's trace
        head, _, self.body = text.partition("\n\n")
        lines = [l.rstrip("\r") for l in head.split("\n")]
        self.first_line = lines[0].strip() if lines else ""
        self.headers = {}
        for line in lines[1:]:
            if ":" not in line:
                continue
            name, value = line.split(":", 1)
            self.headers.setdefault(_canonical_header(name.strip()), []).append(value.strip())

    @property
    def is_response(self):
        return self.first_line.startswith("SIP/2.0")

    @property
    def status(self):
        return int(self.first_line.split()[1]) if self.is_response else None

    @property
    def method(self):
        if self.is_response:
            cseq = self.header("cseq") or ""
            return cseq.split()[-1] if cseq else None
        return self.first_line.split()[0]

    def header(self, name):
        values = self.headers.get(_canonical_header(name))
        return values[0] if values else None

    def __repr__(self):
        return "<%s %s>" % (self.direction, self.first_line)


_COMPACT = {"v": "via", "f": "from", "t": "to", "i": "call-id", "m": "contact", "l": "content-length",
            "c": "content-type", "k": "supported", "r": "refer-to", "b": "referred-by", "o": "event",
            "x": "session-expires"}


def _canonical_header(name):
    n = name.lower()
    return _COMPACT.get(n, n)


def parse_sipp_messages(path):
    """Parses a SIPp -message_file: blocks introduced by '----...' lines saying 'message sent' or
    'message received'."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError:
        return []
    out = []
    parts = re.split(r"^(-{10,}[^\n]*)$", text, flags=re.M)
    # parts: [preamble, separator, block, separator, block, ...]; a separator ends with the time of the message
    for sep, block in zip(parts[1::2], parts[2::2]):
        lines = block.strip("\n").split("\n")
        if not lines:
            continue
        # "UDP message sent (626 bytes):" / "UDP message received [626] bytes :"
        direction = "sent" if " sent" in lines[0] else "received" if "received" in lines[0] else None
        if direction is None or lines[0].startswith("Unexpected"):  # a repeat of a message already traced
            continue
        lines = lines[1:]
        while lines and not re.match(r"^[A-Z]+ \S+ SIP/2\.0|^SIP/2\.0 \d{3}", lines[0]):
            lines.pop(0)
        if lines:
            m = SipMessage(direction, "\n".join(lines).strip() + "\n")
            t = re.search(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?)\s*$", sep)
            if t:
                m.time = time.mktime(time.strptime(t.group(1).split(".")[0], "%Y-%m-%d %H:%M:%S")) + \
                    float("0" + (t.group(2) or ""))
            out.append(m)
    return out


def media_port_for(sip_port):
    """SIPp binds RTP and RTCP ports (and video ones) from -mp up: give each SIP port 4 of them in 30000-39999."""
    return 30000 + (sip_port % 2500) * 4


class Sipp:
    """One SIPp run. scenario is a file name in sipp/; remote 'host:port' for scenarios that send first
    (None for a UAS); keys are SIPp -key values ([name] in the scenario)."""

    def __init__(self, workdir, name, scenario, local_port, remote=None, service=None, keys=None,
                 media_port=None, timeout=60, extra=(), transport="u1"):
        sipp = shutil.which("sipp")
        if not sipp:
            raise pbx.MissingTool("required program 'sipp' not found on PATH; " + SIP_INSTALL_HINT)
        pbx.require_tool("timeout", "install coreutils")
        self.name = name
        self.dir = os.path.join(workdir, "sipp-" + name)
        os.makedirs(self.dir, exist_ok=True)
        self.scenario = os.path.join(SCENARIOS, scenario)
        if not os.path.isfile(self.scenario):
            raise AssertionError("no SIPp scenario %s" % self.scenario)
        self.local_port = local_port
        self.timeout = timeout
        self.message_file = os.path.join(self.dir, "messages.log")
        self.error_file = os.path.join(self.dir, "errors.log")
        self.screen_file = os.path.join(self.dir, "screen.log")
        self.log_file = os.path.join(self.dir, "log.log")
        self.output_file = os.path.join(self.dir, "stdout.log")
        cmd = ["timeout", "-k", "5", str(timeout), sipp]
        if remote:
            cmd.append(remote)
        cmd += ["-sf", self.scenario, "-i", "127.0.0.1", "-p", str(local_port), "-t", transport,
                "-m", "1", "-l", "1", "-nostdin", "-timeout", "%ds" % (timeout - 2), "-timeout_error",
                "-max_recv_loops", "1000",
                "-mp", str(media_port or media_port_for(local_port)),
                "-trace_msg", "-message_file", self.message_file,
                "-trace_err", "-error_file", self.error_file,
                "-trace_screen", "-screen_file", self.screen_file,
                "-trace_logs", "-log_file", self.log_file]
        if service:
            cmd += ["-s", str(service)]
        for k, v in (keys or {}).items():
            cmd += ["-key", k, str(v)]
        cmd += list(extra)
        self.command = cmd
        self._out = open(self.output_file, "w")
        self.proc = _spawn(cmd, stdin=subprocess.DEVNULL, stdout=self._out, stderr=subprocess.STDOUT,
                           cwd=self.dir)
        self.returncode = None

    def wait(self, timeout=None):
        """Waits for SIPp to end (at most its own timeout + a margin); returns its exit code
        (0: the call succeeded, 1: it failed, 97/99: internal errors, 124/137: killed by `timeout`)."""
        try:
            self.returncode = self.proc.wait(timeout if timeout is not None else self.timeout + 10)
        except subprocess.TimeoutExpired:
            _terminate(self.proc)
            self.returncode = self.proc.returncode
        _forget(self.proc)
        self._out.close()
        return self.returncode

    def stop(self):
        _terminate(self.proc)
        _forget(self.proc)
        if not self._out.closed:
            self._out.close()
        self.returncode = self.proc.returncode
        return self.returncode

    def running(self):
        return self.proc.poll() is None

    def messages(self):
        return parse_sipp_messages(self.message_file)

    def received(self, method_or_status=None):
        out = [m for m in self.messages() if m.direction == "received"]
        if method_or_status is None:
            return out
        if isinstance(method_or_status, int):
            return [m for m in out if m.status == method_or_status]
        return [m for m in out if not m.is_response and m.method == method_or_status]

    def report(self):
        """What to print when an assertion about this run fails: the command, errors and message flow."""
        def tail(path, n=40):
            try:
                with open(path, errors="replace") as f:
                    return "".join(f.readlines()[-n:])
            except OSError:
                return ""
        flow = "\n".join("  %-8s %s" % (m.direction, m.first_line) for m in self.messages())
        return ("SIPp '%s' (rc=%s): %s\n  flow:\n%s\n  errors:\n%s\n  last messages:\n%s"
                % (self.name, self.returncode, self.scenario, flow or "  (none)", tail(self.error_file, 15),
                   tail(self.message_file, 60)))


def wait_all(*runs):
    return [r.wait() for r in runs]


# --------------------------------------------------------------------------------- digest client

def _h(algorithm, text):
    if algorithm.upper().startswith("SHA-256"):
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def parse_challenge(value):
    """'Digest realm="x", nonce="y", algorithm=SHA-256, qop="auth"' -> {'scheme': 'Digest', 'realm': ...}"""
    scheme, _, rest = value.strip().partition(" ")
    params = {"scheme": scheme}
    for m in re.finditer(r'([A-Za-z0-9_-]+)\s*=\s*("([^"]*)"|[^\s,]+)', rest):
        params[m.group(1).lower()] = m.group(3) if m.group(3) is not None else m.group(2)
    return params


def digest_response(algorithm, username, realm, password, method, uri, nonce, qop=None, nc="00000001",
                    cnonce=None):
    ha1 = _h(algorithm, "%s:%s:%s" % (username, realm, password))
    ha2 = _h(algorithm, "%s:%s" % (method, uri))
    if qop:
        return _h(algorithm, "%s:%s:%s:%s:%s:%s" % (ha1, nonce, nc, cnonce, qop, ha2))
    return _h(algorithm, "%s:%s:%s" % (ha1, nonce, ha2))


def authorization(ch, username, password, method, uri):
    """The Authorization header value answering challenge ch (parse_challenge) for one request."""
    algorithm = ch.get("algorithm", "MD5")
    qop = None
    if "qop" in ch:
        qop = "auth" if "auth" in [q.strip() for q in ch["qop"].split(",")] else None
    cnonce = "%016x" % random.getrandbits(64)
    resp = digest_response(algorithm, username, ch.get("realm", ""), password, method, uri,
                           ch.get("nonce", ""), qop=qop, cnonce=cnonce)
    auth = ('Digest username="%s", realm="%s", nonce="%s", uri="%s", response="%s", algorithm=%s'
            % (username, ch.get("realm", ""), ch.get("nonce", ""), uri, resp, algorithm))
    if "opaque" in ch:
        auth += ', opaque="%s"' % ch["opaque"]
    if qop:
        auth += ', qop=%s, nc=00000001, cnonce="%s"' % (qop, cnonce)
    return auth


class UdpAnswer:
    def __init__(self, data):
        self.raw = data.decode("utf-8", "replace")
        self.message = SipMessage("received", self.raw.replace("\r\n", "\n"))
        self.status = self.message.status
        self.reason = self.message.first_line.split(" ", 2)[2] if self.message.is_response else ""

    def challenges(self):
        return [parse_challenge(v) for v in self.message.headers.get("www-authenticate", [])]

    def __repr__(self):
        return "%s\n%s" % (self.message.first_line, self.raw[:1200])


class DigestClient:
    """SIP over UDP from 127.0.0.1:local_port to the server: REGISTER with digest authentication."""

    def __init__(self, server_port, local_port, server_host="127.0.0.1", local_host="127.0.0.1"):
        self.server = (server_host, server_port)
        self.local_port = local_port
        self.local_host = local_host
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((local_host, local_port))
        self.cseq = 0
        self.t1 = 0.5  # RFC 3261 T1: the first retransmission interval (timer E doubles it up to T2 = 4 s)
        self.call_id = "%016x@127.0.0.1" % random.getrandbits(64)
        self.tag = "%08x" % random.getrandbits(32)

    def close(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def transaction(self, request, timeout=4.0):
        """Sends the request (retransmitting like a UAC timer E would) and returns the first final answer
        (provisional answers are skipped); None when nothing final came within timeout."""
        branch = "z9hG4bK" + "%012x" % random.getrandbits(48)
        data = request.replace("{branch}", branch).encode("utf-8")
        deadline = time.time() + timeout
        interval = self.t1
        next_send = 0.0
        while time.time() < deadline:
            now = time.time()
            if now >= next_send:
                self.sock.sendto(data, self.server)
                next_send = now + interval
                interval = min(interval * 2, 4.0)
            self.sock.settimeout(max(0.05, min(next_send, deadline) - time.time()))
            try:
                raw, _ = self.sock.recvfrom(65535)
            except socket.timeout:
                continue
            answer = UdpAnswer(raw)
            if not answer.message.is_response or branch not in (answer.message.header("via") or ""):
                continue  # a stray message or an answer to an earlier transaction
            if answer.status >= 200:
                return answer
        return None

    def register_request(self, aor_user, contact_user, expires, authorization=None, user_agent="branchline-e2e"):
        self.cseq += 1
        host = "%s:%d" % self.server
        lines = ["REGISTER sip:%s SIP/2.0" % host,
                 "Via: SIP/2.0/UDP %s:%d;branch={branch};rport" % (self.local_host, self.local_port),
                 "Max-Forwards: 70",
                 "From: <sip:%s@%s>;tag=%s" % (aor_user, host, self.tag),
                 "To: <sip:%s@%s>" % (aor_user, host),
                 "Call-ID: %s" % self.call_id,
                 "CSeq: %d REGISTER" % self.cseq,
                 "Contact: <sip:%s@%s:%d>" % (contact_user, self.local_host, self.local_port),
                 "Expires: %d" % expires,
                 "User-Agent: %s" % user_agent]
        if authorization:
            lines.append("Authorization: " + authorization)
        lines += ["Content-Length: 0", "", ""]
        return "\r\n".join(lines)

    def register(self, aor_user, username, password, expires=300, algorithm="MD5", contact_user=None):
        """REGISTER, answer the challenge for `algorithm` (MD5 or SHA-256) with username/password.
        Returns (first_answer, second_answer_or_None, challenge_used_or_None)."""
        contact_user = contact_user or aor_user
        first = self.transaction(self.register_request(aor_user, contact_user, expires))
        if first is None or first.status != 401:
            return first, None, None
        wanted = [c for c in first.challenges() if c.get("algorithm", "MD5").upper() == algorithm.upper()]
        if not wanted:
            return first, None, None
        ch = wanted[0]
        auth = authorization(ch, username, password, "REGISTER", "sip:%s:%d" % self.server)
        second = self.transaction(self.register_request(aor_user, contact_user, expires, authorization=auth))
        return first, second, ch


# ---------------------------------------------------------------------------------- subscriptions

class Subscriber:
    """One SUBSCRIBE dialog over its own UDP socket (127.0.0.1:local_port) to `event` of `resource` (an
    extension), answering a 401 with login/password (none: subscribe unauthenticated, as a phone registered
    from local_port may). A thread answers every NOTIFY with 200 and keeps its body in `bodies`.
    `subscribed` is the final status of the SUBSCRIBE (None: no answer)."""

    def __init__(self, server_port, local_port, resource, event, login=None, password=None, expires=600,
                 server_host="127.0.0.1", timeout=5):
        self.server = (server_host, server_port)
        self.local_port = local_port
        self.resource, self.event = resource, event
        self.uri = "sip:%s@%s:%d" % (resource, server_host, server_port)
        self.call_id = "sub-%016x@127.0.0.1" % random.getrandbits(64)
        self.tag = "%08x" % random.getrandbits(32)
        self.cseq = 0
        self.bodies = []   # NOTIFY bodies, in order of arrival
        self.states = []   # their Subscription-State headers
        self._answers = queue.Queue()
        self._cond = threading.Condition()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", local_port))
        threading.Thread(target=self._read_loop, daemon=True).start()
        answer = self._subscribe(expires, timeout=timeout)
        if answer is not None and answer.status in (401, 407) and login is not None:
            challenge = (answer.challenges() or [{}])[0]
            answer = self._subscribe(expires, authorization(challenge, login, password, "SUBSCRIBE", self.uri),
                                     timeout=timeout)
        self.answer = answer
        self.subscribed = answer.status if answer is not None else None

    def _request(self, expires, auth, branch, target=None, to=None):
        self.cseq += 1
        lines = ["SUBSCRIBE %s SIP/2.0" % (target or self.uri),
                 "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=%s;rport" % (self.local_port, branch),
                 "Max-Forwards: 70",
                 "From: <sip:watcher@127.0.0.1>;tag=%s" % self.tag,
                 "To: %s" % (to or "<%s>" % self.uri),
                 "Call-ID: %s" % self.call_id,
                 "CSeq: %d SUBSCRIBE" % self.cseq,
                 "Contact: <sip:watcher@127.0.0.1:%d>" % self.local_port,
                 "Event: %s" % self.event,
                 "Expires: %d" % expires]
        if auth:
            lines.append("Authorization: " + auth)
        return ("\r\n".join(lines + ["Content-Length: 0", "", ""])).encode("utf-8")

    def _subscribe(self, expires, auth=None, timeout=5.0, target=None, to=None):
        """Sends a SUBSCRIBE (retransmitted every 0.5 s); its final answer or None."""
        branch = "z9hG4bK-sub%012x" % random.getrandbits(48)
        data = self._request(expires, auth, branch, target, to)
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.sock.sendto(data, self.server)
            try:
                answer = self._answers.get(timeout=min(0.5, max(0.01, deadline - time.time())))
            except queue.Empty:
                continue
            if branch in (answer.message.header("via") or "") and answer.status >= 200:
                return answer
        return None

    def unsubscribe(self, timeout=2.0):
        """SUBSCRIBE with Expires: 0 in the dialog (to the server's Contact); the final status or None."""
        if self.subscribed not in (200, 202):
            return None
        contact = re.search(r"<([^>]+)>", self.answer.message.header("contact") or "")
        answer = self._subscribe(0, timeout=timeout, target=contact.group(1) if contact else None,
                                 to=self.answer.message.header("to"))
        self.subscribed = None
        deadline = time.time() + timeout  # the final NOTIFY, answered before the socket closes
        with self._cond:
            while not any(s.startswith("terminated") for s in self.states) and time.time() < deadline:
                self._cond.wait(deadline - time.time())
        return answer.status if answer else None

    def _read_loop(self):
        while True:
            try:
                data, peer = self.sock.recvfrom(65535)
            except OSError:
                return
            text = data.decode("utf-8", "replace")
            if text.startswith("SIP/2.0 "):
                self._answers.put(UdpAnswer(data))
            elif text.startswith("NOTIFY "):
                self._notified(UdpAnswer(data).message, text.partition("\r\n\r\n")[2], peer)

    def _notified(self, notify, body, peer):
        """Answers a NOTIFY: 200 and keeps it when it is of this dialog, 481 otherwise (a retransmission meant
        for an earlier subscriber on this port)."""
        ours = notify.header("call-id") == self.call_id
        head = "\r\n".join("%s: %s" % (name, value) for name in ("Via", "From", "To", "Call-ID", "CSeq")
                            for value in notify.headers.get(name.lower(), []))
        status = "200 OK" if ours else "481 Subscription does not exist"
        try:
            self.sock.sendto(("SIP/2.0 %s\r\n%s\r\nContent-Length: 0\r\n\r\n" % (status, head)).encode("utf-8"), peer)
        except OSError:
            return
        if ours:
            with self._cond:
                self.bodies.append(body)
                self.states.append(notify.header("subscription-state") or "")
                self._cond.notify_all()

    def wait_for(self, predicate, timeout=10):
        """The first body (in order of arrival) for which predicate(body) holds, waiting up to timeout; None."""
        deadline = time.time() + timeout
        with self._cond:
            while True:
                for body in self.bodies:
                    if predicate(body):
                        return body
                left = deadline - time.time()
                if left <= 0:
                    return None
                self._cond.wait(left)

    def notifies(self, settle):
        """The NOTIFY bodies received until none came for `settle` seconds."""
        while True:
            count = len(self.bodies)
            time.sleep(settle)
            if len(self.bodies) == count:
                return list(self.bodies)

    def close(self):
        """Unsubscribes (when subscribed) and closes the socket."""
        try:
            self.unsubscribe()
        finally:
            self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def parse_message_summary(body):
    """An RFC 3842 body -> {'waiting': bool, 'voice': (new, old) or None, 'fields': {lower-case name: value}}."""
    fields = {}
    for line in body.replace("\r\n", "\n").split("\n"):
        if ":" in line:
            name, value = line.split(":", 1)
            fields[name.strip().lower()] = value.strip()
    voice = re.match(r"(\d+)\s*/\s*(\d+)", fields.get("voice-message", ""))
    return {"waiting": fields.get("messages-waiting", "").lower() == "yes",
            "voice": (int(voice.group(1)), int(voice.group(2))) if voice else None,
            "fields": fields}


class MwiWatcher(Subscriber):
    """A message-waiting indicator: SUBSCRIBE to message-summary (RFC 3842) of mailbox `user` (an extension)
    with digest authentication as login/password. summaries() are the parsed NOTIFY bodies
    (parse_message_summary); wait_for(predicate) tests parsed summaries, e.g.
    ``w.wait_for(lambda s: s["voice"] == (1, 0), 10)``."""

    def __init__(self, server_port, local_port, user, login, password, expires=600, server_host="127.0.0.1"):
        super().__init__(server_port, local_port, user, "message-summary", login, password, expires, server_host)

    def summaries(self):
        with self._cond:
            return [parse_message_summary(b) for b in self.bodies]

    def wait_for(self, predicate, timeout=10):
        body = super().wait_for(lambda b: predicate(parse_message_summary(b)), timeout)
        return None if body is None else parse_message_summary(body)


# ------------------------------------------------------------------------------------------ audio

def wav_rms(path, skip_seconds=0.0):
    """RMS of a 16-bit PCM WAV (all channels), after skipping the first skip_seconds; 0.0 for no samples."""
    with wave.open(path, "rb") as w:
        if w.getsampwidth() != 2:
            raise AssertionError("%s: expected 16-bit samples, got %d bytes" % (path, w.getsampwidth()))
        rate, channels = w.getframerate(), w.getnchannels()
        w.readframes(int(skip_seconds * rate))
        data = w.readframes(w.getnframes())
    samples = array.array("h")
    samples.frombytes(data[:len(data) // 2 * 2])
    if not samples:
        return 0.0
    return (sum(s * s for s in samples) / len(samples)) ** 0.5


def wav_seconds(path):
    with wave.open(path, "rb") as w:
        return w.getnframes() / float(w.getframerate())


# ---------------------------------------------------------------------------------------- baresip

class Baresip:
    """A headless baresip with one account, driven over ctrl_tcp.

    aor_user/login/password: the account (sip:aor_user@server, digest username login); the microphone is a
    `tone_hz` sine (ausine), or with audio_file a 16-bit PCM WAV (any rate, mono or stereo) played once by
    the aufile module. At the end of its file baresip 1.0 hangs the call up (event AUDIO_ERROR "end of
    file", then the menu module ends the call), so the phone plays a copy followed by `silence_after`
    seconds of silence. Incoming calls are answered automatically. The sndfile module writes
    dump-<date-time>-enc.wav (what was sent) and dump-<date-time>-dec.wav (what was received) into the
    work dir; last_recording() is the newest decoded one.

    DTMF (send_digits) is RFC 4733 telephone-event: baresip 1.0 has no account parameter to send SIP INFO
    instead (dtmfmode=info came in later versions); it does accept INFO application/dtmf-relay.
    """

    def __init__(self, workdir, name, server_port, sip_port, ctrl_port, aor_user, login, password,
                 tone_hz=440, server_host="127.0.0.1", regint=300, audio_file=None,
                 silence_after=300):
        exe = shutil.which("baresip")
        if not exe:
            raise pbx.MissingTool("required program 'baresip' not found on PATH; " + SIP_INSTALL_HINT)
        self.name = name
        self.dir = os.path.join(workdir, "baresip-" + name)
        os.makedirs(self.dir, exist_ok=True)
        self.server = "%s:%d" % (server_host, server_port)
        self.ctrl_port = ctrl_port
        self.rtp_ports = (sip_port + 100, sip_port + 119)
        modules = "/usr/lib/baresip/modules"
        source = _audio_source(audio_file and _padded(audio_file, self.dir, silence_after), tone_hz)
        for m in ("g711", source[0], "sndfile", "alsa", "account", "menu", "ctrl_tcp"):
            if not os.path.isfile(os.path.join(modules, m + ".so")):
                raise pbx.MissingTool("baresip module %s.so missing in %s; %s" % (m, modules, SIP_INSTALL_HINT))
        # sip_listen port+1 is taken by baresip's TLS listener: keep ctrl_port away from it
        config = "\n".join([
            "poll_method epoll",
            "sip_listen 127.0.0.1:%d" % sip_port,
            "module_path %s" % modules,
            "module g711.so", "module %s.so" % source[0], "module sndfile.so", "module alsa.so",
            "module_app account.so", "module_app menu.so", "module_app ctrl_tcp.so",
            "audio_source %s,%s" % source[:2],
            "ausrc_srate %d" % source[2],
            "ausrc_channels %d" % source[3],
            "audio_player alsa,null",
            "audio_alert alsa,null",
            "ctrl_tcp_listen 127.0.0.1:%d" % ctrl_port,
            "snd_path %s" % self.dir,
            "rtp_ports %d-%d" % self.rtp_ports,
            "dns_server 127.0.0.1:53",
            ""])
        with open(os.path.join(self.dir, "config"), "w") as f:
            f.write(config)
        with open(os.path.join(self.dir, "accounts"), "w") as f:
            f.write("<sip:%s@%s>;auth_user=%s;auth_pass=%s;regint=%d;answermode=auto;audio_codecs=PCMU,PCMA\n"
                    % (aor_user, self.server, login, password, regint))
        open(os.path.join(self.dir, "contacts"), "w").close()
        self.log_file = os.path.join(self.dir, "baresip.log")
        self._log = open(self.log_file, "w")
        self.proc = _spawn(["timeout", "-k", "5", "600", exe, "-4", "-f", self.dir], stdin=subprocess.DEVNULL,
                           stdout=self._log, stderr=subprocess.STDOUT, cwd=self.dir)
        self.events = []          # every event received, in order
        self._queue = queue.Queue()
        self._responses = {}
        self._cond = threading.Condition()
        self._sock = None
        self._connect()
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    def _connect(self, timeout=10):
        deadline = time.time() + timeout
        while True:
            if self.proc.poll() is not None:
                raise AssertionError("baresip %s exited (rc=%s)\n%s" % (self.name, self.proc.returncode, self.log()))
            try:
                self._sock = socket.create_connection(("127.0.0.1", self.ctrl_port), timeout=1)
                self._sock.settimeout(None)
                return
            except OSError:
                if time.time() > deadline:
                    raise AssertionError("baresip %s: ctrl_tcp port %d never opened\n%s"
                                         % (self.name, self.ctrl_port, self.log()))
                time.sleep(0.1)

    def _read_loop(self):
        buf = b""
        while True:
            try:
                chunk = self._sock.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            buf += chunk
            while True:  # netstrings: <len>:<json>,
                colon = buf.find(b":")
                if colon < 0:
                    break
                try:
                    n = int(buf[:colon])
                except ValueError:
                    buf = b""
                    break
                if len(buf) < colon + 1 + n + 1:
                    break
                payload = buf[colon + 1:colon + 1 + n]
                buf = buf[colon + 2 + n:]
                try:
                    msg = json.loads(payload.decode("utf-8", "replace"))
                except ValueError:
                    continue
                with self._cond:
                    if msg.get("event"):
                        self.events.append(msg)
                    elif msg.get("response"):
                        self._responses[msg.get("token")] = msg
                    self._cond.notify_all()

    def command(self, command, params="", timeout=10):
        """Runs a ctrl_tcp command; returns the response {"response":true,"ok":..,"data":..}."""
        token = "t%d" % random.getrandbits(32)
        payload = json.dumps({"command": command, "params": params, "token": token}).encode("utf-8")
        self._sock.sendall(b"%d:%s," % (len(payload), payload))
        deadline = time.time() + timeout
        with self._cond:
            while token not in self._responses:
                left = deadline - time.time()
                if left <= 0:
                    raise AssertionError("baresip %s: no response to '%s %s'" % (self.name, command, params))
                self._cond.wait(left)
            return self._responses.pop(token)

    def wait_event(self, types, timeout=15, since=0, predicate=None):
        """Waits for an event whose type is in `types` (str or tuple) at index >= since; returns it or None."""
        if isinstance(types, str):
            types = (types,)
        deadline = time.time() + timeout
        with self._cond:
            while True:
                for ev in self.events[since:]:
                    if ev.get("type") in types and (predicate is None or predicate(ev)):
                        return ev
                left = deadline - time.time()
                if left <= 0 or self.proc.poll() is not None:
                    return None
                self._cond.wait(min(left, 0.5))

    def event_types(self):
        with self._cond:
            return [e.get("type") for e in self.events]

    def dtmf_received(self):
        """Digits received as DTMF (CALL_DTMF_START events), in order."""
        with self._cond:
            return "".join(str(e.get("param", "")) for e in self.events if e.get("type") == "CALL_DTMF_START")

    def registered(self, timeout=10):
        """Polls `reginfo` until the account's registration says OK (True) or timeout (False). Events sent
        before the ctrl_tcp connection was made are lost, so REGISTER_OK alone is not enough."""
        deadline = time.time() + timeout
        while True:
            info = re.sub(r"\x1b\[[0-9;]*m", "", str(self.command("reginfo").get("data", "")))
            if re.search(r"\bOK\b", info):
                return True
            if self.wait_event("REGISTER_OK", 0.3) is not None:
                return True
            if time.time() > deadline:
                self.last_reginfo = info
                return False

    def dial(self, uri):
        return self.command("dial", uri)

    def hangup(self):
        return self.command("hangup")

    def send_digits(self, digits, gap=0.35):
        for d in digits:
            r = self.command("sndcode", d)
            if not r.get("ok", True):
                raise AssertionError("baresip %s: sndcode %s refused: %r" % (self.name, d, r))
            time.sleep(gap)

    def recordings(self):
        """{'enc': [...paths], 'dec': [...paths]} written by the sndfile module."""
        files = glob.glob(os.path.join(self.dir, "dump-*.wav"))
        return {"enc": sorted(f for f in files if f.endswith("-enc.wav")),
                "dec": sorted(f for f in files if f.endswith("-dec.wav"))}

    def last_recording(self):
        """The newest dump-*-dec.wav (what this phone heard in its current or last call), or None."""
        dec = self.recordings()["dec"]
        return max(dec, key=os.path.getmtime) if dec else None

    def log(self, lines=60):
        try:
            with open(self.log_file, errors="replace") as f:
                text = re.sub(r"\x1b\[[0-9;]*m", "", f.read())
            return "----- baresip %s log -----\n%s" % (self.name, "\n".join(text.split("\n")[-lines:]))
        except OSError:
            return "(no baresip log)"

    def stop(self):
        if self.proc.poll() is None:
            try:
                self.command("quit", timeout=3)
            except (AssertionError, OSError):
                pass
            try:
                self.proc.wait(3)
            except subprocess.TimeoutExpired:
                pass
        _terminate(self.proc)
        _forget(self.proc)
        try:
            self._sock.close()
        except OSError:
            pass
        if not self._log.closed:
            self._log.close()


def _padded(path, directory, seconds):
    """A copy of the WAV in directory with `seconds` of silence after it."""
    copy = os.path.join(directory, "microphone.wav")
    with wave.open(path, "rb") as src, wave.open(copy, "wb") as dst:
        dst.setparams(src.getparams())
        dst.writeframes(src.readframes(src.getnframes()))
        dst.writeframes(b"\0" * (src.getsampwidth() * src.getnchannels() * int(seconds * src.getframerate())))
    return copy


def _audio_source(audio_file, tone_hz):
    """(module, parameter, ausrc_srate, ausrc_channels): aufile must be told its file's own rate and
    channels (it refuses any other, and only plays 16-bit little-endian PCM)."""
    if audio_file is None:
        return "ausine", tone_hz, 48000, 2
    path = os.path.abspath(audio_file)
    with wave.open(path, "rb") as w:
        if w.getsampwidth() != 2:
            raise AssertionError("%s: baresip's aufile plays 16-bit PCM only" % path)
        return "aufile", path, w.getframerate(), w.getnchannels()


def wav_tone_hz(path, skip_seconds=0.5):
    """Estimated frequency of the dominant tone of a 16-bit WAV (first channel), from zero crossings of
    the samples; 0.0 for silence."""
    with wave.open(path, "rb") as w:
        rate, channels = w.getframerate(), w.getnchannels()
        w.readframes(int(skip_seconds * rate))
        data = w.readframes(w.getnframes())
    samples = array.array("h")
    samples.frombytes(data[:len(data) // 2 * 2])
    mono = samples[::channels]
    if len(mono) < rate // 10:
        return 0.0
    crossings = sum(1 for a, b in zip(mono, mono[1:]) if (a < 0) != (b < 0))
    return crossings / 2.0 / (len(mono) / float(rate))
