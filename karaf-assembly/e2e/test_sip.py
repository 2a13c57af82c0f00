#!/usr/bin/env python3
"""End-to-end SIP tests of the assembled Branchline distribution with real SIP clients.

    cd <checkout> && python3 karaf-assembly/e2e/test_sip.py [-v] [Class[.test]]

One distribution (embedded H2) with its SIP listener moved to 127.0.0.1:25460 (UDP and TCP) and its media
relay to 27400-27599. Handsets, users, extensions and call routes are provisioned over REST (curl) as the
Server Administrator; the phones are real clients nobody on the team wrote:

* SIPp (Debian sip-tester) runs the scenarios in sipp/: REGISTER with MD5 digest, callers (UAC) and call
  appearances (UAS) whose contacts are registered first, cancel, busy, ringing without answer, blind and
  attended transfer (REFER, REFER with Replaces), park (transfer to 700) and retrieve (dial 701);
* a small Python digest client (sip.DigestClient) for what SIPp 3.6 cannot do: SHA-256 (RFC 8760), and
  comparing the answers to a wrong password and to an unknown user byte for byte (but for the nonce);
* two headless baresip phones (ausine tones of different pitch, the sndfile module recording what each
  receives) calling each other by extension, with audio both ways and RFC 4733 DTMF.

After the calls the tests read the CDRs (GET v1/calls) and the registrations (GET v1/registrations).

Every test asserts what a client observes (response codes, who was rung in which order, audio energy and
pitch, DTMF digits received, CDR rows). If the SIP listener does not answer, every test fails at once with
that reason (nothing is skipped). check_sip_clients.py runs the same clients against Kamailio, to tell a
Branchline failure from a client problem.

Needs: sipp (sip-tester), baresip (with its g711, ausine, sndfile, alsa, ctrl_tcp modules), curl, Java 17.
Prints `N passed, N failed` last and exits non-zero on any failure.
"""

import datetime
import os
import re
import socket
import sys
import time
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pbx  # noqa: E402
import runner  # noqa: E402
import sip  # noqa: E402
import sip_torture  # noqa: E402

PORTS = dict(http_port=18281, ssh_port=18201, rmi_ports=(11199, 44455))
SIP_PORT = 25460
SIP_SETTINGS = {"relayPortMin": 27400, "relayPortMax": 27599}
CLIENT_PORT_BASE = 25500   # SIPp and the digest client: one port each, upwards
BARESIP_PORT_BASE = 26000  # baresip: blocks of 40 (SIP, ctrl_tcp at +5, RTP at +100..+119)
SERVER = "127.0.0.1:%d" % SIP_PORT
ADMIN_PASSWORD = "Adm1n-sip-e2e"
RING_SECONDS = 6

# users (login, full name, extension) and their handsets (login-id, password)
PEOPLE = [("alice", "Alice Caller", "201", "alice-phone", "Alice-phone-pw-1"),
          ("bob", "Bob Callee", "202", "bob-phone", "Bob-phone-pw-1"),
          ("carol", "Carol Other", "203", "carol-phone", "Carol-phone-pw-1"),
          ("dave", "Dave Retriever", "204", "dave-phone", "Dave-phone-pw-1"),
          ("erin", "Erin Baresip", "205", "erin-phone", "Erin-phone-pw-1"),
          ("frank", "Frank Baresip", "206", "frank-phone", "Frank-phone-pw-1")]

RUN = runner.Run("branchline-e2e-sip-", "SIPp traces, baresip logs and recordings, karaf.log",
                 before_stop=sip.stop_all)
workroot = RUN.workroot


class Phone:
    """A provisioned handset's line 1: login-id, password, station number (user-id), owner's extension."""

    def __init__(self, owner, extension, login, password, station):
        self.owner = owner
        self.extension = extension
        self.login = login
        self.password = password
        self.station = station

    def __repr__(self):
        return "<%s line 1 = station %s, owner %s ext %s>" % (self.login, self.station, self.owner, self.extension)


def route(attempts, final="HANG_UP", final_extension=None):
    """attempts: [[(station, rings), ...], ...] -> a route JSON object of the contract."""
    fa = {"kind": final}
    if final_extension:
        fa["extension"] = final_extension
    return {"attempts": [{"destinations": [{"kind": "CALL_APPEARANCE", "target": s, "rings": r} for s, r in a]}
                         for a in attempts],
            "final-action": fa}


