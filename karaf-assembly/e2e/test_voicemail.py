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

import glob
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import audio  # noqa: E402
import pbx  # noqa: E402
import pbx_case  # noqa: E402
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
VOICEMAIL_NS = "urn:branchline:admin:voicemail:1"
RECORDING_STARTS = 12   # seconds into a Message Center call by which a recording has surely begun

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


class VoicemailTests(pbx_case.PbxCase):
    RUN, WORK, PORTS, SIP_PORT, ADMIN_PASSWORD = RUN, "voicemail", PORTS, SIP_PORT, ADMIN_PASSWORD
    SIP_SETTINGS, MEDIA_SETTINGS = SIP_SETTINGS, MEDIA_SETTINGS
    stations = {}
    _next_baresip = BARESIP_PORT_BASE
    _next_mwi = MWI_PORT_BASE

    @classmethod
    def setUpClass(cls):
        cls.start_distribution()
        cls._provision()

    @classmethod
    def _provision(cls):
        """Users with extensions and PIN 2580; handsets <login>-phone (rung) and <login>-desk (not rung)."""
        for login, name, ext in PEOPLE:
            cls.add_user(login, name, ext, PIN)
            for handset in ("phone", "desk"):
                station = "%s-%s" % (login, handset)
                cls.stations[station] = cls.add_handset(station, cls.password(login, handset), login)
            # the extension rings the user's phone only, one ring, then voicemail (the Finally default)
            cls.rest_ok("PUT", "v1/extensions/%s/routes" % ext, {"presences": ["all"], "routes": {"primary": {
                "attempts": [{"destinations": [{"kind": "CALL_APPEARANCE", "target": cls.stations[login + "-phone"],
                                                "rings": 1}]}],
                "final-action": {"kind": "VOICEMAIL", "extension": ext}}}}, 200)

    @staticmethod
    def password(login, handset):
        return "%s-%s-pw-1" % (login.capitalize(), handset)

    # ------------------------------------------------------------------ phones
    def phone(self, login, handset="desk", microphone=None):
        """A registered baresip for the user's handset; microphone: a WAV, else a 440 Hz tone."""
        name = "%s-%s" % (login, handset)
        kw = {"audio_file": microphone} if microphone else {"tone_hz": 440}
        return self.registered_phone(name, name, self.password(login, handset), **kw)

    def mwi(self, extension, login):
        port = VoicemailTests._next_mwi
        VoicemailTests._next_mwi += 1
        w = sip.MwiWatcher(SIP_PORT, port, extension, login + "-phone", self.password(login, "phone"))
        self.addCleanup(w.close)
        self.assertIn(w.subscribed, (200, 202), "SUBSCRIBE message-summary of %s: %r" % (extension, w.answer))
        return w

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
        self.assert_answered_by("202", "voicemail")
        self.assert_answered_by("404", "message-center")

    def assert_answered_by(self, dialed, application):
        """The newest call record of a call to `dialed` says when and by which application it was answered."""
        deadline = time.time() + 10
        while True:
            calls = [c for c in self.rest_ok("GET", "v1/calls") if c.get("to") == dialed]   # newest first
            if calls or time.time() > deadline:
                break
            time.sleep(0.5)
        self.assertTrue(calls, "no call record of a call to %s" % dialed)
        self.assertEqual(application, calls[0].get("answered-by"), calls[0])
        self.assertTrue(calls[0].get("answered"), "the call to %s has no answer time: %r" % (dialed, calls[0]))

    # ------------------------------------------------------------------ more helpers
    def record_in_message_center(self, login, menu, seed, finish="1", pin=PIN, dial="404"):
        """Logs in, types `menu` (which ends in a recording), speaks the seed's audio, ends the recording with #,
        then types `finish` (e.g. 1 = save/send). Returns the speech alone (for comparing)."""
        mic = os.path.join(self.work, "%s-seed%d.wav" % (login, seed))
        speech = speech_wav(mic, seed=seed, silence_before=RECORDING_STARTS)
        phone = self.phone(login, microphone=mic)
        since = self.dial(phone, dial)
        phone.send_digits(pin + "#" + menu, gap=0.25)
        time.sleep(RECORDING_STARTS + 7.5 - (len(pin) + 1 + len(menu)) * 0.25)
        phone.send_digits("#" + finish, gap=0.5)
        time.sleep(4)
        self.hang_up(phone, since)
        return speech

    def presence_of(self, login):
        return self.rest_ok("GET", "v1/users/%s" % login)["presence"]

    def set_presence(self, login, presence):
        self.rest_ok("PUT", "v1/users/%s/presence" % login, {"presence": presence})

    def counts(self, login):
        box = self.mailbox(login)
        return box["new-messages"], box["saved-messages"]

    def wait_counts(self, login, predicate, what, timeout=20):
        deadline = time.time() + timeout
        while not predicate(self.counts(login)) and time.time() < deadline:
            time.sleep(0.5)
        self.assertTrue(predicate(self.counts(login)), "mailbox of %s: %s, got %r" % (login, what, self.counts(login)))

    def answered_by(self, phone, since, timeout=20):
        self.assertIsNotNone(phone.wait_event("CALL_ESTABLISHED", timeout, since=since),
                             "%s never got the call: %s" % (phone.name, phone.event_types()))

    # ------------------------------------------------------------------ greetings, names, PIN
    def test_01b_the_voicemail_soap_door_reads_what_rest_reads(self):
        s = self.dist.soap("getMailbox", {"owner": "dave"}, auth=self.admin, endpoint="voicemail", ns=VOICEMAIL_NS)
        self.assertIsNone(s.fault_code, s)
        box = pbx.element_to_dict(s.returns()[0])
        rest = self.mailbox("dave")
        self.assertEqual((str(rest["new-messages"]), str(rest["saved-messages"])),
                         (box.get("newMessages"), box.get("savedMessages")), s)
        s = self.dist.soap("updateVoicemailAlerts", [("owner", "dave")], auth=self.admin, endpoint="voicemail",
                           ns=VOICEMAIL_NS)
        self.assertEqual("soap:Client", s.fault_code, s)
        self.assertIn("mode", s.fault_string, s)

    def test_02_a_greeting_per_presence_and_announce_only(self):
        greeting = self.record_in_message_center("bob", "433" + "1", seed=2, finish="1##" + "13")
        deadline = time.time() + 10
        while self.presence_of("bob") != "ON_VACATION" and time.time() < deadline:
            time.sleep(0.5)
        self.assertEqual("ON_VACATION", self.presence_of("bob"), "presence set from the Message Center (4, 1, 3)")

        alice = self.phone("alice")
        before = self.counts("bob")
        self.leave_message(alice, "202", seconds=20)
        self.assert_heard(alice, greeting, "bob's On Vacation greeting")
        self.wait_counts("bob", lambda c: c[0] == before[0] + 1, "a message left after the greeting")

        bob = self.phone("bob")
        self.message_center(bob, PIN + "#433" + "4", seconds=6)     # announce only for On Vacation
        before = self.counts("bob")
        since = self.dial(alice, "202", timeout=20)
        self.assertIsNotNone(alice.wait_event("CALL_CLOSED", 40, since=since),
                             "announce only: the server must hang up after the greeting")
        time.sleep(1.1)
        self.assert_heard(alice, greeting, "the announce-only greeting")
        self.assertEqual(before, self.counts("bob"), "announce only: no message may be left")

        self.message_center(bob, PIN + "#433" + "4", seconds=6)     # callers may leave messages again
        self.set_presence("bob", "IN_OFFICE")

    def test_03_a_recorded_name_replaces_the_extension_in_call_answering(self):
        name = self.record_in_message_center("carol", "422", seed=3, finish="1")
        alice = self.phone("alice")
        self.leave_message(alice, "203", seconds=20)
        self.assert_heard(alice, name, "carol's recorded name")

    def test_04_the_pin_changes_from_the_message_center(self):
        dave = self.phone("dave")
        self.message_center(dave, PIN + "#45" + "123#", seconds=8)          # too short: refused
        self.message_center(dave, PIN + "#41" + "5", seconds=6)             # the old PIN still works
        self.assertEqual("AT_HOME", self.presence_of("dave"))
        self.message_center(dave, PIN + "#45" + "13579#13579#", seconds=10)
        self.message_center(dave, "13579#41" + "7", seconds=6)              # the new one logs in
        self.assertEqual("BUSY", self.presence_of("dave"))
        self.message_center(dave, PIN + "#41" + "2", seconds=12)            # the old one no longer does
        self.assertEqual("BUSY", self.presence_of("dave"))
        self.message_center(dave, "13579#411", seconds=6)
        self.assertEqual("IN_OFFICE", self.presence_of("dave"))
        self.rest_ok("PUT", "v1/users/dave", {"pin": PIN})

    # ------------------------------------------------------------------ send, forward, reply, delete, call back
    def test_05_send_forward_reply_delete_and_call_the_sender(self):
        alice_before, dave_before, bob_before = self.counts("alice"), self.counts("dave"), self.counts("bob")
        sent = self.record_in_message_center("bob", "3" + "204#" + "#", seed=4, finish="1")
        self.wait_counts("dave", lambda c: c[0] == dave_before[0] + 1, "bob's message sent with 3")

        # dave hears it; *2 during it forwards it to alice with an introduction (# ends it, 1 sends);
        # then 1 replies to bob (# and 1 again) and 3 deletes it
        dave = self.phone("dave")
        since = self.dial(dave, "404")
        dave.send_digits(PIN + "#" + "1" * (dave_before[0] + 1), gap=0.25)
        time.sleep(6)
        for keys, pause in (("*2" + "201#" + "#", 11), ("#1", 4), ("1", 9), ("#1", 4), ("3", 4)):
            dave.send_digits(keys, gap=0.3)
            time.sleep(pause)
        self.hang_up(dave, since)
        self.wait_counts("alice", lambda c: c[0] == alice_before[0] + 1, "the message forwarded with *2")
        self.wait_counts("bob", lambda c: c[0] == bob_before[0] + 1, "the reply to bob (1)")
        self.wait_counts("dave", lambda c: c == (dave_before[0], dave_before[1]), "the message deleted with 3")

        alice = self.phone("alice")
        self.message_center(alice, PIN + "#1", seconds=30)
        self.assert_heard(alice, sent, "the forwarded message after dave's introduction")

        # bob's newest message is dave's reply, from an internal caller: 9 calls dave back
        dave_phone = self.phone("dave", handset="phone")
        since = len(dave_phone.events)
        bob = self.phone("bob")
        call = self.dial(bob, "404")
        bob.send_digits(PIN + "#1" + "6" * (self.counts("bob")[0] - 1) + "9", gap=0.25)
        self.answered_by(dave_phone, since, timeout=25)
        self.hang_up(bob, call)

    # ------------------------------------------------------------------ leaving a message: keys
    def test_06_keys_while_leaving_a_message(self):
        dave_phone = self.phone("dave", handset="phone")
        alice = self.phone("alice")
        # * + extension during the greeting transfers at once
        since = len(dave_phone.events)
        call = self.dial(alice, "202", timeout=20)
        alice.send_digits("*204#", gap=0.25)
        self.answered_by(dave_phone, since)
        self.hang_up(alice, call)

        # 0 reaches the operator extension of the user's settings
        self.rest_ok("PUT", "v1/users/bob", {"settings": {"operator-extension": "204"}})
        since = len(dave_phone.events)
        call = self.dial(alice, "202", timeout=20)
        alice.send_digits("0", gap=0.25)
        self.answered_by(dave_phone, since)
        self.hang_up(alice, call)

        # 3 + extension during the greeting leaves the message in that mailbox instead
        carol_before, bob_before = self.counts("carol"), self.counts("bob")
        call = self.dial(alice, "202", timeout=20)
        alice.send_digits("3203#", gap=0.25)
        time.sleep(14)
        self.hang_up(alice, call)
        self.wait_counts("carol", lambda c: c[0] == carol_before[0] + 1, "a message left with 3 + 203")
        self.assertEqual(bob_before, self.counts("bob"))

        # # skips the greeting: the message starts right away
        mic = os.path.join(self.work, "alice-seed5.wav")
        speech = speech_wav(mic, seed=5, silence_before=2)
        talker = self.phone("alice", handset="phone", microphone=mic)
        bob_before = self.counts("bob")
        call = self.dial(talker, "202", timeout=20)
        talker.send_digits("#", gap=0.1)
        time.sleep(11)
        # * + extension after the message: it is delivered, then the call goes to dave
        since = len(dave_phone.events)
        talker.send_digits("*204#", gap=0.25)
        self.answered_by(dave_phone, since)
        self.hang_up(talker, call)
        self.wait_counts("bob", lambda c: c[0] == bob_before[0] + 1, "the message before the transfer")
        bob = self.phone("bob")
        self.message_center(bob, PIN + "#1" + "6" * (self.counts("bob")[0] - 1), seconds=25)
        self.assert_heard(bob, speech, "a message whose greeting was skipped with #")

    def test_07_other_doors_star_extension_and_outside_lines(self):
        # 6 + extension from another user's phone: that mailbox's PIN, then 4 1 2 sets its owner's presence
        carol = self.phone("carol")
        self.message_center(carol, PIN + "#412", seconds=8, dial="6202")
        self.assertEqual("AT_A_MEETING", self.presence_of("bob"))
        self.set_presence("bob", "IN_OFFICE")

        # the phone's voicemail key (sip:voicemail@server); 7 (outside line) is refused and * + extension
        # calls that extension
        dave_phone = self.phone("dave", handset="phone")
        bob = self.phone("bob")
        since = len(dave_phone.events)
        call = self.dial(bob, "voicemail")
        bob.send_digits(PIN + "#7", gap=0.25)
        time.sleep(5)
        bob.send_digits("*204#", gap=0.25)
        self.answered_by(dave_phone, since)
        self.hang_up(bob, call)

    # ------------------------------------------------------------------ durability and alerts
    def test_08_a_kill_during_the_recording_keeps_the_message(self):
        mic = os.path.join(self.work, "alice-seed6.wav")
        speech_wav(mic, seed=6, silence_before=6)
        alice = self.phone("alice", handset="phone", microphone=mic)
        before = self.counts("dave")
        self.dial(alice, "204", timeout=20)
        time.sleep(13)
        self.dist.kill()
        sip.stop_all()
        self.dist.start()
        self.wait_ok("v1/mailboxes/dave")
        self.wait_counts("dave", lambda c: c[0] == before[0] + 1, "the message recorded until the kill")

    def test_09_a_new_message_sends_the_notification_mail(self):
        with smtp_sink.SmtpSink(users={"pbx": "Relay-pw-1"}, require_tls=True) as sink:
            cfg = self.dist.path("etc", "org.branchline.voicemail.notify.cfg")
            for key, value in {"relayHost": "127.0.0.1", "port": sink.port, "tls": "required-starttls",
                               "trustAllCertificates": "true", "username": "pbx", "password": "Relay-pw-1",
                               "fromAddress": "voicemail@branchline.test"}.items():
                pbx.set_or_add_property(cfg, key, value)
            time.sleep(4)  # fileinstall hands the change to the alerts component
            r = self.dist.rest("PUT", "v1/mailboxes/dave/alerts", auth=self.admin,
                               body={"mode": "SOMETIMES", "recipients": ["dave@sms.test"]})
            self.assertEqual(400, r.status, "an unknown mode: %r" % r)
            self.assertIn("mode", r.text)
            self.rest_ok("PUT", "v1/mailboxes/dave/alerts", {"mode": "NOTIFICATION", "recipients": ["5551234@sms.test"]})
            alice = self.phone("alice")
            self.leave_message(alice, "204", seconds=14)
            mail = sink.wait_for(1, 30)[0]
            self.assertEqual(["5551234@sms.test"], mail.rcpt_to)
            self.assertTrue(mail.tls and mail.login == "pbx", "sent over STARTTLS with AUTH")
            text = mail.message.get_content()
            self.assertIn("dave", text)
            self.assertIn("201", text)
            self.assertIn("new message", text)

    # ------------------------------------------------------------------ music on hold
    def test_10_music_on_hold_for_held_and_parked_calls(self):
        music = audio.read_ulaw(os.path.join(pbx.PROJECT, "resources", "prompts", "music", "moh_supplied.snd"),
                                seconds=6)
        dave = self.phone("dave", handset="phone")
        alice = self.phone("alice", handset="phone")
        for put_away in (["hold"], ["transfer", "sip:700@127.0.0.1:%d" % SIP_PORT]):
            since = len(dave.events)
            call = self.dial(alice, "204", timeout=20)
            self.answered_by(dave, since)
            time.sleep(2)
            dave.command(*put_away)
            time.sleep(9)
            self.hang_up(alice, call)
            self.assert_heard(alice, music, "music on hold after %s" % put_away[0])
            dave.hangup()
            time.sleep(1)

    def test_11_a_call_transferred_to_a_busy_colleague_reaches_their_voicemail(self):
        # bob's phone does not answer: his route's Finally voicemail takes the transferred caller
        self.transferred_caller_leaves_bob_a_message("202", seed=7, silence_before=16, talk_seconds=27)

    def test_12_a_full_mailbox_says_so_and_keeps_nothing(self):
        self.assertGreater(sum(self.counts("carol")), 0, "carol's mailbox holds messages from earlier tests")
        self.rest_ok("PUT", "v1/users/carol", {"settings": {"maximum-voicemails": "1"}})
        self.addCleanup(self.rest_ok, "PUT", "v1/users/carol", {"settings": {"maximum-voicemails": "100"}})
        alice = self.phone("alice")
        before = self.counts("carol")
        since = self.dial(alice, "3203", timeout=20)       # 3 + extension: straight to the mailbox
        self.assertIsNotNone(alice.wait_event("CALL_CLOSED", 20, since=since),
                             "a full mailbox says so and hangs up")
        time.sleep(1.1)
        full = audio.read_ulaw(os.path.join(pbx.PROJECT, "resources", "prompts", "en", "vm", "mailbox-full.snd"))
        self.assert_heard(alice, full, "the mailbox-full prompt")
        self.assertEqual(before, self.counts("carol"))

    def test_13_a_parked_call_timing_out_reaches_voicemail_through_the_call_core(self):
        """dave parks alice (transfer to 700); the Call Park timeout (10 s) sends her to bob's extension as a call
        dialed there, through the call core; bob's phone does not answer, so his route's Finally voicemail runs the
        voicemail application on alice's leg, and what she says is bob's new message."""
        self.rest_ok("PUT", "v1/call-park", {"timeout-seconds": 10, "timeout-extension": "202"})
        self.addCleanup(self.rest_ok, "PUT", "v1/call-park", {"timeout-seconds": 600, "timeout-extension": None})
        self.transferred_caller_leaves_bob_a_message("700", seed=9, silence_before=24, talk_seconds=36)
        log = self.dist.log_tail(400)
        self.assertIn("ringing 202", log, "the call-features application sent the parked call on")
        self.assertIn("taken by voicemail 202 on the call core", log,
                      "the call core ran voicemail on the parked leg")

    def transferred_caller_leaves_bob_a_message(self, target, seed, silence_before, talk_seconds):
        """alice calls dave (204), who transfers her to `target`; she talks for `talk_seconds` (speech after
        `silence_before` s) and what she says is bob's new message."""
        mic = os.path.join(self.work, "alice-seed%d.wav" % seed)
        speech = speech_wav(mic, seed=seed, silence_before=silence_before)
        dave = self.phone("dave", handset="phone")
        alice = self.phone("alice", handset="phone", microphone=mic)
        before = self.counts("bob")
        since = len(dave.events)
        call = self.dial(alice, "204", timeout=20)
        self.answered_by(dave, since)
        time.sleep(1)
        dave.command("transfer", "sip:%s@127.0.0.1:%d" % (target, SIP_PORT))
        time.sleep(talk_seconds)
        self.hang_up(alice, call)
        self.wait_counts("bob", lambda c: c[0] == before[0] + 1, "the message of alice, transferred to " + target)
        newest = max(glob.glob(self.dist.path("data", "voicemail", "bob", "messages", "*.snd")), key=os.path.getmtime)
        correlation, _ = audio.best_match(speech, audio.read_ulaw(newest))
        self.assertGreater(correlation, 0.6, "the message is what alice said after her transfer to " + target)

if __name__ == "__main__":
    sys.exit(runner.run_module(sys.modules[__name__], sys.argv[1:], RUN))
