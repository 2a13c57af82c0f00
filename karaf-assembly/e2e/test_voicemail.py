#!/usr/bin/env python3
"""End-to-end tests of voicemail and the Message Center with real SIP phones.

    cd <checkout> && python3 karaf-assembly/e2e/test_voicemail.py [-v] [Class[.test]]

One distribution (embedded H2) with SIP on 127.0.0.1:25660, its relay on 27600-27699 and the media engine on
27700-27899. Users, extensions, handsets and call routes are provisioned over REST. The phones are headless
baresips (RFC 4733 digits; each one's microphone a known WAV: speech-like audio after some silence, from
audio.py) whose sndfile dumps are what each phone heard; message lamps are watched with sip.MwiWatcher
(SUBSCRIBE message-summary), alert mail with smtp_sink.SmtpSink.

Every test asserts what a client observes: the audio heard correlates with the audio sent (audio.best_match),
NOTIFY bodies, mailbox counts (GET v1/mailboxes), presence (GET v1/users), calls reaching a phone, mail.

Needs: baresip (g711, aufile, sndfile, ctrl_tcp modules), curl, openssl, Java 17. Prints `N passed, N failed`.
"""

import os
import signal
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import audio  # noqa: E402
import pbx  # noqa: E402
import runner  # noqa: E402
import sip  # noqa: E402
import smtp_sink  # noqa: E402

PORTS = dict(http_port=18381, ssh_port=18301, rmi_ports=(11299, 44555))
SIP_PORT = 25660
SIP_SETTINGS = {"relayPortMin": 27600, "relayPortMax": 27699}
MEDIA_SETTINGS = {"portMinimum": 27700, "portMaximum": 27899}
BARESIP_PORT_BASE = 26100   # blocks of 40: SIP, ctrl_tcp at +5, RTP at +100..+119
MWI_PORT_BASE = 25690
ADMIN_PASSWORD = "Adm1n-vm-e2e"
PIN = "2580"

# login, full name, extension; each user gets handset <login>-phone (line 1 rung by the extension's route)
PEOPLE = [("alice", "Alice Caller", "201"), ("bob", "Bob Mailbox", "202"), ("carol", "Carol Colleague", "203"),
          ("dave", "Dave Operator", "204")]

RUN = runner.Run("branchline-e2e-voicemail-", "baresip logs and recordings, karaf.log", before_stop=sip.stop_all)


def speech_wav(path, seed, silence_before):
    """A WAV of `silence_before` seconds of silence, then 7 s of speech-like audio (seed); returns the path of
    the speech alone too, for comparing."""
    speech = audio.speech_like(seed=seed)
    audio.write_wav(path, [0.0] * int(silence_before * audio.RATE) + speech)
    alone = path.replace(".wav", "-speech.wav")
    audio.write_wav(alone, speech)
    return alone