class SipTests(unittest.TestCase):
    dist = None
    admin = None
    phones = {}
    sip_problem = None      # why the SIP listener cannot be used (set once in setUpClass)
    provision_problem = None
    _next_port = CLIENT_PORT_BASE
    _next_baresip = BARESIP_PORT_BASE

    # ------------------------------------------------------------------ class set-up
    @classmethod
    def setUpClass(cls):
        cls.dist = pbx.Distribution(os.path.join(workroot(), "sip"), sip_port=SIP_PORT, sip_settings=SIP_SETTINGS,
                                    **PORTS)
        RUN.live.append(cls.dist)
        try:
            cls.dist.start()
        except BaseException:
            print(cls.dist.log_tail(), file=sys.stderr)
            raise
        cls.admin = cls.dist.admin_login(ADMIN_PASSWORD)
        try:
            cls._provision()
        except AssertionError as e:
            cls.provision_problem = str(e)
        cls.sip_problem = cls._probe_sip()

    @classmethod
    def tearDownClass(cls):
        RUN.stop(cls.dist)

    @classmethod
    def _provision(cls):
        """Users with extensions 201.. and one single-line handset each, owned by the user. The handsets of the
        tests outnumber the model's free ones: a Generic SIP Handsets key licenses 20 more."""
        rest = cls.dist.rest
        r = cls.dist.install_key(cls.admin, "GENERIC_SIP_HANDSETS=20")
        if r.status != 201:
            raise AssertionError("installing a Generic SIP Handsets key: %r" % r)
        for login, name, ext, handset, password in PEOPLE:
            r = rest("POST", "v1/users", auth=cls.admin,
                     body={"login-name": login, "full-name": name, "password": login + "-User-pw-1", "pin": "2580"})
            if r.status not in (201, 409):
                raise AssertionError("POST v1/users %s: %r" % (login, r))
            r = rest("POST", "v1/extensions", auth=cls.admin, body={"number": ext, "kind": "USER", "owner": login})
            if r.status not in (201, 409):
                raise AssertionError("POST v1/extensions %s: %r" % (ext, r))
            r = rest("POST", "v1/handsets", auth=cls.admin,
                     body={"login-id": handset, "description": name + "'s test phone", "lines": 1,
                           "password": password, "owner": login})
            if r.status != 201:
                raise AssertionError("POST v1/handsets %s: %r\n  request: %s" % (handset, r, r.command))
            body = r.json or {}
            apps = body.get("appearances") or []
            if len(apps) != 1 or not str(apps[0].get("user-id", "")).startswith("5"):
                raise AssertionError("POST v1/handsets %s: expected one call appearance with a 5xxx user-id: %r"
                                     % (handset, body))
            if apps[0].get("login-id") != handset or apps[0].get("owner") != login:
                raise AssertionError("line 1 of %s must log in as %s and belong to %s: %r" % (handset, handset, login, body))
            cls.phones[login] = Phone(login, ext, handset, password, str(apps[0]["user-id"]))

    @classmethod
    def _probe_sip(cls, wait=20):
        """None when the SIP listener answers a REGISTER on UDP (it may come up a little after REST); else the
        reason, reported by every test."""
        deadline = time.time() + wait
        with sip.DigestClient(SIP_PORT, cls.port()) as c:
            while True:
                answer = c.transaction(c.register_request("probe-nobody", "probe-nobody", 60), timeout=4)
                if answer is not None:
                    return None
                if time.time() > deadline:
                    break
        return ("Branchline's SIP listener (udp 127.0.0.1:%d, etc/org.branchline.sip.cfg) did not answer a "
                "REGISTER within %d s of REST being up; karaf.log:\n%s" % (SIP_PORT, wait, cls.dist.log_tail(25)))

    @classmethod
    def port(cls):
        p = cls._next_port
        cls._next_port += 1
        return p

    @classmethod
    def baresip_ports(cls):
        p = cls._next_baresip
        cls._next_baresip += 40
        return p, p + 5

    # ------------------------------------------------------------------ per test
    def setUp(self):
        if self.provision_problem:
            self.fail("provisioning handsets over REST failed: " + self.provision_problem)
        if self.sip_problem:
            self.fail(self.sip_problem)
        self.started_at = datetime.datetime.now(datetime.timezone.utc)

    def tearDown(self):
        sip.stop_all()

    def phone(self, owner):
        return self.phones[owner]

    def sipp(self, name, scenario, port, remote=None, timeout=30, **kw):
        return sip.Sipp(workroot(), "%s-%s-%d" % (self.id().split(".")[-1], name, port), scenario, port,
                        remote=remote, timeout=timeout, **kw)

    def assertSipp(self, run, what=""):
        if run.returncode is None:
            run.wait()
        self.assertEqual(run.returncode, 0, "%s\n%s" % (what, run.report()))

    def register(self, phone, contact_port, password=None, expires=300, scenario="register.xml", cleanup=True):
        """Registers the phone's line 1 with SIPp from contact_port, Contact sip:<login>@127.0.0.1:contact_port
        (SIPp then answers calls on the same port: source and Contact agree, NAT handling or not)."""
        r = self.sipp("reg-%s-%d" % (phone.login, expires), scenario, contact_port, remote=SERVER, timeout=15,
                      keys={"user": phone.login, "contact_user": phone.login, "contact_port": contact_port,
                            "expires": expires},
                      extra=["-au", phone.login, "-ap", password or phone.password])
        r.wait()
        if cleanup and expires and r.returncode == 0:
            self.addCleanup(self.unregister, phone, contact_port)
        return r

    def unregister(self, phone, contact_port):
        # a stale contact would be rung by the next test
        self.register(phone, contact_port, expires=0, cleanup=False)

    def registered_uas(self, owner, scenario, pause_ms=1000, timeout=40, keys=None):
        """A call appearance: REGISTER from a fresh port, then SIPp answering on it with `scenario` (pause_ms:
        SIPp's -d, the pause of uas_refer*.xml between answering and transferring)."""
        p = self.phone(owner)
        port = self.port()
        self.assertSipp(self.register(p, port), "registering %s" % p)
        return self.sipp(owner, scenario, port, timeout=timeout, keys=keys, extra=["-d", str(pause_ms)])

    def caller(self, owner, dialed, scenario="uac_call.xml", timeout=40, register=True):
        """A SIPp caller on the owner's handset (registered first from the same port), dialing `dialed`."""
        p = self.phone(owner)
        port = self.port()
        if register:
            self.assertSipp(self.register(p, port), "registering the caller %s" % p)
        return self.sipp(owner, scenario, port, remote=SERVER, service=dialed, timeout=timeout,
                         keys={"from": p.login}, extra=["-au", p.login, "-ap", p.password])

    def set_routes(self, extension, primary, on_busy=None):
        r = self.dist.rest("PUT", "v1/extensions/%s/routes" % extension, auth=self.admin,
                           body={"presences": ["all"], "routes": {"primary": primary, "on-busy": on_busy}})
        self.assertEqual(r.status, 200, "PUT v1/extensions/%s/routes: %r\n  request: %s" % (extension, r, r.command))
        self.addCleanup(self.dist.rest, "DELETE", "v1/extensions/%s/routes" % extension, auth=self.admin)

    def cdr(self, call_id, timeout=8):
        """The CDR of the call whose caller leg had call_id (polling GET v1/calls: it is written at the end)."""
        since = (self.started_at - datetime.timedelta(seconds=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
        deadline = time.time() + timeout
        rows = None
        while True:
            r = self.dist.rest("GET", "v1/calls?limit=100&since=" + urllib.parse.quote(since), auth=self.admin)
            self.assertEqual(r.status, 200, "GET v1/calls: %r" % r)
            rows = r.json
            self.assertIsInstance(rows, list, "GET v1/calls must return a JSON array: %r" % r)
            hits = [c for c in rows if c.get("call-id") == call_id]
            if hits:
                return hits[0]
            if time.time() > deadline:
                self.fail("no CDR with call-id %s in GET v1/calls after %d s; rows since %s:\n%r"
                          % (call_id, timeout, since, rows))
            time.sleep(0.5)

    @staticmethod
    def call_id(run):
        invites = [m for m in run.messages() if m.direction == "sent" and m.method == "INVITE" and not m.is_response]
        return invites[0].header("call-id") if invites else None

    @staticmethod
    def final_status(run, method="INVITE"):
        finals = [m.status for m in run.received() if m.is_response and m.method == method and m.status >= 200
                  and m.status not in (401, 407)]
        return finals[-1] if finals else None

    # ================================================================== registration
    def test_01_register_md5_good_password(self):
        bob = self.phone("bob")
        port = self.port()
        r = self.register(bob, port)
        self.assertSipp(r, "REGISTER with the right password must get 200")
        ok = r.received(200)[-1]
        contacts = ok.headers.get("contact", [])
        ours = [c for c in contacts if "127.0.0.1:%d" % port in c]
        self.assertTrue(ours, "the 200 must list the registered Contact (sip:%s@127.0.0.1:%d): %r"
                        % (bob.login, port, ok.headers))
        expires = None
        for part in ours[0].split(";")[1:]:
            if part.strip().lower().startswith("expires="):
                expires = int(part.split("=", 1)[1].strip())
        if expires is None and ok.header("expires"):
            expires = int(ok.header("expires"))
        self.assertIsNotNone(expires, "the 200 must give the binding's expiry (Contact ;expires= or Expires): %r"
                             % ok.headers)
        self.assertTrue(60 <= expires <= 300, "granted expiry %s for a requested 300 (minExpires 60)" % expires)
        # the registration is listed over REST
        r = self.dist.rest("GET", "v1/registrations", auth=self.admin)
        self.assertEqual(r.status, 200, "GET v1/registrations: %r" % r)
        rows = [x for x in r.json if x.get("login-id") == bob.login]
        self.assertTrue(rows, "GET v1/registrations lists no binding of %s: %r" % (bob.login, r.json))
        row = rows[0]
        self.assertEqual(str(row.get("user-id")), bob.station, row)
        self.assertIn("127.0.0.1:%d" % port, row.get("contact", ""), row)
        self.assertIn("SIPp", row.get("user-agent", ""), row)
        exp = datetime.datetime.fromisoformat(str(row.get("expires")).replace("Z", "+00:00"))
        left = (exp - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
        self.assertTrue(0 < left <= 301, "expires %s is %.0f s away" % (row.get("expires"), left))
        # and goes away with Expires: 0
        self.assertSipp(self.register(bob, port, expires=0, cleanup=False), "un-REGISTER (Expires: 0)")
        r = self.dist.rest("GET", "v1/registrations", auth=self.admin)
        self.assertFalse([x for x in r.json if x.get("login-id") == bob.login
                          and "127.0.0.1:%d" % port in x.get("contact", "")],
                         "the binding is still listed after Expires: 0: %r" % r.json)

    def test_02_register_wrong_password_is_refused(self):
        bob = self.phone("bob")
        r = self.register(bob, self.port(), password="not-" + bob.password, scenario="register_refused.xml")
        self.assertSipp(r, "REGISTER with a wrong password must be refused with 401 or 403")
        self.assertIn(self.final_status_register(r), (401, 403))

    @staticmethod
    def final_status_register(run):
        answers = [m.status for m in run.received() if m.is_response and m.method == "REGISTER" and m.status >= 200]
        return answers[-1] if answers else None

    def test_03_unknown_user_gets_exactly_the_wrong_password_answer(self):
        bob = self.phone("bob")

        def exchange(user, password):
            with sip.DigestClient(SIP_PORT, self.port()) as c:
                first, second, challenge = c.register(user, user, password, algorithm="MD5")
            self.assertIsNotNone(first, "no answer to REGISTER for %s" % user)
            self.assertEqual(first.status, 401, first)
            self.assertIsNotNone(second, "no MD5 challenge or no answer to the authenticated REGISTER: %r" % first)
            return first, second

        def shape(answer):
            # everything but what must differ per request (nonce, opaque, tags, Call-ID, Via, CSeq, lengths)
            m = answer.message
            headers = sorted(h for h in m.headers if h not in ("content-length",))
            challenges = []
            for c in answer.challenges():
                challenges.append(sorted((k, v) for k, v in c.items() if k not in ("nonce", "opaque")))
            return (m.first_line, headers, challenges, m.header("server"), m.body.strip())

        wrong = exchange(bob.login, "not-" + bob.password)
        unknown = exchange("nobody-%d" % os.getpid(), "not-" + bob.password)
        self.assertIn(wrong[1].status, (401, 403), wrong[1])
        self.assertEqual(shape(unknown[0]), shape(wrong[0]), "the challenge differs for an unknown user")
        self.assertEqual(shape(unknown[1]), shape(wrong[1]),
                         "an unknown user must get exactly the answer to a wrong password\n wrong: %r\n unknown: %r"
                         % (wrong[1], unknown[1]))

    def challenge_algorithms(self, settling=False):
        """The algorithms of the challenges in a 401 to a REGISTER without credentials; None while `settling`
        (the SIP core restarting) and the answer is 503, as it is until the handsets are known again."""
        with sip.DigestClient(SIP_PORT, self.port()) as c:
            first = c.transaction(c.register_request("probe-algorithms", "probe-algorithms", 60))
        self.assertIsNotNone(first, "no answer to REGISTER")
        if settling and first.status == 503:
            return None
        self.assertEqual(first.status, 401, first)
        return [ch.get("algorithm", "MD5").upper() for ch in first.challenges()]

    def set_digest_algorithms(self, value, expected):
        """Edits digestAlgorithms of the running server and waits until the challenges list `expected`."""
        self.set_sip_setting("digestAlgorithms", value, ready=lambda: self.challenge_algorithms(settling=True) == expected)

    def set_sip_setting(self, key, value, ready, timeout=40):
        """Edits etc/org.branchline.sip.cfg of the running server as an admin would (Karaf picks the change
        up and restarts the SIP core with it) and waits until the SIP core started again and `ready()`."""
        started = self.sip_starts()
        pbx.set_or_add_property(self.dist.sip_cfg, key, value)
        deadline = time.time() + timeout
        while not (self.sip_starts() > started and ready()):
            if time.time() > deadline:
                self.fail("%s = %s not taken within %d s\n%s" % (key, value, timeout, self.dist.log_tail()))
            time.sleep(0.5)

    def challenges_again(self):
        """True once a REGISTER without credentials gets its 401 again (after a restart of the SIP core)."""
        with sip.DigestClient(SIP_PORT, self.port()) as c:
            first = c.transaction(c.register_request("probe-restart", "probe-restart", 60), timeout=2)
        return first is not None and first.status == 401

    def sip_starts(self):
        with open(self.dist.karaf_log, errors="replace") as f:
            return f.read().count("Started SIP on")

    def test_04_default_challenge_offers_md5_only(self):
        """etc/org.branchline.sip.cfg digestAlgorithms defaults to MD5: phones that give up on a challenge list
        naming an algorithm they do not know (baresip 1.0) can register."""
        self.assertEqual(pbx.read_properties(self.dist.sip_cfg).get("digestAlgorithms"), "MD5")
        self.assertEqual(self.challenge_algorithms(), ["MD5"])

    def test_04b_register_sha256_when_configured(self):
        """digestAlgorithms = SHA-256, MD5: both challenges, SHA-256 first (RFC 8760 order of preference); a
        SHA-256 answer registers, a wrong one is refused. The default is put back (and awaited) at the end."""
        carol = self.phone("carol")
        self.addCleanup(self.set_digest_algorithms, "MD5", ["MD5"])
        self.set_digest_algorithms("SHA-256, MD5", ["SHA-256", "MD5"])
        with sip.DigestClient(SIP_PORT, self.port()) as c:
            first, second, challenge = c.register(carol.login, carol.login, carol.password, algorithm="SHA-256")
            self.assertIsNotNone(first, "no answer to REGISTER")
            self.assertEqual(first.status, 401, first)
            self.assertEqual(challenge.get("realm"), "branchline", challenge)
            self.assertIsNotNone(second, "no answer to the SHA-256 authenticated REGISTER")
            self.assertEqual(second.status, 200, second)
            # a wrong password with SHA-256 is refused too
            _, refused, _ = c.register(carol.login, carol.login, "not-" + carol.password, algorithm="SHA-256")
            self.assertIn(refused.status if refused else None, (401, 403), refused)
            # MD5 still works while both are offered
            _, md5, _ = c.register(carol.login, carol.login, carol.password, algorithm="MD5")
            self.assertEqual(md5.status if md5 else None, 200, md5)
            # remove the binding
            _, gone, _ = c.register(carol.login, carol.login, carol.password, algorithm="SHA-256", expires=0)
            self.assertEqual(gone.status if gone else None, 200, gone)

    def test_05_register_below_min_expires_gets_423(self):
        carol = self.phone("carol")
        with sip.DigestClient(SIP_PORT, self.port()) as c:
            first, second, _ = c.register(carol.login, carol.login, carol.password, expires=10)
        self.assertEqual(first.status if first else None, 401, first)
        self.assertIsNotNone(second, "no answer to the authenticated REGISTER")
        self.assertEqual(second.status, 423, second)
        self.assertEqual(second.message.header("min-expires"), "60", second)

    def test_06_second_line_registers_with_its_station_number(self):
        r = self.dist.rest("POST", "v1/handsets", auth=self.admin,
                           body={"login-id": "two-line-phone", "description": "two lines", "lines": 2,
                                 "password": "Two-line-pw-1", "owner": "carol"})
        self.assertEqual(r.status, 201, "POST v1/handsets (2 lines): %r" % r)
        self.addCleanup(self.dist.rest, "DELETE", "v1/handsets/two-line-phone", auth=self.admin)
        apps = r.json["appearances"]
        self.assertEqual([a["line"] for a in apps], [1, 2], r.json)
        line2 = str(apps[1]["user-id"])
        self.assertEqual(apps[1].get("login-id"), line2, "line 2 logs in with its station number: %r" % r.json)
        with sip.DigestClient(SIP_PORT, self.port()) as c:
            _, ok, _ = c.register(line2, line2, "Two-line-pw-1")
            self.assertEqual(ok.status if ok else None, 200, ok)
            _, gone, _ = c.register(line2, line2, "Two-line-pw-1", expires=0)
            self.assertEqual(gone.status if gone else None, 200, gone)

    def test_07_register_over_tcp(self):
        dave = self.phone("dave")
        port = self.port()
        r = self.sipp("reg-tcp-%s" % dave.login, "register.xml", port, remote=SERVER, timeout=15, transport="t1",
                      keys={"user": dave.login, "contact_user": dave.login, "contact_port": port, "expires": 300},
                      extra=["-au", dave.login, "-ap", dave.password])
        r.wait()
        self.assertSipp(r, "REGISTER over TCP (tcpPort)")
        r = self.dist.rest("GET", "v1/registrations", auth=self.admin)
        rows = [x for x in r.json or [] if x.get("login-id") == dave.login]
        self.assertTrue(rows, "GET v1/registrations: %r" % r.json)
        r = self.sipp("unreg-tcp-%s" % dave.login, "register.xml", self.port(), remote=SERVER, timeout=15,
                      transport="t1", keys={"user": dave.login, "contact_user": dave.login, "contact_port": port,
                                            "expires": 0},
                      extra=["-au", dave.login, "-ap", dave.password])
        r.wait()
        self.assertSipp(r, "un-REGISTER over TCP")

    def test_08_repeated_auth_failures_block_the_source(self):
        """authFailureLimit (10) failures within authFailureWindowSeconds block the source address: no answer at
        all. From 127.0.0.2, so the other tests (127.0.0.1) are not blocked. Each attempt is one REGISTER
        transaction; the client retransmits it like any UDP phone (500 ms, doubling), and a retransmission is the
        same attempt, not another failure."""
        dave = self.phone("dave")
        port = self.port()
        refused = 0
        with sip.DigestClient(SIP_PORT, port, local_host="127.0.0.2") as c:
            for i in range(10):
                first, second, _ = c.register(dave.login, dave.login, "wrong-%d" % i)
                self.assertIsNotNone(first, "attempt %d of %d: no challenge (blocked too early? a retransmission "
                                     "of an earlier attempt is not a new failure)" % (i + 1, 10))
                self.assertIsNotNone(second, "attempt %d of %d: no answer to the wrong password" % (i + 1, 10))
                self.assertIn(second.status, (401, 403), second)
                refused += 1
            blocked = c.transaction(c.register_request(dave.login, dave.login, 300), timeout=3)
            self.assertIsNone(blocked, "after %d failures the source must get no answer at all, got %r"
                              % (refused, blocked))
        with sip.DigestClient(SIP_PORT, self.port()) as c:
            _, ok, _ = c.register(dave.login, dave.login, dave.password, expires=0)
            self.assertEqual(ok.status if ok else None, 200, "127.0.0.1 must not be blocked: %r" % ok)

    # ================================================================== calls (SIPp)
    def test_09_handsets_added_at_once_get_distinct_stations(self):
        import concurrent.futures
        def add(i):
            return self.dist.rest("POST", "v1/handsets", auth=self.admin,
                                  body={"login-id": "parallel-%d" % i, "description": "parallel %d" % i,
                                        "lines": 2, "password": "Parallel-pw-%d" % i})
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(add, range(8)))
        self.assertEqual([a.status for a in answers], [201] * 8, answers)
        stations = [line["user-id"] for a in answers for line in a.json["appearances"]]
        self.assertEqual(len(stations), 16)
        self.assertEqual(len(set(stations)), 16, "a station number given twice: %r" % stations)
        for i in range(8):
            r = self.dist.rest("DELETE", "v1/handsets/parallel-%d" % i, auth=self.admin)
            self.assertEqual(r.status, 204, r)

    def test_10_call_a_to_b_answered_and_cdr(self):
        bob = self.phone("bob")
        self.set_routes(bob.extension, route([[(bob.station, 2)]]))
        b = self.registered_uas("bob", "uas_answer.xml")
        a = self.caller("alice", bob.extension)
        a.wait()
        b.wait()
        self.assertSipp(a, "the caller: INVITE %s, 200, ACK, BYE after 2 s" % bob.extension)
        self.assertSipp(b, "the callee's call appearance: rung, answers, gets BYE")
        self.assertTrue(b.received("INVITE"), b.report())
        row = self.cdr(self.call_id(a))
        self.assertEqual(row.get("disposition"), "ANSWERED", row)
        self.assertEqual(str(row.get("answered-by")), bob.station, row)
        self.assertIn(bob.extension, str(row.get("to")), row)
        for key in ("started", "answered", "ended"):
            self.assertTrue(row.get(key), "CDR lacks %s: %r" % (key, row))
        self.assertLessEqual(row["started"], row["answered"], row)
        self.assertLessEqual(row["answered"], row["ended"], row)

    def test_10b_a_digit_sent_by_sip_info_reaches_the_other_phone(self):
        """alice's phone sends 5 as SIP INFO during her call with bob: the call core passes it across the bridge and
        bob's phone gets it as INFO (application/dtmf-relay), which alice's phone hears answered 200."""
        bob = self.phone("bob")
        self.set_routes(bob.extension, route([[(bob.station, 2)]]))
        b = self.registered_uas("bob", "uas_answer_info.xml")
        a = self.caller("alice", bob.extension, scenario="uac_call_info.xml")
        a.wait()
        b.wait()
        self.assertSipp(a, "the caller: INVITE %s, 200, ACK, INFO 5 answered 200, BYE" % bob.extension)
        self.assertSipp(b, "the callee: answers, gets the INFO, gets BYE")
        infos = b.received("INFO")
        self.assertEqual(1, len(infos), b.report())
        self.assertIn("Signal=5", infos[0].body, infos[0])
        self.assertIn("application/dtmf-relay", infos[0].header("content-type"), infos[0])

    def test_11_caller_cancels(self):
        bob = self.phone("bob")
        self.set_routes(bob.extension, route([[(bob.station, 3)]]))
        b = self.registered_uas("bob", "uas_ring.xml")
        a = self.caller("alice", bob.extension, scenario="uac_cancel.xml")
        a.wait()
        b.wait()
        self.assertSipp(a, "the caller: ringing, CANCEL, 200 to the CANCEL, 487 to the INVITE")
        self.assertSipp(b, "the rung appearance must be cancelled too (CANCEL, 487)")
        row = self.cdr(self.call_id(a))
        self.assertEqual(row.get("disposition"), "CANCELLED", row)
        self.assertFalse(row.get("answered"), row)

    def test_12_busy_callee_takes_the_on_busy_route(self):
        bob, carol = self.phone("bob"), self.phone("carol")
        self.set_routes(bob.extension, route([[(bob.station, 2)]]), on_busy=route([[(carol.station, 2)]]))
        b = self.registered_uas("bob", "uas_busy.xml")
        c = self.registered_uas("carol", "uas_answer.xml")
        a = self.caller("alice", bob.extension)
        for r in (a, b, c):
            r.wait()
        self.assertSipp(b, "bob's appearance answers 486")
        self.assertSipp(c, "the On-Busy route must ring carol's appearance, which answers")
        self.assertSipp(a, "the caller must be connected to the On-Busy destination")
        busy = [m for m in b.messages() if m.direction == "sent" and m.status == 486]
        self.assertGreaterEqual(self.first(c, "INVITE").time, busy[0].time - 0.5,
                                "the On-Busy route must ring carol after bob answered busy")
        row = self.cdr(self.call_id(a))
        self.assertEqual(row.get("disposition"), "ANSWERED", row)
        self.assertEqual(str(row.get("answered-by")), carol.station, row)

    def test_13_no_answer_next_attempt_then_finally_hang_up(self):
        bob, carol = self.phone("bob"), self.phone("carol")
        # carol's extension: attempt 1 rings bob 1 ring (6 s), attempt 2 rings carol 1 ring, Finally hang up
        self.set_routes(carol.extension, route([[(bob.station, 1)], [(carol.station, 1)]], final="HANG_UP"))
        b = self.registered_uas("bob", "uas_ring.xml", timeout=40)
        c = self.registered_uas("carol", "uas_ring.xml", timeout=40)
        started = time.time()
        a = self.caller("alice", carol.extension, scenario="uac_call_fails.xml", timeout=40)
        a.wait()
        took = time.time() - started
        b.wait()
        c.wait()
        self.assertSipp(b, "attempt 1: bob's appearance rings, then is cancelled")
        self.assertSipp(c, "attempt 2: carol's appearance rings, then is cancelled")
        self.assertSipp(a, "Finally HANG_UP: the caller gets a final error")
        status = self.final_status(a)
        self.assertTrue(status and status >= 400, "final answer %s" % status)
        b_invite, b_cancel = self.first(b, "INVITE"), self.first(b, "CANCEL")
        c_invite, c_cancel = self.first(c, "INVITE"), self.first(c, "CANCEL")
        self.assertTrue(b_invite and b_cancel and c_invite and c_cancel, "%s\n%s" % (b.report(), c.report()))
        # one ring is 6 s; attempt 2 starts when attempt 1 gives up
        self.assertAlmostEqual(b_cancel.time - b_invite.time, RING_SECONDS, delta=1.5,
                               msg="attempt 1 (1 ring) rang bob for %.1f s" % (b_cancel.time - b_invite.time))
        self.assertAlmostEqual(c_cancel.time - c_invite.time, RING_SECONDS, delta=1.5,
                               msg="attempt 2 (1 ring) rang carol for %.1f s" % (c_cancel.time - c_invite.time))
        self.assertGreaterEqual(c_invite.time, b_cancel.time - 0.5, "attempt 2 must start after attempt 1 ends")
        self.assertGreater(took, 2 * RING_SECONDS - 1.5, "two attempts of 1 ring (6 s) each, took %.1f s" % took)
        self.assertLess(took, 2 * RING_SECONDS + 8, "two attempts of 1 ring each took %.1f s" % took)
        row = self.cdr(self.call_id(a))
        self.assertEqual(row.get("disposition"), "NO_ANSWER", row)

    def test_14_blind_transfer(self):
        bob, carol = self.phone("bob"), self.phone("carol")
        self.set_routes(bob.extension, route([[(bob.station, 2)]]))
        c = self.registered_uas("carol", "uas_answer_bye.xml")
        b = self.registered_uas("bob", "uas_refer.xml", pause_ms=1000,
                                keys={"target": carol.station, "server": SERVER})
        a = self.caller("alice", bob.extension, scenario="uac_call_wait_bye.xml")
        for r in (b, c, a):
            r.wait()
        self.assertSipp(b, "the transferor: answers, REFER to %s, 202, NOTIFYs, the call ends" % carol.station)
        self.assertSipp(c, "the transfer target is rung, answers, and hangs up after 3 s")
        self.assertSipp(a, "the transferee stays in the call until the target hangs up (BYE from the server)")
        notifies = b.received("NOTIFY")
        self.assertTrue(notifies, "no NOTIFY (message/sipfrag) about the transfer: %s" % b.report())
        self.assertTrue(any("SIP/2.0 200" in n.body for n in notifies),
                        "no NOTIFY reported the target's 200: %r" % [n.body for n in notifies])
        self.assertOneContact(a, b, c)

    def test_15_attended_transfer(self):
        bob, carol = self.phone("bob"), self.phone("carol")
        self.set_routes(bob.extension, route([[(bob.station, 2)]]))
        # bob's first line talks with alice (b1); bob's second call (b2, same handset) consults carol
        b1 = self.registered_uas("bob", "uas_refer_replaces.xml", timeout=40,
                                 keys={"target": carol.station, "server": SERVER})
        c = self.registered_uas("carol", "uas_answer_bye.xml", timeout=40)
        a = self.caller("alice", bob.extension, scenario="uac_call_wait_bye.xml", timeout=40)
        self.wait_for(lambda: b1.received("ACK"), 10, "alice's call to bob is established", b1)
        b2 = self.caller("bob", carol.station, scenario="uac_call_wait_bye.xml", timeout=40, register=False)
        self.wait_for(lambda: [m for m in b2.received(200) if m.method == "INVITE"], 10,
                      "bob's consultation call to carol is established", b2)
        time.sleep(0.3)  # b2's ACK
        # bob's view of the consultation dialog: Call-ID, his tag (from-tag) and the server's (to-tag)
        ok = [m for m in b2.received(200) if m.method == "INVITE"][-1]
        call_id = ok.header("call-id")
        to_tag = ok.header("to").split("tag=", 1)[1].split(";")[0]
        from_tag = ok.header("from").split("tag=", 1)[1].split(";")[0]
        replaces = urllib.parse.quote("%s;to-tag=%s;from-tag=%s" % (call_id, to_tag, from_tag), safe="")
        # hand it to b1's SIPp (an INFO straight to its port, in alice's dialog; not seen by the server)
        a_leg = b1.received("INVITE")[0].header("call-id")
        info = ("INFO sip:%s@127.0.0.1:%d SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bKtest%d\r\n"
                "From: <sip:test@127.0.0.1>;tag=test\r\nTo: <sip:%s@127.0.0.1>\r\nCall-ID: %s\r\nCSeq: 1 INFO\r\n"
                "X-Replaces: %s\r\nContent-Length: 0\r\n\r\n"
                % (bob.login, b1.local_port, self.port(), os.getpid(), bob.login, a_leg, replaces))
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.sendto(info.encode("utf-8"), ("127.0.0.1", b1.local_port))
        for r in (b1, b2, c, a):
            r.wait()
        self.assertSipp(b1, "the transferor's first call: REFER with Replaces, 202, NOTIFYs, the call ends")
        self.assertSipp(b2, "the transferor's consultation call is ended by the server (BYE)")
        self.assertSipp(c, "the target stays in the call (now with alice) and hangs up")
        self.assertSipp(a, "the transferee is connected to the target until the target hangs up")
        refer = [m for m in b1.messages() if m.direction == "sent" and m.method == "REFER" and not m.is_response]
        self.assertIn("Replaces=", refer[0].header("refer-to"), refer[0])
        self.assertOneContact(a, b1, b2, c)

    def test_16_park_and_retrieve(self):
        self.park_and_retrieve("700", "701")

    def test_16_park_and_retrieve_in_extension_mode(self):
        """Extension mode (admin guide §7.2): system functions behind '*'. A call parked with *700 waits in orbit
        *701, and *701 retrieves it."""
        self.set_dial_plan_mode("EXTENSION", speed_dial=2)  # the factory Extension mode plan (§7.2)
        self.park_and_retrieve("*700", "*701")

    def park_and_retrieve(self, park, orbit):
        """bob answers alice and transfers her to `park`; dave dials `orbit` and talks with her."""
        bob = self.phone("bob")
        self.set_routes(bob.extension, route([[(bob.station, 2)]]))
        b = self.registered_uas("bob", "uas_refer.xml", pause_ms=1000, keys={"target": park, "server": SERVER})
        a = self.caller("alice", bob.extension, scenario="uac_call_wait_bye.xml", timeout=40)
        b.wait()
        self.assertSipp(b, "bob parks alice: REFER to %s accepted, bob's call ends" % park)
        self.assertTrue(a.running(), "alice must stay connected while parked: %s" % a.report())
        time.sleep(1)
        d = self.caller("dave", orbit)
        d.wait()
        a.wait()
        self.assertSipp(d, "dave dials %s: the parked call is answered, dave hangs up after 2 s" % orbit)
        self.assertSipp(a, "alice is retrieved by dave and the call ends when dave hangs up")
        row = self.cdr(self.call_id(d))
        self.assertEqual(row.get("disposition"), "ANSWERED", row)
        self.assertTrue(row.get("answered"), "the retrieve answered dave's call: %r" % row)
        self.assertOneContact(a, b, d)
        log = self.dist.log_tail(300)
        self.assertIn("parked in %s by %s" % (orbit, self.phone("bob").extension), log,
                      "the call-features application parked the call")
        self.assertIn("retrieved the call parked in " + orbit, log)

    def test_16b_a_retrieved_call_is_transferred_by_the_call_core(self):
        """bob parks alice (700); dave retrieves her (701), which makes the call one the call core holds, and
        blind-transfers her to carol's extension: the core rings carol, alice talks to carol until carol hangs up,
        and dave hears the transfer's 200 (NOTIFY) before the server hangs up his call."""
        bob, carol, dave = self.phone("bob"), self.phone("carol"), self.phone("dave")
        self.set_routes(bob.extension, route([[(bob.station, 2)]]))
        self.set_routes(carol.extension, route([[(carol.station, 2)]]))
        b = self.registered_uas("bob", "uas_refer.xml", pause_ms=1000, keys={"target": "700", "server": SERVER})
        c = self.registered_uas("carol", "uas_answer_bye.xml", timeout=40)
        a = self.caller("alice", bob.extension, scenario="uac_call_wait_bye.xml", timeout=40)
        b.wait()
        self.assertSipp(b, "bob parks alice: REFER to 700 accepted, bob's call ends")
        time.sleep(1)
        self.retrieve_and_transfer(dave, "701", carol.extension)
        for run in (c, a):
            run.wait()
        self.assertSipp(c, "carol's appearance rings, answers alice, hangs up after 3 s")
        self.assertSipp(a, "alice: parked, retrieved, transferred to carol; the call ends when carol hangs up")
        self.assertIn("retrieved the call parked in 701", self.dist.log_tail(300))

    def test_16c_a_retrieved_call_transferred_to_the_park_number_is_parked_again(self):
        """bob parks alice (700); dave retrieves her (701), which makes the call the call core's, and
        blind-transfers her to 700: the core hands her to the park application again, which names dave as who
        parked her; carol retrieves her from 701 and the call ends when carol hangs up."""
        bob, carol, dave = self.phone("bob"), self.phone("carol"), self.phone("dave")
        self.set_routes(bob.extension, route([[(bob.station, 2)]]))
        b = self.registered_uas("bob", "uas_refer.xml", pause_ms=1000, keys={"target": "700", "server": SERVER})
        a = self.caller("alice", bob.extension, scenario="uac_call_wait_bye.xml", timeout=60)
        b.wait()
        self.assertSipp(b, "bob parks alice: REFER to 700 accepted, bob's call ends")
        time.sleep(1)
        self.retrieve_and_transfer(dave, "701", "700")
        self.wait_for(lambda: "parked in 701 by %s" % dave.extension in self.dist.log_tail(300), 10,
                      "the park application parks alice again, named as parked by dave", a)
        c = self.caller("carol", "701")
        c.wait()
        a.wait()
        self.assertSipp(c, "carol dials 701: the parked call is answered, carol hangs up after 2 s")
        self.assertSipp(a, "alice: parked, retrieved, parked again, retrieved; the call ends when carol hangs up")

    def retrieve_and_transfer(self, retriever, orbit, target):
        """`retriever` dials `orbit` and blind-transfers the call retrieved there to `target`: 202, then the
        transfer's 200 in a NOTIFY, and the server hangs the retriever up."""
        port = self.port()
        self.assertSipp(self.register(retriever, port), "registering the retriever %s" % retriever)
        d = self.sipp(retriever.owner, "uac_call_refer.xml", port, remote=SERVER, service=orbit, timeout=30,
                      keys={"from": retriever.login, "target": target, "server": SERVER},
                      extra=["-au", retriever.login, "-ap", retriever.password, "-d", "1000"])
        d.wait()
        self.assertSipp(d, "%s retrieves %s, transfers the call to %s: 202, NOTIFY, BYE" % (retriever, orbit, target))
        finals = [m for m in d.messages() if m.direction == "received" and not m.is_response
                  and m.method == "NOTIFY" and "SIP/2.0 200" in m.body]
        self.assertTrue(finals, "the retriever must hear the transfer's 200 in a NOTIFY: %s" % d.report())
        self.assertTrue(self.first(d, "BYE"), "the server hangs up the transferor: %s" % d.report())

    def set_dial_plan_mode(self, mode, **digits):
        """The internal dial plan in `mode` (NORMAL, EXTENSION) with `digits` changed (speed_dial=2 for
        speed-dial) until the test ends."""
        r = self.dist.rest("GET", "v1/dial-plan", auth=self.admin)
        self.assertEqual(200, r.status, r)
        plan = r.json
        changed = dict(plan["digits"], **{k.replace("_", "-"): v for k, v in digits.items()})
        r = self.dist.rest("PUT", "v1/dial-plan", auth=self.admin, body={"mode": mode, "digits": changed})
        self.assertEqual(200, r.status, "PUT v1/dial-plan %s: %r" % (mode, r))
        self.addCleanup(self.dist.rest, "PUT", "v1/dial-plan", auth=self.admin,
                        body={"mode": plan["mode"], "digits": plan["digits"]})

    def test_17_pickup_of_a_ringing_extension(self):
        """Phone feature 7+ext: dave answers the call ringing bob's extension; bob's appearance stops ringing."""
        bob, dave = self.phone("bob"), self.phone("dave")
        self.set_routes(bob.extension, route([[(bob.station, 3)]]))
        b = self.registered_uas("bob", "uas_ring.xml")
        a = self.caller("alice", bob.extension, scenario="uac_call_wait_bye.xml")
        self.wait_for(lambda: b.received("INVITE"), 10, "bob's appearance rings", b)
        d = self.caller("dave", "7" + bob.extension)
        for r in (d, a, b):
            r.wait()
        self.assertSipp(d, "dave dials 7%s: answered with the ringing call, hangs up after 2 s" % bob.extension)
        self.assertSipp(b, "bob's ringing appearance is cancelled when dave picks up")
        self.assertSipp(a, "alice is connected to dave until dave hangs up")
        row = self.cdr(self.call_id(a))
        self.assertEqual(row.get("disposition"), "ANSWERED", row)
        self.assertEqual(str(row.get("answered-by")), dave.station, row)
        self.assertIn("%s picked up the call ringing at %s" % (dave.extension, bob.extension),
                      self.dist.log_tail(300), "the call-features application took the call over")

    def test_17b_pickup_bridges_caller_and_picker_audio_both_ways(self):
        """erin (baresip) calls bob's extension, where a phone rings without answering; frank (baresip) dials
        7 + bob's extension. The call-features application takes the ringing call over through the call core,
        which answers erin and bridges her to frank: each hears the other's tone, DTMF passes both ways, and bob's
        phone stops ringing."""
        erin, frank, bob = self.phone("erin"), self.phone("frank"), self.phone("bob")
        self.set_routes(bob.extension, route([[(bob.station, 4)]]))
        b = self.registered_uas("bob", "uas_ring.xml", timeout=40)
        pe, ce = self.baresip_ports()
        pf, cf = self.baresip_ports()
        e = sip.Baresip(workroot(), "erin-pickup", SIP_PORT, pe, ce, erin.login, erin.login, erin.password,
                        tone_hz=440)
        f = sip.Baresip(workroot(), "frank-pickup", SIP_PORT, pf, cf, frank.login, frank.login, frank.password,
                        tone_hz=1000)
        try:
            for x in (e, f):
                self.assertTrue(x.registered(10), "baresip %s did not register\n%s" % (x.name, x.log()))
            e.dial("sip:%s@%s" % (bob.extension, SERVER))
            self.wait_for(lambda: b.received("INVITE"), 10, "bob's phone rings", b)
            f.dial("sip:7%s@%s" % (bob.extension, SERVER))
            self.talk(e, f)
        finally:
            e.stop()
            f.stop()
        b.wait()
        self.assertSipp(b, "bob's ringing phone is cancelled when frank picks up")
        self.assert_heard(e, f)
        self.assertIn("%s picked up the call ringing at %s" % (frank.extension, bob.extension),
                      self.dist.log_tail(300), "the call-features application took the call over")

    @staticmethod
    def first(run, method):
        """The first request `method` the run received, or None."""
        hits = [m for m in run.messages() if m.direction == "received" and not m.is_response and m.method == method]
        return hits[0] if hits else None

    def assertOneContact(self, *runs):
        """Every dialog-creating or target-refreshing request the server sent has exactly one Contact URI
        (RFC 3261 8.1.1.8, 12.2.1.1)."""
        for run in runs:
            for m in run.messages():
                if m.direction == "received" and not m.is_response and m.method in ("INVITE", "REFER", "SUBSCRIBE"):
                    uris = sum(v.count("sip:") for v in m.headers.get("contact", []))
                    self.assertEqual(uris, 1, "%s from the server with %d Contact URIs: %r\n%s"
                                     % (m.method, uris, m.headers.get("contact"), run.report()))

    def wait_for(self, predicate, timeout, what, run):
        deadline = time.time() + timeout
        while not predicate():
            if time.time() > deadline or not run.running():
                self.fail("%s: not within %d s\n%s" % (what, timeout, run.report()))
            time.sleep(0.1)

    # ================================================================== baresip
    def test_18_blf_lamp_shows_the_ringing_caller_then_the_call_then_idle(self):
        bob, dave, alice = self.phone("bob"), self.phone("dave"), self.phone("alice")
        self.set_routes(bob.extension, route([[(bob.station, 2)]]))
        watcher = self.port()
        self.assertSipp(self.register(dave, watcher), "registering dave's phone, the BLF watcher")
        with sip.Subscriber(SIP_PORT, watcher, bob.extension, "dialog") as w:
            self.assertEqual(w.subscribed, 200, "SUBSCRIBE dialog for %s" % bob.extension)
            b = self.registered_uas("bob", "uas_answer.xml")
            a = self.caller("alice", bob.extension)
            a.wait()
            b.wait()
            notifies = w.notifies(settle=3)
        self.assertSipp(a, "the watched call")
        # the dialogs of each NOTIFY (full state) beyond those of the first one, as (id, state)
        def dialogs(body):
            return re.findall(r'<dialog id="([^"]+)"[^>]*>\s*<state>(\w+)</state>', body)
        before = dict(dialogs(notifies[0]))
        added = [[d for d in dialogs(body) if d[0] not in before] for body in notifies[1:]]
        early = [body for body in notifies[1:] if any(st == "early" for _, st in dialogs(body) if _ not in before)]
        self.assertTrue(early, "no NOTIFY while ringing: %r" % added)
        self.assertIn("sip:%s@" % alice.extension, early[0], "the ringing NOTIFY names the caller")
        self.assertTrue(any(st == "confirmed" for ds in added for _, st in ds), "no NOTIFY for the answer: %r" % added)
        self.assertEqual(dialogs(notifies[-1]), list(before.items()),
                         "after the call the lamp shows what it showed before it: %r" % notifies[-1])

    def test_19_message_summary_and_presence_answer_subscriptions(self):
        dave, erin = self.phone("dave"), self.phone("erin")
        watcher = self.port()
        self.assertSipp(self.register(dave, watcher), "registering dave's phone, the watcher")
        with sip.Subscriber(SIP_PORT, watcher, dave.extension, "message-summary") as w:
            self.assertEqual(w.subscribed, 200)
            mwi = w.notifies(settle=1)
        self.assertIn("Messages-Waiting: no", mwi[0], mwi)
        with sip.Subscriber(SIP_PORT, watcher, erin.extension, "presence") as w:
            self.assertEqual(w.subscribed, 200)
            pidf = w.notifies(settle=1)
        self.assertIn("<basic>closed</basic>", pidf[0], "erin's phone is not registered: %r" % pidf)
        self.assertIn("<note>In Office</note>", pidf[0], pidf)
        with sip.Subscriber(SIP_PORT, watcher, erin.extension, "no-such-package") as w:
            self.assertEqual(w.subscribed, 489)

    def test_20_two_baresips_call_by_extension_audio_and_dtmf(self):
        """Two real phones: each baresip registers itself (digest), erin dials frank's extension."""
        erin, frank = self.phone("erin"), self.phone("frank")
        pe, ce = self.baresip_ports()
        pf, cf = self.baresip_ports()
        e = sip.Baresip(workroot(), "erin", SIP_PORT, pe, ce, erin.login, erin.login, erin.password, tone_hz=440)
        f = sip.Baresip(workroot(), "frank", SIP_PORT, pf, cf, frank.login, frank.login, frank.password, tone_hz=1000)
        try:
            for x in (e, f):
                self.assertTrue(x.registered(10), "baresip %s did not register: %s\n%s"
                                % (x.name, getattr(x, "last_reginfo", ""), x.log()))
            r = self.dist.rest("GET", "v1/registrations", auth=self.admin)
            listed = {x.get("login-id"): x for x in r.json or []}
            for p in (erin, frank):
                self.assertIn(p.login, listed, "GET v1/registrations: %r" % r.json)
                self.assertIn("baresip", listed[p.login].get("user-agent", "").lower(), listed[p.login])
            self.baresip_call(e, f, frank.extension)
        finally:
            e.stop()
            f.stop()
        self.assert_heard(e, f)
        # baresip describes its network address but talks from 127.0.0.1: behind NAT for the server, whose
        # "Force Remote Phone audio through server" (on by default) relays the media through its own ports
        for x in (e, f):
            ports = self.media_from(x)
            self.assertTrue(ports and all(self.relay_port(p) for p in ports),
                            "%s should receive media from the relay ports %r: %r" % (x.name, SIP_SETTINGS, ports))

    def test_22_baresips_talk_directly_when_remote_audio_is_not_forced_through_the_server(self):
        erin, frank = self.phone("erin"), self.phone("frank")
        self.set_sip_setting("forceRemoteAudioThroughServer", "false", ready=self.challenges_again)
        try:
            pe, ce = self.baresip_ports()
            pf, cf = self.baresip_ports()
            e = sip.Baresip(workroot(), "erin-direct", SIP_PORT, pe, ce, erin.login, erin.login, erin.password,
                            tone_hz=440)
            f = sip.Baresip(workroot(), "frank-direct", SIP_PORT, pf, cf, frank.login, frank.login,
                            frank.password, tone_hz=1000)
            try:
                for x in (e, f):
                    self.assertTrue(x.registered(10), "baresip %s did not register\n%s" % (x.name, x.log()))
                self.baresip_call(e, f, frank.extension)
            finally:
                e.stop()
                f.stop()
            self.assert_heard(e, f)
            for x, peer_rtp in ((e, pf + 100), (f, pe + 100)):
                ports = self.media_from(x)
                self.assertTrue(ports and all(peer_rtp <= p < peer_rtp + 20 for p in ports),
                                "%s should receive media straight from the other baresip (RTP %d..): %r"
                                % (x.name, peer_rtp, ports))
        finally:
            self.set_sip_setting("forceRemoteAudioThroughServer", "true",
                                 ready=self.challenges_again)

    # Messages jain-sip's parser cannot answer as RFC 4475 asks: it reads any SIP version as 2.0 (badvers),
    # keeps one of repeated single headers (multi01), and drops what lacks Call-ID/From/To (insuf) or a
    # malformed message it cannot turn into a 400 over TCP (quotbal). For these only survival is asserted.
    PARSER_LIMITS = {"badvers", "badvers/tcp", "insuf", "insuf/tcp", "multi01", "quotbal/tcp"}

    def test_23_an_application_places_a_call_and_bridges_the_caller_audio_both_ways(self):
        """A call application on the call core (the test harness's own bundle, installed from the shell): erin
        dials 406 + frank's extension; the application originates a leg to frank's extension through CallControl
        and bridges erin to it without answering erin itself. Both baresips hear each other and DTMF passes."""
        erin, frank = self.phone("erin"), self.phone("frank")
        bundle = self.install_test_app()
        try:
            pe, ce = self.baresip_ports()
            pf, cf = self.baresip_ports()
            e = sip.Baresip(workroot(), "erin-app", SIP_PORT, pe, ce, erin.login, erin.login, erin.password,
                            tone_hz=440)
            f = sip.Baresip(workroot(), "frank-app", SIP_PORT, pf, cf, frank.login, frank.login, frank.password,
                            tone_hz=1000)
            try:
                for x in (e, f):
                    self.assertTrue(x.registered(10), "baresip %s did not register\n%s" % (x.name, x.log()))
                self.baresip_call(e, f, "406" + frank.extension)
            finally:
                e.stop()
                f.stop()
            self.assert_heard(e, f)
            self.assertIn("connected to " + frank.extension, self.dist.log_tail(200),
                          "the application's log line that the call core bridged the call")
            row = self.cdr_to("406" + frank.extension)
            self.assertEqual(row.get("disposition"), "ANSWERED", row)
            self.assertEqual(str(row.get("answered-by")), frank.station, row)
            self.assertIn("connect-test", str(row.get("route")), row)
        finally:
            self.dist.shell("bundle:uninstall " + bundle, *self.admin)

    def test_23b_an_intercom_application_asks_the_phones_it_rings_to_answer_by_themselves(self):
        """The test harness's intercom (409 + extension) connects alice to bob's extension with the auto-answer
        hint: bob's phone is rung with Call-Info answer-after=0, answers, and alice talks to it; the plain connect
        application (406) rings without the hint."""
        bob = self.phone("bob")
        self.set_routes(bob.extension, route([[(bob.station, 2)]]))
        bundle = self.install_test_app()
        try:
            for dialed, hinted in (("409", True), ("406", False)):
                b = self.registered_uas("bob", "uas_answer.xml")
                a = self.caller("alice", dialed + bob.extension)
                a.wait()
                b.wait()
                self.assertSipp(a, "alice dials %s%s, is answered by bob's phone, hangs up" % (dialed, bob.extension))
                self.assertSipp(b, "bob's phone is rung by the application's connect, answers, gets BYE")
                info = b.received("INVITE")[0].header("call-info") or ""
                self.assertEqual(hinted, "answer-after=0" in info, "%s: Call-Info %r" % (dialed, info))
        finally:
            self.dist.shell("bundle:uninstall " + bundle, *self.admin)

    def install_test_app(self):
        """Installs the test harness's call applications (406, 409) from the shell; their bundle id."""
        jar = os.path.join(pbx.HERE, "..", "test-app", "target", "branchline-test-app-0.1.0-SNAPSHOT.jar")
        self.assertTrue(os.path.exists(jar), "the test application is built by mvn install: %s" % jar)
        r = self.dist.shell("bundle:install -s file:" + os.path.abspath(jar), *self.admin)
        self.assertEqual(0, r.returncode, "installing the test application: %r" % r)
        self.wait_for_bundle_active("branchline-test-app")
        return r.stdout.strip().split()[-1]

    def cdr_to(self, digits, timeout=8):
        """The one CDR of this test's calls to digits (polling GET v1/calls: it is written at the end)."""
        since = (self.started_at - datetime.timedelta(seconds=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
        deadline = time.time() + timeout
        while True:
            r = self.dist.rest("GET", "v1/calls?limit=100&since=" + urllib.parse.quote(since), auth=self.admin)
            self.assertEqual(r.status, 200, "GET v1/calls: %r" % r)
            hits = [c for c in r.json or [] if c.get("to") == digits and c.get("ended")]
            if hits or time.time() > deadline:
                self.assertEqual(1, len(hits), "CDRs of calls to %s: %r" % (digits, r.json))
                return hits[0]
            time.sleep(0.3)

    def wait_for_bundle_active(self, symbolic_name, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            r = self.dist.shell("bundle:list -s", *self.admin)
            line = next((l for l in r.stdout.splitlines() if symbolic_name in l), "")
            if "Active" in line:
                return
            time.sleep(0.5)
        self.fail("%s did not become Active: %s" % (symbolic_name, r.stdout[-2000:]))

    def test_30_rfc4475_torture_subset_is_answered_and_survived(self):
        results = sip_torture.run("127.0.0.1", SIP_PORT, tcp_port=SIP_PORT)
        self.assertGreater(len(results), 40, results)
        dead = [r for r in results if "OPTIONS after it" not in r[2]]
        self.assertEqual(dead, [], "the server stopped answering OPTIONS after these messages")
        wrong = [r for r in results if not r[1] and r[0] not in self.PARSER_LIMITS]
        self.assertEqual(wrong, [], "answers that differ from RFC 4475:\n%s"
                         % "\n".join("%s: %s" % (n, d) for n, _, d in wrong))

    def test_31_no_product_version_in_answers(self):
        with sip.DigestClient(SIP_PORT, self.port()) as c:
            answer = c.transaction(c.register_request("probe-version", "probe-version", 60))
        self.assertIsNotNone(answer, "no answer to REGISTER")
        for name in ("server", "user-agent"):
            self.assertNotIn(name, answer.message.headers, "%s header in %r" % (name, answer))
        self.assertNotRegex(answer.raw, r"(?i)jain|nist|branchline/\d|karaf", answer.raw)

    @staticmethod
    def media_from(baresip):
        """The source ports baresip says its incoming RTP comes from."""
        with open(baresip.log_file, errors="replace") as f:
            return [int(p) for p in re.findall(r"receiving from [0-9.]+:(\d+)", f.read())]

    @staticmethod
    def relay_port(port):
        return SIP_SETTINGS["relayPortMin"] <= port <= SIP_SETTINGS["relayPortMax"]

    def test_21_baresip_audio_and_dtmf_with_contacts_registered_by_sipp(self):
        """The media path alone, whatever the phones' own registration does: SIPp registers each baresip's
        contact (from the port baresip then listens on) and baresip itself sends no REGISTER. Same call as
        test_20. (baresip 1.0 gives up on a 401/407 that lists any SHA-256 challenge, "Register: Function not
        implemented", which is why digestAlgorithms defaults to MD5.)"""
        erin, frank = self.phone("erin"), self.phone("frank")
        pe, ce = self.baresip_ports()
        pf, cf = self.baresip_ports()
        for p, port in ((erin, pe), (frank, pf)):
            self.assertSipp(self.register(p, port), "registering %s's contact for baresip" % p.login)
        e = sip.Baresip(workroot(), "erin-sipp-reg", SIP_PORT, pe, ce, erin.login, erin.login, erin.password,
                        tone_hz=440, regint=0)
        f = sip.Baresip(workroot(), "frank-sipp-reg", SIP_PORT, pf, cf, frank.login, frank.login, frank.password,
                        tone_hz=1000, regint=0)
        try:
            self.baresip_call(e, f, frank.extension)
        finally:
            e.stop()
            f.stop()
        self.assert_heard(e, f)

    def baresip_call(self, e, f, extension):
        """e dials the extension, f answers automatically; 2 s of tones, DTMF both ways, e hangs up."""
        e.dial("sip:%s@%s" % (extension, SERVER))
        self.talk(e, f)

    def talk(self, e, f):
        """Once e and f are in a call with each other: 2 s of tones, DTMF both ways, e hangs up."""
        for x in (e, f):
            self.assertIsNotNone(x.wait_event("CALL_ESTABLISHED", 15), "%s: call not established: %s\n%s"
                                 % (x.name, x.event_types(), x.log()))
        time.sleep(2)
        e.send_digits("1593#")
        f.send_digits("*02")
        time.sleep(1.5)
        self.assertEqual(f.dtmf_received(), "1593#", "DTMF %s -> %s\n%s" % (e.name, f.name, f.log(30)))
        self.assertEqual(e.dtmf_received(), "*02", "DTMF %s -> %s\n%s" % (f.name, e.name, e.log(30)))
        e.hangup()
        self.assertIsNotNone(f.wait_event("CALL_CLOSED", 10), "%s never saw the hang-up\n%s" % (f.name, f.log()))

    def assert_heard(self, e, f):
        """Each side recorded (sndfile, decoded) several seconds of the other's tone: e sends 440 Hz, f 1000 Hz."""
        for x, hz, peer in ((e, 1000, f.name), (f, 440, e.name)):
            dec = x.recordings()["dec"]
            self.assertTrue(dec, "%s recorded nothing (sndfile) in %s" % (x.name, x.dir))
            seconds = sip.wav_seconds(dec[-1])
            rms = sip.wav_rms(dec[-1], skip_seconds=0.5)
            tone = sip.wav_tone_hz(dec[-1])
            self.assertGreater(seconds, 2.5, "%s: %.1f s recorded" % (x.name, seconds))
            self.assertGreater(rms, 1000, "%s hears silence from %s (RMS %.0f)" % (x.name, peer, rms))
            self.assertAlmostEqual(tone, hz, delta=hz * 0.1,
                                   msg="%s must hear %s's %d Hz tone, heard ~%.0f Hz" % (x.name, peer, hz, tone))


# ---------------------------------------------------------------------------------------- runner


if __name__ == "__main__":
    sys.exit(runner.run_module(sys.modules[__name__], sys.argv[1:], RUN))
