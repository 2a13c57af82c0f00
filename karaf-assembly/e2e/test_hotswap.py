#!/usr/bin/env python3
"""End-to-end tests of feature keys, patches applied in place and hot swap, with real SIP phones.

    cd <checkout> && python3 karaf-assembly/e2e/test_hotswap.py [-v] [Class[.test]]

One distribution (embedded H2) with SIP on 127.0.0.1:25960, its relay on 28400-28499 and the media engine on
28500-28699. Keys are signed by the vendor tool (karaf-assembly/vendor-keys, development key) for the server id
the distribution made at first boot and installed over REST; patches are KARs built by patches.py from the
distribution's own voicemail bundle, re-versioned. Phones are headless baresips; what they receive on their RTP
ports is captured by tcpdump (rtp_watch.py) and its pauses measured.

Every test asserts what a client observes: SIP answers (486, 200, BYE), RTP packets and their gaps, UDP sockets
the server holds, REST answers (keys, updates, call records) and the server log's application versions.

Needs: baresip, tcpdump (as root), curl, sshpass, ssh, Java 17. Prints `N passed, N failed`.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import audio  # noqa: E402
import patches  # noqa: E402
import pbx  # noqa: E402
import pbx_case  # noqa: E402
import rtp_watch  # noqa: E402
import runner  # noqa: E402
import sip  # noqa: E402

PORTS = dict(http_port=18581, ssh_port=18501, rmi_ports=(11499, 44755))
SIP_PORT = 25960
SIP_SETTINGS = {"relayPortMin": 28400, "relayPortMax": 28499, "relayAllCalls": "true"}
MEDIA_SETTINGS = {"portMinimum": 28500, "portMaximum": 28699}
BARESIP_PORT_BASE = 27300   # blocks of 40: SIP, ctrl_tcp at +5, RTP at +100..+119
ADMIN_PASSWORD = "Adm1n-hs-e2e"
PIN = "2580"
LONGEST_GAP_MS = 100
MAILBOX_SERVICE = "bundles/voicemail/src/main/java/org/branchline/voicemail/MailboxService.java"
ADDED_METHOD = """    /** Added by the test's API patch: which revision of the mailbox API this is. */
    default String apiRevision() {
        return "1.1";
    }"""

PEOPLE = [("alice", "Alice Talker", "201"), ("bob", "Bob Listener", "202"), ("carol", "Carol Mailbox", "203")]

RUN = runner.Run("branchline-e2e-hotswap-", "baresip logs, captures, karaf.log", before_stop=sip.stop_all)


class HotSwapTests(pbx_case.PbxCase):
    RUN, WORK, PORTS, SIP_PORT, ADMIN_PASSWORD = RUN, "hotswap", PORTS, SIP_PORT, ADMIN_PASSWORD
    SIP_SETTINGS, MEDIA_SETTINGS = SIP_SETTINGS, MEDIA_SETTINGS
    _next_baresip = BARESIP_PORT_BASE

    @classmethod
    def setUpClass(cls):
        cls.start_distribution()
        cls.add_people(PEOPLE, PIN)

    def phone(self, login, in_memory=False):
        """A registered baresip for the user's phone. in_memory: its folder (the audio it dumps from its audio
        thread) on tmpfs, so that a disk busy with the server's updates never holds up its RTP, and its
        microphone a tone already at 8 kHz mono (no resampling: the least CPU the phone can take)."""
        folder, microphone = self.work, {"tone_hz": 440 if login == "alice" else 1000}
        if in_memory:
            folder = tempfile.mkdtemp(prefix="branchline-hotswap-", dir="/dev/shm")
            self.addCleanup(shutil.rmtree, folder, True)
            tone = os.path.join(folder, "tone.wav")
            audio.write_wav(tone, audio.sine(microphone["tone_hz"], 120))
            microphone = {"audio_file": tone}
        return self.registered_phone(login, login + "-phone", self.phone_password(login), folder, **microphone)

    def server_udp_ports(self):
        """UDP ports the server's JVM holds in the relay and media ranges."""
        pid = self.dist.pid()
        out = subprocess.run(["ss", "-uanpH"], stdout=subprocess.PIPE, text=True).stdout
        ports = []
        for line in out.splitlines():
            if "pid=%d," % pid in line:
                port = int(line.split()[3].rsplit(":", 1)[1])
                if SIP_SETTINGS["relayPortMin"] <= port <= MEDIA_SETTINGS["portMaximum"]:
                    ports.append(port)
        return sorted(ports)

    def wait_no_media_ports(self, timeout=15):
        deadline = time.time() + timeout
        while self.server_udp_ports() and time.time() < deadline:
            time.sleep(0.5)
        self.assertEqual([], self.server_udp_ports(), "RTP ports still held after every call ended")

    def reinstall(self, feature):
        """feature:uninstall then feature:install, as an admin types them over ssh (no -r)."""
        for command in ("feature:uninstall " + feature, "feature:install " + feature):
            out = self.dist.shell(command, *self.admin, timeout=120)
            self.assertEqual(0, out.returncode, "%s: %r" % (command, out))

    def relayed_call(self):
        """alice (201) calls bob (202), both phones on tmpfs; the server relays the call (relayAllCalls). Returns
        the phones, alice's event index before the call and a tcpdump watch of their RTP ports."""
        alice, bob = self.phone("alice", in_memory=True), self.phone("bob", in_memory=True)
        call = self.dial(alice, "202")
        self.assertIsNotNone(bob.wait_event("CALL_ESTABLISHED", 10), "bob never answered\n%s" % bob.log())
        watch = rtp_watch.RtpWatch(os.path.join(self.work, "call-rtp-%d.pcap" % time.time()),
                                   "udp and (src portrange %d-%d or dst portrange %d-%d)"
                                   % (alice.rtp_ports + bob.rtp_ports))
        return alice, bob, call, watch

    def assert_call_kept_flowing(self, watch, alice, bob, call, seconds):
        """Every RTP packet alice sent during the `seconds` watched was forwarded to bob, none held 100 ms or more,
        and neither phone saw the call end; then alice hangs up."""
        sent, pause_sent, _ = rtp_watch.longest_pause(watch.leg(src=alice.rtp_ports))
        received, pause_received, _ = rtp_watch.longest_pause(watch.leg(dst=bob.rtp_ports))
        compared, forwarded, held = watch.transit(alice.rtp_ports, bob.rtp_ports)
        print("  in %.1f s alice sent %d RTP packets (longest pause %.1f ms); of the %d before the capture's last"
              " 0.2 s the server forwarded %d, each within %.1f ms; bob received %d (longest pause %.1f ms)"
              % (seconds, sent, pause_sent, compared, forwarded, held, received, pause_received))
        self.assertGreater(sent, 0.9 * 50 * (seconds - 1), "alice's phone sent too few RTP packets")
        self.assertEqual(compared, forwarded, "RTP packets lost by the server during the swap")
        self.assertLess(held, LONGEST_GAP_MS, "the server held an RTP packet %.1f ms during the swap" % held)
        self.assertNotIn("CALL_CLOSED", alice.event_types()[call:], "alice's call dropped")
        self.assertNotIn("CALL_CLOSED", bob.event_types(), "bob's call dropped")
        alice.hangup()
        self.assertIsNotNone(bob.wait_event("CALL_CLOSED", 10), "bob never saw the hang-up")

    # ------------------------------------------------------------------ tests
    def test_01_unlicensed_conference_center_is_busy_then_works_after_its_key(self):
        carol = self.phone("carol")
        self.assertEqual(486, self.refused(carol, "408"), "408 without the Conference Center key")
        r = self.dist.install_key(self.admin, "CONFERENCE_CENTER", key_id="e2e-conference")
        self.assertEqual(201, r.status, r)
        keys = self.rest_ok("GET", "v1/feature-keys")
        line = next(f for f in keys["features"] if f["feature"] == "CONFERENCE_CENTER")
        self.assertTrue(line["licensed"], keys)
        mark = self.log_size()
        since = self.dial(carol, "408")
        self.assertIn("answered by conference-center", self.log_since(mark))
        carol.hangup()
        carol.wait_event("CALL_CLOSED", 10, since=since)

    def test_02_a_patch_and_a_feature_reinstall_during_a_call_keep_it_flowing(self):
        if not self.rest_ok("GET", "v1/feature-keys")["keys"]:
            self.assertEqual(201, self.dist.install_key(self.admin, "CONFERENCE_CENTER").status)
        carol = self.phone("carol")
        kar = os.path.join(self.work, "voicemail-0.1.1.kar")
        with open(kar, "wb") as f:
            f.write(patches.feature_patch(self.dist.home, "branchline-voicemail", "branchline-voicemail", "0.1.1"))

        alice, bob, call, watch = self.relayed_call()
        inside = self.dial(carol, "404")   # a call inside the application about to be replaced
        started = time.time()
        try:
            time.sleep(3)
            r = self.dist.rest("POST", "v1/updates?file-name=voicemail-0.1.1.kar", auth=self.admin,
                               data_file=kar, content_type="application/octet-stream")
            self.assertEqual(200, r.status, r)
            self.assertEqual(("PATCH", "applied"), (r.json["kind"], r.json["outcome"]), r.json)
            self.assertIsNotNone(carol.wait_event("CALL_CLOSED", 10, since=inside),
                                 "the call inside voicemail did not end with the old version\n%s" % carol.log())
            self.reinstall("branchline-conference")
            time.sleep(3)
        finally:
            watch.stop()
        self.assert_call_kept_flowing(watch, alice, bob, call, time.time() - started)
        self.wait_no_media_ports()

        mark = self.log_size()
        again = self.dial(carol, "404")
        time.sleep(1)
        self.assertIn("answered by message-center 0.1.1", self.log_since(mark))
        carol.hangup()
        carol.wait_event("CALL_CLOSED", 10, since=again)
        running = self.rest_ok("GET", "v1/updates")["running"]
        self.assertEqual("0.1.1", running["features"]["branchline-voicemail"], running)
        self.wait_no_media_ports()
        calls = self.rest_ok("GET", "v1/calls")
        self.assertTrue(calls and all(c.get("ended") for c in calls), "a call never ended: %r" % calls)

    def test_03_a_new_release_needs_the_software_upgrade_key_and_updates_can_wait(self):
        kar = os.path.join(self.work, "voicemail-0.2.0.kar")
        with open(kar, "wb") as f:
            f.write(patches.feature_patch(self.dist.home, "branchline-voicemail", "branchline-voicemail", "0.2.0"))
        r = self.dist.rest("POST", "v1/updates?file-name=voicemail-0.2.0.kar", auth=self.admin, data_file=kar)
        self.assertEqual(409, r.status, r)
        self.assertIn("Software Upgrade feature key", r.json["error"])

        self.assertEqual(201, self.dist.install_key(self.admin, "SOFTWARE_UPGRADE").status)
        at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 6))
        r = self.dist.rest("POST", "v1/updates?file-name=voicemail-0.2.0.kar&activate-at=" + at, auth=self.admin,
                           data_file=kar)
        self.assertEqual(200, r.status, r)
        self.assertEqual(("UPGRADE", "scheduled"), (r.json["kind"], r.json["outcome"]), r.json)
        self.assertEqual(r.json["id"], self.rest_ok("GET", "v1/updates")["scheduled"]["id"])
        deadline = time.time() + 60
        listing = self.rest_ok("GET", "v1/updates")
        while time.time() < deadline and listing["history"][-1]["outcome"] in ("scheduled", "applying"):
            time.sleep(1)
            listing = self.rest_ok("GET", "v1/updates")
        self.assertEqual("0.2.0", listing["running"]["features"]["branchline-voicemail"], listing)
        self.assertEqual("applied", listing["history"][-1]["outcome"], listing["history"])

        later = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 8 * 86400))
        r = self.dist.rest("POST", "v1/updates?activate-at=" + later, auth=self.admin, data_file=kar)
        self.assertEqual(400, r.status, r)
        self.assertEqual("activate-at", r.json["field"])
        out = self.dist.shell("pbx:patch-list", *self.admin)
        self.assertIn("voicemail-0.2.0.kar", out.stdout, out)
        self.assertIn("branchline-voicemail", out.stdout, out)

    def test_04_voicemail_removed_and_added_from_the_plain_shell_during_a_call(self):
        """The commands an admin would type, without -r: only voicemail's own bundle goes and comes back."""
        alice, bob, call, watch = self.relayed_call()
        mark = self.log_size()
        started = time.time()
        try:
            time.sleep(3)
            self.reinstall("branchline-voicemail")
            time.sleep(3)
        finally:
            watch.stop()
        self.assert_call_kept_flowing(watch, alice, bob, call, time.time() - started)
        log = self.log_since(mark)
        self.assertIn("Removing features: branchline-voicemail", log)
        self.assertIn("Adding features: branchline-voicemail", log)
        refreshed = refreshed_bundles(log)
        print("  refreshed: %s" % refreshed)
        self.assertFalse([b for b in refreshed if "branchline-sip" in b], refreshed)
        self.assertEqual([], [b for b in refreshed if not (b.startswith("org.branchline.branchline-voicemail/")
                                                           and b.endswith("(Bundle will be uninstalled)"))],
                         "bundles refreshed besides voicemail's own")
        self.assertNotIn("Stopped SIP", log)
        self.wait_no_media_ports()

        carol, again = self.phone("carol"), self.log_size()
        since = self.dial(carol, "404")
        self.wait_log("answered by message-center", again, timeout=10)
        carol.hangup()
        carol.wait_event("CALL_CLOSED", 10, since=since)

    def test_05_call_records_removed_and_added_from_the_plain_shell_during_a_call(self):
        """Call detail records are a subsystem of their own, fed by call events: removing it leaves calls alone
        and takes its report door (v1/calls) with it; added back, the door is there again and records the next
        call."""
        alice, bob, call, watch = self.relayed_call()
        mark, started = self.log_size(), time.time()
        try:
            time.sleep(2)
            out = self.dist.shell("feature:uninstall branchline-call-records", *self.admin, timeout=120)
            self.assertEqual(0, out.returncode, out)
            r = self.dist.rest("GET", "v1/calls?limit=10", auth=self.admin)
            self.assertEqual(404, r.status, r)
            self.assertEqual(200, self.dist.rest("GET", "v1/users", auth=self.admin).status, "users still answer")
            out = self.dist.shell("feature:install branchline-call-records", *self.admin, timeout=120)
            self.assertEqual(0, out.returncode, out)
            time.sleep(2)
        finally:
            watch.stop()
        self.assert_call_kept_flowing(watch, alice, bob, call, time.time() - started)
        refreshed = refreshed_bundles(self.log_since(mark))
        self.assertEqual([], [b for b in refreshed if not b.startswith("org.branchline.branchline-call-records/")],
                         "bundles refreshed besides the call records' own")

        dialed, bob_since = time.time(), len(bob.event_types())
        self.dial(alice, "202")
        self.assertIsNotNone(bob.wait_event("CALL_ESTABLISHED", 10, since=bob_since), "bob never answered\n%s" % bob.log())
        time.sleep(1)
        alice.hangup()
        self.assertIsNotNone(bob.wait_event("CALL_CLOSED", 10, since=bob_since), "bob never saw the hang-up")
        record = self.wait_call_record(dialed, "202")
        self.assertEqual(("201", "ANSWERED"), (record["from"], record["disposition"]), record)
        self.assertTrue(record["answered"] and record["answered-by"], record)
        self.assertIn("attempt 1", record["route"], record)

    def wait_call_record(self, dialed, to, timeout=10):
        """The call record of the call to `to` dialed at `dialed` (time.time(); the server shares this clock),
        once written: records are written shortly after their call ends, and the record of a call that ended
        just before may be there first."""
        since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(dialed - 1))
        deadline = time.time() + timeout
        while True:
            rows = self.rest_ok("GET", "v1/calls?limit=20&since=" + since)
            hits = [c for c in rows if c.get("to") == to and started_at(c) >= dialed]
            if hits or time.time() > deadline:
                self.assertTrue(hits, "no call record to %s dialed at %s: %r" % (to, dialed, rows))
                return hits[0]
            time.sleep(0.5)

    def test_06_a_patch_adding_a_method_to_voicemails_api_refreshes_voicemail_alone_during_a_call(self):
        """Voicemail's service interfaces are a package of its own bundle (org.branchline.voicemail), versioned on
        their own: a patch whose MailboxService has one more method exports that package at 1.1.0 and replaces
        voicemail's bundle alone. The SIP core, the api bundle and the call in progress are left as they are."""
        version = self.next_patch_of_voicemail()
        kar = os.path.join(self.work, "voicemail-api-%s.kar" % version)
        with open(kar, "wb") as f:
            f.write(patches.api_patch(self.dist.home, "branchline-voicemail", "branchline-voicemail", version,
                                      MAILBOX_SERVICE, ADDED_METHOD, "1.1.0"))
        alice, bob, call, watch = self.relayed_call()
        mark, started = self.log_size(), time.time()
        try:
            time.sleep(2)
            r = self.dist.rest("POST", "v1/updates?file-name=" + os.path.basename(kar), auth=self.admin,
                               data_file=kar, content_type="application/octet-stream")
            self.assertEqual(200, r.status, r)
            # a patch of the release; an upgrade once test_03 has moved voicemail to 0.2 (its key is there)
            self.assertEqual("applied", r.json["outcome"], r.json)
            time.sleep(3)
        finally:
            watch.stop()
        self.assert_call_kept_flowing(watch, alice, bob, call, time.time() - started)
        log = self.log_since(mark)
        touched = listed_bundles(log, "Stopping bundles:") + refreshed_bundles(log)
        print("  stopped or refreshed: %s" % touched)
        self.assertTrue(touched, "the patch stopped no bundle at all")
        self.assertEqual([], [b for b in touched if not b.startswith("org.branchline.branchline-voicemail/")],
                         "bundles stopped or refreshed besides voicemail's own")

        exports = self.dist.shell("package:exports -p org.branchline.voicemail", *self.admin)
        self.assertRegex(exports.stdout, r"org\.branchline\.voicemail\s*\S*\s*1\.1\.0", exports)
        self.assertIn("branchline-voicemail", exports.stdout, exports)
        self.assertEqual(version, self.rest_ok("GET", "v1/updates")["running"]["features"]["branchline-voicemail"])
        self.assertEqual(200, self.dist.rest("GET", "v1/mailboxes", auth=self.admin).status, "mailboxes answer")
        carol, again = self.phone("carol"), self.log_size()
        since = self.dial(carol, "404")
        self.wait_log("answered by message-center " + version, again, timeout=10)
        carol.hangup()
        carol.wait_event("CALL_CLOSED", 10, since=since)

    def next_patch_of_voicemail(self):
        """The running voicemail feature's version with its micro part raised: 0.2.0 gives 0.2.1."""
        running = self.rest_ok("GET", "v1/updates")["running"]["features"]["branchline-voicemail"]
        major, minor, micro = (running.split(".") + ["0", "0"])[:3]
        return "%s.%s.%d" % (major, minor, int(re.match(r"\d*", micro).group() or 0) + 1)


def started_at(record):
    """A call record's start as time.time() would give it."""
    return datetime.datetime.fromisoformat(record["started"].replace("Z", "+00:00")).timestamp()


def refreshed_bundles(log):
    """The bundles karaf.log's "Refreshing bundles:" lists name, as "symbolic-name/version (why)"."""
    return listed_bundles(log, "Refreshing bundles:")


def listed_bundles(log, heading):
    """The bundles karaf.log lists under the features service's heading ("Stopping bundles:", ...)."""
    bundles, listing = [], False
    for line in log.splitlines():
        message = line.split(" | ", 5)[-1] if line.count(" | ") >= 5 else ""
        if message.endswith(heading):
            listing = True
        elif listing and message.startswith("  "):
            bundles.append(message.strip())
        else:
            listing = False
    return bundles


if __name__ == "__main__":
    sys.exit(runner.run_module(sys.modules[__name__], sys.argv[1:], RUN))
