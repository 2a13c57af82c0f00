"""What the test classes that call through one distribution of their own share: starting and stopping it,
admin REST calls that must succeed, users with extensions and handsets, dialing from a baresip, reading karaf.log.

A subclass names RUN (a runner.Run), WORK (its folder), PORTS, SIP_PORT, SIP_SETTINGS, MEDIA_SETTINGS,
ADMIN_PASSWORD and _next_baresip (the first of its phones' ports), and calls start_distribution() from its
setUpClass."""
import os
import re
import time
import unittest

import pbx
import sip


class PbxCase(unittest.TestCase):
    dist = None
    admin = None
    work = None

    @classmethod
    def start_distribution(cls):
        cls.work = os.path.join(cls.RUN.workroot(), cls.WORK)
        cls.dist = pbx.Distribution(cls.work, sip_port=cls.SIP_PORT, sip_settings=cls.SIP_SETTINGS,
                                    media_settings=cls.MEDIA_SETTINGS, **cls.PORTS)
        cls.RUN.live.append(cls.dist)
        cls.dist.start()
        cls.admin = cls.dist.admin_login(cls.ADMIN_PASSWORD)

    @classmethod
    def tearDownClass(cls):
        cls.RUN.stop(cls.dist)

    @classmethod
    def rest_ok(cls, method, path, body=None, status=200):
        r = cls.dist.rest(method, path, auth=cls.admin, body=body)
        if r.status != status:
            raise AssertionError("%s %s %s: %r" % (method, path, body, r))
        return r.json

    @classmethod
    def wait_ok(cls, path, timeout=60):
        """Polls GET path until it answers 200: after a start, a feature's services may come up after the admin
        doors (503 until then)."""
        deadline = time.time() + timeout
        while True:
            r = cls.dist.rest("GET", path, auth=cls.admin)
            if r.status == 200 or time.time() > deadline:
                break
            time.sleep(0.5)
        if r.status != 200:
            raise AssertionError("GET %s still %r after %d s" % (path, r, timeout))
        return r.json

    @classmethod
    def add_user(cls, login, name, extension, pin="2580"):
        """A user (password <login>-User-pw-1) with a PIN and a user extension."""
        cls.rest_ok("POST", "v1/users", {"login-name": login, "full-name": name,
                                         "password": login + "-User-pw-1", "pin": pin}, 201)
        cls.rest_ok("POST", "v1/extensions", {"number": extension, "kind": "USER", "owner": login}, 201)

    @staticmethod
    def phone_password(login):
        return "%s-phone-pw-1" % login.capitalize()

    @classmethod
    def add_people(cls, people, pin="2580"):
        """Each (login, full name, extension) a user with a one-line handset <login>-phone."""
        for login, name, extension in people:
            cls.add_user(login, name, extension, pin)
            cls.add_handset(login + "-phone", cls.phone_password(login), login)

    @classmethod
    def add_handset(cls, login_id, password, owner):
        """A one-line handset owned by `owner`; returns its station number."""
        h = cls.rest_ok("POST", "v1/handsets", {"login-id": login_id, "lines": 1, "password": password,
                                                "owner": owner, "description": login_id}, 201)
        return str(h["appearances"][0]["user-id"])

    def dial(self, phone, digits, timeout=15):
        """The phone dials `digits` and the call must be answered; returns the index of its events before."""
        since = len(phone.events)
        phone.dial("sip:%s@127.0.0.1:%d" % (digits, self.SIP_PORT))
        self.assertIsNotNone(phone.wait_event("CALL_ESTABLISHED", timeout, since=since),
                             "%s: %s not answered: %s\n%s" % (phone.name, digits, phone.event_types(), phone.log()))
        return since

    def log_size(self):
        return os.path.getsize(self.dist.karaf_log)

    def log_since(self, offset):
        with open(self.dist.karaf_log, errors="replace") as f:
            f.seek(offset)
            return f.read()

    def wait_log(self, text, since, timeout=60):
        """Waits until karaf.log, after `since` bytes, holds `text`."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if text in self.log_since(since):
                return
            time.sleep(0.5)
        self.fail("karaf.log never said %r\n%s" % (text, self.dist.log_tail()))

    def registered_phone(self, label, login_id, password, folder=None, **microphone):
        """A baresip (folder baresip-<label>-<port> under the work folder, or `folder`) registered as login_id,
        on the class's next block of 40 ports; stopped when the test ends."""
        cls = type(self)
        port = cls._next_baresip
        cls._next_baresip += 40
        b = sip.Baresip(folder or self.work, "%s-%d" % (label, port), self.SIP_PORT, port, port + 5, login_id,
                        login_id, password, **microphone)
        self.addCleanup(b.stop)
        self.assertTrue(b.registered(10), "baresip %s did not register\n%s" % (login_id, b.log()))
        return b

    def refused(self, phone, digits):
        """Dials and returns the SIP status of the refusal (the call must not be answered)."""
        since = len(phone.events)
        phone.dial("sip:%s@127.0.0.1:%d" % (digits, self.SIP_PORT))
        closed = phone.wait_event(("CALL_CLOSED", "CALL_ESTABLISHED"), 15, since=since)
        self.assertIsNotNone(closed, "%s: no answer to %s\n%s" % (phone.name, digits, phone.log()))
        self.assertEqual("CALL_CLOSED", closed["type"], "%s was answered: %r" % (digits, closed))
        status = re.search(r"\b([3-6]\d\d)\b", str(closed.get("param", "")))
        return int(status.group(1)) if status else None
