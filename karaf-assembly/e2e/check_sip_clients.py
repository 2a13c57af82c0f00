#!/usr/bin/env python3
"""Self-check of the SIP test clients against a stand-in server: Kamailio 5.6 on loopback.

    python3 karaf-assembly/e2e/check_sip_clients.py [-v] [Class[.test]]

test_sip.py drives Branchline with SIPp scenarios (sipp/*.xml), a Python digest client and two baresip
instances. This script runs the same scenarios and drivers against Kamailio (a digest-authenticating registrar
and stateful proxy, configured below to mimic the Branchline call routes the tests set up: an on-busy target,
a next connection attempt after 6 s of ringing, and a final error) so a failure in test_sip.py can be told
apart from a broken client. What a proxy cannot mimic (REFER handled by a B2BUA, park, CDRs, REST) is only
in test_sip.py. ChallengeOrder uses a fake registrar to show what SIPp and baresip make of a 401 that lists
MD5 and SHA-256 challenges (SIPp needs MD5 first; baresip 1.0 gives up if any challenge is SHA-256).

Needs: kamailio, sipp (sip-tester), baresip. Prints `N passed, N failed` last.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pbx  # noqa: E402
import sip  # noqa: E402

PORT = 26160            # Kamailio (MD5 challenges)
PORT_SHA = 26161        # Kamailio (SHA-256 challenges)
PHONES = {"a-phone": "a-secret-1", "b-phone": "b-secret-1", "c-phone": "c-secret-1",
          "d-phone": "d-secret-1", "e-phone": "e-secret-1"}

KAMAILIO_CFG = r'''#!KAMAILIO
debug=2
log_stderror=yes
fork=yes
children=2
listen=udp:127.0.0.1:%(port)d
mpath="/usr/lib/x86_64-linux-gnu/kamailio/modules/"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "xlog.so"
loadmodule "auth.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "htable.so"
loadmodule "kex.so"
loadmodule "tmx.so"
modparam("htable", "htable", "pw=>size=4;")
modparam("auth", "algorithm", "%(algorithm)s")
modparam("auth", "nonce_expire", 60)
modparam("registrar", "max_expires", 3600)
modparam("tm", "fr_inv_timer", 6000)

request_route {
%(passwords)s
  if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }
  if (has_totag()) {
    if (loose_route() || is_method("ACK|BYE|NOTIFY|INVITE|UPDATE|REFER")) { t_relay(); }
    exit;
  }
  if (is_method("CANCEL")) { if (t_check_trans()) { t_relay(); } exit; }
  if (is_method("REGISTER")) {
    if (!pv_www_authenticate("branchline", "$sht(pw=>$au)", "0")) { www_challenge("branchline", "0"); exit; }
    save("location");
    exit;
  }
  if (is_method("INVITE")) {
    if (!pv_proxy_authenticate("branchline", "$sht(pw=>$au)", "0")) { proxy_challenge("branchline", "0"); exit; }
    consume_credentials();
    record_route();
    # the stand-in's "extensions": 202 rings b-phone, on busy c-phone; 203 rings b-phone, then c-phone,
    # then answers 480 (Finally: hang up); anything else is a registered user
    $avp(ext) = $rU;
    $avp(stage) = 0;
    if ($rU == "202" || $rU == "203") { $rU = "b-phone"; }
    if (!lookup("location")) { sl_send_reply("404", "Not Found"); exit; }
    t_on_failure("NEXT");
    t_relay();
    exit;
  }
  sl_send_reply("405", "Method Not Allowed");
}

failure_route[NEXT] {
  if (t_is_canceled()) { exit; }
  if ($avp(stage) == 0 && (($avp(ext) == "202" && t_check_status("486")) || ($avp(ext) == "203" && t_check_status("408")))) {
    $avp(stage) = 1;
    revert_uri();
    $rU = "c-phone";
    if (!lookup("location")) { t_reply("480", "Temporarily Unavailable"); exit; }
    t_on_failure("NEXT");
    t_relay();
    exit;
  }
  if ($avp(ext) == "203") { t_reply("480", "Temporarily Unavailable"); exit; }
}
'''


class Kamailio:
    def __init__(self, workdir, port, algorithm="MD5"):
        exe = shutil.which("kamailio") or "/usr/sbin/kamailio"
        if not os.path.exists(exe):
            raise pbx.MissingTool("kamailio not found; apt-get install -y kamailio")
        self.port = port
        self.dir = os.path.join(workdir, "kamailio-%d" % port)
        os.makedirs(self.dir, exist_ok=True)
        cfg = os.path.join(self.dir, "kamailio.cfg")
        passwords = "\n".join('  $sht(pw=>%s) = "%s";' % kv for kv in PHONES.items())
        with open(cfg, "w") as f:
            f.write(KAMAILIO_CFG % {"port": port, "algorithm": algorithm, "passwords": passwords})
        self.log_file = os.path.join(self.dir, "kamailio.log")
        self._log = open(self.log_file, "w")
        self.proc = sip._spawn(["timeout", "-k", "5", "900", exe, "-DD", "-E", "-f", cfg, "-Y", self.dir,
                                "-P", os.path.join(self.dir, "kamailio.pid")],
                               stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.time() + 10
        while "ready" not in self.log() and "INFO: <core>" not in self.log():
            if self.proc.poll() is not None or time.time() > deadline:
                break
            time.sleep(0.2)
        time.sleep(0.5)
        if self.proc.poll() is not None:
            raise AssertionError("kamailio exited: %s" % self.log())

    def log(self):
        with open(self.log_file, errors="replace") as f:
            return f.read()[-4000:]

    def stop(self):
        sip._terminate(self.proc)
        sip._forget(self.proc)
        self._log.close()


_WORK = tempfile.mkdtemp(prefix="branchline-sipcheck-")


class ClientsAgainstKamailio(unittest.TestCase):
    kam = None
    kam_sha = None
    port_base = 26200

    @classmethod
    def setUpClass(cls):
        cls.kam = Kamailio(_WORK, PORT)
        cls.kam_sha = Kamailio(_WORK, PORT_SHA, algorithm="SHA-256")

    @classmethod
    def tearDownClass(cls):
        sip.stop_all()
        for k in (cls.kam, cls.kam_sha):
            if k:
                k.stop()

    def next_port(self, n=1):
        cls = type(self)
        p = cls.port_base
        cls.port_base += n
        return p

    def sipp(self, name, scenario, port, remote=None, **kw):
        return sip.Sipp(_WORK, "%s-%d" % (name, port), scenario, port, remote=remote, **kw)

    def register(self, login, contact_port, password=None, scenario="register.xml", server=PORT, expires=300):
        r = self.sipp("reg-%s-%d" % (login, expires), scenario, contact_port, remote="127.0.0.1:%d" % server,
                      keys={"user": login, "contact_user": login, "contact_port": contact_port, "expires": expires},
                      timeout=15, extra=["-au", login, "-ap", password or PHONES[login]])
        r.wait()
        if r.returncode == 0 and expires:  # a stale contact would be forked to by the next test
            self.addCleanup(self.register, login, contact_port, password, scenario, server, 0)
        return r

    def assertSipp(self, run, rc=0):
        self.assertEqual(run.returncode, rc, run.report())

    def caller(self, login, dialed, port, scenario="uac_call.xml", timeout=30):
        return self.sipp("call-" + login, scenario, port, remote="127.0.0.1:%d" % PORT, service=dialed,
                         keys={"from": login}, timeout=timeout,
                         extra=["-au", login, "-ap", PHONES[login]])

    # --- registration
    def test_01_register_md5(self):
        r = self.register("a-phone", self.next_port())
        self.assertSipp(r)
        ok = r.received(200)[-1]
        self.assertIn("a-phone@127.0.0.1", ok.header("contact"), ok)

    def test_02_register_wrong_password_refused(self):
        r = self.register("a-phone", self.next_port(), password="wrong", scenario="register_refused.xml")
        self.assertSipp(r)

    def test_03_unknown_user_same_answer_as_wrong_password(self):
        with sip.DigestClient(PORT, self.next_port()) as c:
            wrong = c.register("a-phone", "a-phone", "wrong")
        with sip.DigestClient(PORT, self.next_port()) as c:
            unknown = c.register("nobody-here", "nobody-here", "wrong")
        self.assertEqual(wrong[1].status, unknown[1].status)
        self.assertEqual(sorted(wrong[1].message.headers), sorted(unknown[1].message.headers))

    def test_04_register_sha256_with_python_client(self):
        with sip.DigestClient(PORT_SHA, self.next_port()) as c:
            first, second, ch = c.register("a-phone", "a-phone", PHONES["a-phone"], algorithm="SHA-256")
        self.assertEqual(first.status, 401, first)
        self.assertIsNotNone(second, "no SHA-256 challenge: %r" % first)
        self.assertEqual(second.status, 200, second)

    # --- calls through the proxy
    def test_10_call_answered(self):
        b = self.next_port()
        self.assertSipp(self.register("b-phone", b))
        uas = self.sipp("b", "uas_answer.xml", b, timeout=20)
        uac = self.caller("a-phone", "b-phone", self.next_port())
        uac.wait()
        uas.wait()
        self.assertSipp(uac)
        self.assertSipp(uas)

    def test_11_caller_cancels(self):
        b = self.next_port()
        self.assertSipp(self.register("b-phone", b))
        uas = self.sipp("b", "uas_ring.xml", b, timeout=20)
        uac = self.caller("a-phone", "b-phone", self.next_port(), scenario="uac_cancel.xml")
        uac.wait()
        uas.wait()
        self.assertSipp(uac)
        self.assertSipp(uas)

    def test_12_busy_then_on_busy_target(self):
        b, c = self.next_port(), self.next_port()
        self.assertSipp(self.register("b-phone", b))
        self.assertSipp(self.register("c-phone", c))
        busy = self.sipp("b", "uas_busy.xml", b, timeout=20)
        other = self.sipp("c", "uas_answer.xml", c, timeout=20)
        uac = self.caller("a-phone", "202", self.next_port())
        for r in (uac, busy, other):
            r.wait()
        for r in (uac, busy, other):
            self.assertSipp(r)

    def test_13_no_answer_next_attempt_then_final_error(self):
        b, c = self.next_port(), self.next_port()
        self.assertSipp(self.register("b-phone", b))
        self.assertSipp(self.register("c-phone", c))
        first = self.sipp("b", "uas_ring.xml", b, timeout=30)
        second = self.sipp("c", "uas_ring.xml", c, timeout=30)
        started = time.time()
        uac = self.caller("a-phone", "203", self.next_port(), scenario="uac_call_fails.xml")
        for r in (uac, first, second):
            r.wait()
        took = time.time() - started
        for r in (uac, first, second):
            self.assertSipp(r)
        finals = [m.status for m in uac.received() if m.is_response and m.status >= 300 and m.method == "INVITE"]
        self.assertEqual(finals[-1], 480, uac.report())
        self.assertGreater(took, 11, "two 6 s attempts")

    def test_20_two_baresips_audio_and_dtmf(self):
        pa, pb = self.next_port(40), self.next_port(40)
        a = sip.Baresip(_WORK, "a", PORT, pa, pa + 5, "d-phone", "d-phone", PHONES["d-phone"], tone_hz=440)
        b = sip.Baresip(_WORK, "b", PORT, pb, pb + 5, "e-phone", "e-phone", PHONES["e-phone"], tone_hz=1000)
        try:
            for x in (a, b):
                self.assertTrue(x.registered(10), x.log())
            a.dial("sip:e-phone@127.0.0.1:%d" % PORT)
            for x in (a, b):
                self.assertIsNotNone(x.wait_event("CALL_ESTABLISHED", 10), x.log())
            time.sleep(1.5)
            a.send_digits("1593#")
            b.send_digits("*02")
            time.sleep(1.5)
            self.assertEqual(b.dtmf_received(), "1593#")
            self.assertEqual(a.dtmf_received(), "*02")
            a.hangup()
            self.assertIsNotNone(b.wait_event("CALL_CLOSED", 10), b.log())
        finally:
            a.stop()
            b.stop()
        for x, hz in ((a, 1000), (b, 440)):
            dec = x.recordings()["dec"]
            self.assertTrue(dec, "no recording in %s" % x.dir)
            self.assertGreater(sip.wav_rms(dec[-1], 0.5), 1000)
            self.assertAlmostEqual(sip.wav_tone_hz(dec[-1]), hz, delta=hz * 0.1)


class ChallengeOrder(unittest.TestCase):
    """What the clients make of a 401 listing MD5 and SHA-256 challenges (RFC 8760), from a fake registrar:
    evidence for why test_sip's baresip registration fails while the media path works."""

    def fake_registrar(self, port, challenges):
        """Answers a REGISTER without credentials with 401 and the given WWW-Authenticate values, any other with
        200; returns (thread, list of the requests it got)."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind(("127.0.0.1", port))
        sock.settimeout(0.2)
        got, stop = [], []
        self.addCleanup(lambda: (stop.append(1), sock.close()))

        def serve():
            while not stop:
                try:
                    data, addr = sock.recvfrom(65535)
                except (socket.timeout, OSError):
                    continue
                text = data.decode("utf-8", "replace")
                got.append(text)
                head = text.split("\r\n\r\n")[0].split("\r\n")
                keep = [l for l in head[1:] if l.split(":")[0].strip().lower() in ("via", "from", "to", "call-id", "cseq")]
                if any(l.lower().startswith("authorization:") for l in head):
                    answer = ["SIP/2.0 200 OK"] + keep
                else:
                    answer = ["SIP/2.0 401 Unauthorized"] + keep + ["WWW-Authenticate: " + c for c in challenges]
                try:
                    sock.sendto(("\r\n".join(answer + ["Content-Length: 0", "", ""])).encode(), addr)
                except OSError:
                    pass
        import threading
        t = threading.Thread(target=serve, daemon=True)
        t.start()
        return got

    MD5 = 'Digest realm="branchline", nonce="n0nce", algorithm=MD5, qop="auth"'
    SHA = 'Digest realm="branchline", nonce="n0nce", algorithm=SHA-256, qop="auth"'

    def baresip_registers(self, port, challenges):
        got = self.fake_registrar(port, challenges)
        b = sip.Baresip(_WORK, "order-%d" % port, port, port + 1000, port + 1005, "a-phone", "a-phone", "x")
        try:
            ok = b.registered(4)
        finally:
            b.stop()
        authorized = [g for g in got if "\r\nAuthorization:" in g]
        return ok, authorized, b

    def test_baresip_with_md5_only_registers(self):
        ok, authorized, b = self.baresip_registers(26170, [self.MD5])
        self.assertTrue(ok and authorized, b.log())

    def test_baresip_gives_up_when_any_challenge_is_sha256(self):
        for port, challenges in ((26171, [self.MD5, self.SHA]), (26172, [self.SHA, self.MD5])):
            ok, authorized, b = self.baresip_registers(port, challenges)
            self.assertFalse(ok or authorized, "baresip answered %s: %s" % (challenges, authorized))
            self.assertIn("Function not implemented", b.log(200))

    def sipp_registers(self, port, challenges):
        self.fake_registrar(port, challenges)
        r = sip.Sipp(_WORK, "order-%d" % port, "register.xml", port + 1000, remote="127.0.0.1:%d" % port,
                     keys={"user": "a-phone", "contact_user": "a-phone", "contact_port": port + 1000, "expires": 60},
                     timeout=8, extra=["-au", "a-phone", "-ap", "x"])
        r.wait()
        return r

    def test_sipp_answers_when_md5_comes_first(self):
        r = self.sipp_registers(26173, [self.MD5, self.SHA])
        self.assertEqual(r.returncode, 0, r.report())

    def test_sipp_fails_when_sha256_comes_first(self):
        r = self.sipp_registers(26174, [self.SHA, self.MD5])
        self.assertNotEqual(r.returncode, 0, r.report())
        with open(r.error_file, errors="replace") as f:
            self.assertIn("must use MD5", f.read())


if __name__ == "__main__":
    import test_sip  # the same runner: counts, no skips
    sys.exit(test_sip.run_module(sys.modules[__name__], sys.argv[1:], cleanup=lambda: shutil.rmtree(_WORK, True)))
