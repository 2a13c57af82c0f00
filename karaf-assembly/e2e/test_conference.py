#!/usr/bin/env python3
"""End-to-end tests of the conference center (408) with real SIP phones.

    cd <checkout> && python3 karaf-assembly/e2e/test_conference.py [-v] [Class[.test]]

One distribution (embedded H2) with SIP on 127.0.0.1:25860, its relay on 28100-28199 and the media engine on
28000-28099. Feature branchline-conference is in the distribution's system repository but not booted: the
Conference Center feature key (signed by the vendor tool, installed and removed over REST) starts and stops it
while the server runs. The phones are headless
baresips (RFC 4733 digits; each microphone a known WAV from audio.py: silence, then speech-like audio), whose
sndfile dumps are what each phone heard.

Every test asserts what a client observes: the SIP status of a refused call, calls ended by the server (BYE),
and the audio heard, compared with the audio sent (audio.best_match).

Needs: baresip (g711, aufile, sndfile, ctrl_tcp modules), curl, sshpass, ssh, Java 17. Prints `N passed, N failed`.
"""

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

PORTS = dict(http_port=18481, ssh_port=18401, rmi_ports=(11399, 44655))
SIP_PORT = 25860
SIP_SETTINGS = {"relayPortMin": 28100, "relayPortMax": 28199}
MEDIA_SETTINGS = {"portMinimum": 28000, "portMaximum": 28099}
BARESIP_PORT_BASE = 26900   # blocks of 40: SIP, ctrl_tcp at +5, RTP at +100..+119
ADMIN_PASSWORD = "Adm1n-conf-e2e"
CONFERENCE = "408"
FEATURE = "branchline-conference"
KEY_ID = "e2e-conference-center"
DIGIT_LOG = "org.branchline.media.internal.session.MediaSessionImpl"

# login, full name, extension; each user gets handset <login>-phone
PEOPLE = [("alice", "Alice Talker", "201"), ("bob", "Bob Talker", "202"), ("carol", "Carol Listener", "203"),
          ("dave", "Dave Guesser", "204")]

RUN = runner.Run("branchline-e2e-conference-", "baresip logs and recordings, karaf.log", before_stop=sip.stop_all)


def rms(samples, start_seconds, seconds):
    window = samples[int(start_seconds * audio.RATE):int((start_seconds + seconds) * audio.RATE)]
    return (sum(x * x for x in window) / len(window)) ** 0.5 if window else 0.0