class VoicemailTests(unittest.TestCase):
    dist = None
    admin = None
    stations = {}
    _next_baresip = BARESIP_PORT_BASE
    _next_mwi = MWI_PORT_BASE

    @classmethod
    def setUpClass(cls):
        cls.work = os.path.join(RUN.workroot(), "voicemail")
        cls.dist = pbx.Distribution(cls.work, sip_port=SIP_PORT, sip_settings=SIP_SETTINGS,
                                    media_settings=MEDIA_SETTINGS, **PORTS)
        RUN.live.append(cls.dist)
        cls.dist.start()
        cls.admin = cls._admin_credentials()
        cls._provision()

    @classmethod
    def tearDownClass(cls):
        sip.stop_all()
        if cls.dist is not None:
            cls.dist.stop()
            if cls.dist in RUN.live:
                RUN.live.remove(cls.dist)

    @classmethod
    def _admin_credentials(cls):
        login, initial = cls.dist.initial_admin
        r = cls.dist.rest("PUT", "v1/me/password", auth=(login, initial),
                          body={"current-password": initial, "new-password": ADMIN_PASSWORD})
        if r.status != 204:
            raise AssertionError("changing the admin's first password: %r" % r)
        return login, ADMIN_PASSWORD

    @classmethod
    def _provision(cls):
        """Users with extensions and PIN 2580; handsets <login>-phone (rung) and <login>-desk (not rung)."""
        for login, name, ext in PEOPLE:
            cls.rest_ok("POST", "v1/users", {"login-name": login, "full-name": name,
                                             "password": login + "-User-pw-1", "pin": PIN}, 201)
            cls.rest_ok("POST", "v1/extensions", {"number": ext, "kind": "USER", "owner": login}, 201)
            for handset in ("phone", "desk"):
                h = cls.rest_ok("POST", "v1/handsets", {"login-id": "%s-%s" % (login, handset), "lines": 1,
                                                        "password": cls.password(login, handset), "owner": login,
                                                        "description": login + " " + handset}, 201)
                cls.stations["%s-%s" % (login, handset)] = str(h["appearances"][0]["user-id"])
            # the extension rings the user's phone only, one ring, then voicemail (the Finally default)
            cls.rest_ok("PUT", "v1/extensions/%s/routes" % ext, {"presences": ["all"], "routes": {"primary": {
                "attempts": [{"destinations": [{"kind": "CALL_APPEARANCE", "target": cls.stations[login + "-phone"],
                                                "rings": 1}]}],
                "final-action": {"kind": "VOICEMAIL", "extension": ext}}}}, 200)

    @classmethod
    def rest_ok(cls, method, path, body=None, status=200):
        r = cls.dist.rest(method, path, auth=cls.admin, body=body)
        if r.status != status:
            raise AssertionError("%s %s %s: %r" % (method, path, body, r))
        return r.json

    @staticmethod
    def password(login, handset):
        return "%s-%s-pw-1" % (login.capitalize(), handset)

    # ------------------------------------------------------------------ phones
    def phone(self, login, handset="desk", microphone=None):
        """A registered baresip for the user's handset; microphone: a WAV, else a 440 Hz tone."""
        port = VoicemailTests._next_baresip
        VoicemailTests._next_baresip += 40
        name = "%s-%s" % (login, handset)
        kw = {"audio_file": microphone} if microphone else {"tone_hz": 440}
        b = sip.Baresip(self.work, "%s-%d" % (name, port), SIP_PORT, port, port + 5, name, name,
                        self.password(login, handset), **kw)
        self.addCleanup(b.stop)
        self.assertTrue(b.registered(10), "baresip %s did not register\n%s" % (name, b.log()))
        return b

    def mwi(self, extension, login):
        port = VoicemailTests._next_mwi
        VoicemailTests._next_mwi += 1
        w = sip.MwiWatcher(SIP_PORT, port, extension, login + "-phone", self.password(login, "phone"))
        self.addCleanup(w.close)
        self.assertIn(w.subscribed, (200, 202), "SUBSCRIBE message-summary of %s: %r" % (extension, w.answer))
        return w

    def dial(self, phone, digits, timeout=15):
        since = len(phone.events)
        phone.dial("sip:%s@127.0.0.1:%d" % (digits, SIP_PORT))
        self.assertIsNotNone(phone.wait_event("CALL_ESTABLISHED", timeout, since=since),
                             "%s: %s not answered: %s\n%s" % (phone.name, digits, phone.event_types(), phone.log()))
        return since

    def hang_up(self, phone, since):
        phone.hangup()
        phone.wait_event("CALL_CLOSED", 10, since=since)
        time.sleep(1.1)  # the next call's dump gets a new name (named by the second)

    def mailbox(self, login):
        return self.rest_ok("GET", "v1/mailboxes/%s" % login)

    def wait_mailbox(self, login, new, saved, timeout=20):
        deadline = time.time() + timeout
        while True:
            box = self.mailbox(login)
            if (box["new-messages"], box["saved-messages"]) == (new, saved) or time.time() > deadline:
                break
            time.sleep(0.5)
        self.assertEqual((new, saved), (box["new-messages"], box["saved-messages"]), "mailbox of %s" % login)

    def assert_heard(self, phone, speech, what, minimum=0.6):
        heard = phone.last_recording()
        self.assertTrue(heard, "%s recorded nothing" % phone.name)
        correlation, lag = audio.best_match(speech, heard)
        print("  %s heard %s: correlation %.3f at %.1f s" % (phone.name, what, correlation, lag))
        self.assertGreater(correlation, minimum, "%s did not hear %s (correlation %.3f)"
                           % (phone.name, what, correlation))

    def leave_message(self, caller, extension, seconds):
        """The caller dials the extension, nobody answers, voicemail records; hangs up after `seconds`."""
        since = self.dial(caller, extension, timeout=20)
        time.sleep(seconds)
        self.hang_up(caller, since)

    def message_center(self, phone, digits, seconds, dial="404"):
        """Dials the Message Center, types `digits` (PIN and menu choices, typed ahead), stays `seconds`."""
        since = self.dial(phone, dial)
        phone.send_digits(digits, gap=0.25)
        time.sleep(seconds)
        self.hang_up(phone, since)

    # ------------------------------------------------------------------ tests
    def test_01_a_message_left_is_heard_back_and_lights_the_lamp(self):
        message = os.path.join(self.work, "message-1.wav")
        speech = speech_wav(message, seed=1, silence_before=8)
        lamp = self.mwi("202", "bob")
        self.assertIsNotNone(lamp.wait_for(lambda s: s["voice"] == (0, 0), 5), "first NOTIFY: %r" % lamp.bodies)

        alice = self.phone("alice", microphone=message)
        self.leave_message(alice, "202", seconds=18)
        self.assertIsNotNone(lamp.wait_for(lambda s: s["waiting"] and s["voice"] == (1, 0), 15),
                             "bob's lamp never lit: %r" % lamp.bodies)
        self.wait_mailbox("bob", 1, 0)

        bob = self.phone("bob")
        self.message_center(bob, PIN + "#1", seconds=30)
        self.assert_heard(bob, speech, "alice's message")
        self.assertIsNotNone(lamp.wait_for(lambda s: not s["waiting"] and s["voice"] == (0, 1), 10),
                             "bob's lamp still lit after listening: %r" % lamp.bodies)
        self.wait_mailbox("bob", 0, 1)


if __name__ == "__main__":
    sys.exit(runner.run_module(sys.modules[__name__], sys.argv[1:], RUN))