class ConferenceTests(pbx_case.PbxCase):
    RUN, WORK, PORTS, SIP_PORT, ADMIN_PASSWORD = RUN, "conference", PORTS, SIP_PORT, ADMIN_PASSWORD
    SIP_SETTINGS, MEDIA_SETTINGS = SIP_SETTINGS, MEDIA_SETTINGS
    _next_baresip = BARESIP_PORT_BASE

    @classmethod
    def setUpClass(cls):
        cls.start_distribution()
        cls.dist.shell("log:set DEBUG " + DIGIT_LOG, *cls.admin)  # each digit the server hears, for the record
        cls.add_people(PEOPLE)

    # ------------------------------------------------------------------ helpers
    def phone(self, login, microphone):
        """A registered baresip for the user's handset, its microphone a WAV."""
        name = "%s-phone" % login
        return self.registered_phone(name, name, self.phone_password(login), audio_file=microphone)

    def microphone(self, name, silence_before, seed=None, seconds=7.0):
        """A WAV of silence then (with a seed) speech-like audio; returns (path, the speech alone or None)."""
        path = os.path.join(self.work, name + ".wav")
        speech = audio.speech_like(seed=seed, seconds=seconds) if seed is not None else None
        audio.write_wav(path, [0.0] * int(silence_before * audio.RATE) + (speech or []))
        return path, speech

    def shell(self, command, timeout=120):
        r = self.dist.shell(command, *self.admin, timeout=timeout)
        self.assertEqual(0, r.returncode, "%s: %r" % (command, r))
        return r.stdout

    def installed(self):
        return FEATURE + " " in self.shell("feature:list -i").replace("\u2502", " ")

    def install(self):
        """Installs the Conference Center feature key (REST), when it is not yet: licensing starts the feature
        without a restart; waits for the SIP core to take the application."""
        if self.installed():
            return
        since = self.log_size()
        r = self.dist.install_key(self.admin, "CONFERENCE_CENTER", key_id=KEY_ID)
        self.assertEqual(201, r.status, r)
        self.assertTrue(self.installed(), "the key did not start " + FEATURE)
        self.wait_log("conference-center]", since)

    def enter(self, phone, keys):
        """Dials 408 and, once the welcome has begun (as a person would), types `keys` ahead of the prompts."""
        since = self.dial(phone, CONFERENCE)
        time.sleep(1)
        phone.send_digits(keys, gap=0.25)
        return since

    def assert_busy(self, phone):
        """Dialing 408 is refused with 486 Busy Here: the call closes without being answered."""
        self.assertEqual(486, self.refused(phone, CONFERENCE), "408 must give a busy signal")
        time.sleep(1.1)  # the next call's dump gets a new name (named by the second)

    def match(self, phone, speech):
        heard = phone.last_recording()
        self.assertTrue(heard, "%s recorded nothing" % phone.name)
        correlation, lag = audio.best_match(speech, heard)
        return correlation, lag

    def assert_heard(self, phone, speech, what, minimum=0.6):
        correlation, lag = self.match(phone, speech)
        print("  %s heard %s: correlation %.3f at %.1f s" % (phone.name, what, correlation, lag))
        self.assertGreater(correlation, minimum, "%s did not hear %s (correlation %.3f)"
                           % (phone.name, what, correlation))

    def assert_not_heard_back(self, phone, speech, what):
        """While the phone spoke (found in its sent dump), what it heard was far quieter than what it said:
        the bridge leaves each caller's own voice out of its mix."""
        sent = max(phone.recordings()["enc"], key=os.path.getmtime)
        correlation, lag = audio.best_match(speech, sent)
        self.assertGreater(correlation, 0.6, "%s's sent dump holds its speech" % phone.name)
        said = rms(audio.read_wav(sent), lag, len(speech) / audio.RATE)
        heard = rms(audio.read_wav(phone.last_recording()), lag, len(speech) / audio.RATE)
        print("  %s while saying %s: said %.4f, heard %.4f (RMS)" % (phone.name, what, said, heard))
        self.assertLess(heard, 0.1 * said, "%s heard %s back" % (phone.name, what))

    # ------------------------------------------------------------------ tests
    def test_01_without_the_feature_408_is_busy(self):
        self.assertFalse(self.installed(), "the conference center is not booted")
        self.assertIn(FEATURE, self.shell("feature:list"), "but it is in the distribution's repository")
        mic, _ = self.microphone("dave-quiet", 5)
        self.assert_busy(self.phone("dave", mic))

    def test_02_installed_three_callers_hear_each_other_and_not_themselves(self):
        self.install()
        mic_a, speech_a = self.microphone("alice-mic", 18, seed=21)
        mic_b, speech_b = self.microphone("bob-mic", 30, seed=22)
        mic_c, _ = self.microphone("carol-mic", 45)
        alice, bob, carol = self.phone("alice", mic_a), self.phone("bob", mic_b), self.phone("carol", mic_c)
        calls = [(p, self.enter(p, "480#480#")) for p in (alice, bob, carol)]
        time.sleep(38)
        for p, since in calls:
            self.assertNotIn("CALL_CLOSED", [e.get("type") for e in p.events[since:]],
                             "%s's conference call ended early\n%s" % (p.name, p.log()))
        for p, since in calls:
            p.hangup()
            p.wait_event("CALL_CLOSED", 10, since=since)
        time.sleep(1.1)
        self.assert_heard(bob, speech_a, "alice")
        self.assert_heard(carol, speech_a, "alice")
        self.assert_heard(alice, speech_b, "bob")
        self.assert_heard(carol, speech_b, "bob")
        self.assert_not_heard_back(alice, speech_a, "her own voice")
        self.assert_not_heard_back(bob, speech_b, "his own voice")

    def test_03_a_wrong_password_is_refused(self):
        self.install()
        mic, _ = self.microphone("dave-guess", 60)
        dave = self.phone("dave", mic)
        logged = self.log_size()
        since = self.enter(dave, "480#")
        for guess in ("111#", "222#", "333#"):
            time.sleep(3)
            dave.send_digits(guess, gap=0.25)
        self.assertIsNotNone(dave.wait_event("CALL_CLOSED", 40, since=since),
                             "three wrong passwords: the server says goodbye and hangs up")
        self.wait_log("Conference center: 204 refused after 3 tries, no valid password for conference 480", logged,
                      timeout=5)
        time.sleep(1.1)
        refused = audio.read_ulaw(os.path.join(pbx.PROJECT, "resources", "prompts", "en", "conf", "invalid-pin.snd"))
        self.assert_heard(dave, refused, "that the password is not valid")

    def test_04_key_removed_the_callers_get_bye_and_408_is_busy_again(self):
        self.install()
        mic_a, _ = self.microphone("alice-stay", 90)
        mic_b, _ = self.microphone("bob-stay", 90)
        alice, bob = self.phone("alice", mic_a), self.phone("bob", mic_b)
        calls = [(p, self.enter(p, "480#480#")) for p in (alice, bob)]
        time.sleep(12)
        since = self.log_size()
        r = self.dist.rest("DELETE", "v1/feature-keys/" + KEY_ID, auth=self.admin)
        self.assertEqual(204, r.status, r)
        for p, call in calls:
            closed = p.wait_event("CALL_CLOSED", 20, since=call)
            self.assertIsNotNone(closed, "%s: the server must end the conference call\n%s" % (p.name, p.log()))
            print("  %s: %s" % (p.name, closed.get("param")))
        self.wait_log("removed", since, timeout=10)
        time.sleep(1.1)
        self.assert_busy(alice)
        self.assertFalse(self.installed())


if __name__ == "__main__":
    sys.exit(runner.run_module(sys.modules[__name__], sys.argv[1:], RUN))
