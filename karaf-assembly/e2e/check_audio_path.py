#!/usr/bin/env python3
"""Standalone check of the audio and MWI test tools against the current Branchline distribution.

    cd <checkout> && python3 karaf-assembly/e2e/check_audio_path.py

Starts the distribution built before (pbx.ensure_tarball; SIP 127.0.0.1:26460, http 26181, ssh 26101, media
relay 26800-26899), provisions three users with one handset each over REST, then:

* MWI: an MwiWatcher subscribes to the receiver's message-summary with digest authentication and must get
  200/202 and a NOTIFY saying "Messages-Waiting: no";
* audio: a baresip streaming the known speech-like WAV (aufile) calls the receiver's extension (answered
  automatically) for 10 s; what the receiver decoded must correlate with the file (> 0.6). A baresip
  sending the ausine tone instead must not (< 0.3).

Not part of the test suite; prints the figures and exits non-zero on any failure. Stops everything it
started; keeps its work directory only after a failure.
"""

import os
import re
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import audio  # noqa: E402
import pbx  # noqa: E402
import sip  # noqa: E402

SIP_PORT = 26460
PORTS = dict(http_port=26181, ssh_port=26101, rmi_ports=(26191, 26192))
SIP_SETTINGS = {"relayPortMin": 26800, "relayPortMax": 26899}
BARESIP_PORTS = {"speaker": 26500, "listener": 26540, "toner": 26580}  # SIP; ctrl_tcp +5, RTP +100..+119
MWI_PORT = 26590
ADMIN_PASSWORD = "Adm1n-audio-check"
EXTENSIONS = {"speaker": "211", "listener": "212", "toner": "213"}
CALL_SECONDS = 10


def provision(dist, admin, user, extension):
    """A user with an extension and a one-line handset; returns (handset login, password)."""
    handset, password = user + "-phone", user.capitalize() + "-phone-pw-1"
    for path, body in (("v1/users", {"login-name": user, "full-name": user.capitalize(),
                                     "password": user + "-User-pw-1", "pin": "2580"}),
                       ("v1/extensions", {"number": extension, "kind": "USER", "owner": user}),
                       ("v1/handsets", {"login-id": handset, "description": user, "lines": 1,
                                        "password": password, "owner": user})):
        r = dist.rest("POST", path, auth=admin, body=body)
        if r.status != 201:
            raise AssertionError("POST %s %s: %r" % (path, body, r))
    return handset, password


def phone(workdir, name, credentials, **kw):
    port = BARESIP_PORTS[name]
    b = sip.Baresip(workdir, name, SIP_PORT, port, port + 5, credentials[0], credentials[0], credentials[1], **kw)
    if not b.registered(10):
        raise AssertionError("baresip %s did not register\n%s" % (name, b.log()))
    return b


def call(caller, callee, extension):
    """caller dials the extension, callee answers automatically; CALL_SECONDS later caller hangs up.
    Returns what the callee recorded."""
    since = len(callee.events)
    caller.dial("sip:%s@127.0.0.1:%d" % (extension, SIP_PORT))
    for x in (caller, callee):
        if x.wait_event("CALL_ESTABLISHED", 15, since=since if x is callee else 0) is None:
            raise AssertionError("%s: call not established: %s\n%s" % (x.name, x.event_types(), x.log()))
    time.sleep(CALL_SECONDS)
    caller.hangup()
    if callee.wait_event("CALL_CLOSED", 10, since=since) is None:
        raise AssertionError("%s never saw the hang-up\n%s" % (callee.name, callee.log()))
    return callee.last_recording()


def check_mwi(phones):
    login, password = phones["listener"]
    with sip.MwiWatcher(SIP_PORT, MWI_PORT, EXTENSIONS["listener"], login, "wrong-password") as w:
        print("MWI with a wrong password: SUBSCRIBE answered %s" % w.subscribed)
        if w.subscribed not in (401, 403):
            raise AssertionError("SUBSCRIBE with a wrong password: %r" % w.answer)
    with sip.MwiWatcher(SIP_PORT, MWI_PORT, EXTENSIONS["listener"], login, password) as w:
        summary = w.wait_for(lambda s: "messages-waiting" in s["fields"], 5)
        print("MWI: SUBSCRIBE answered %s; first summary %r" % (w.subscribed, summary))
        if w.subscribed not in (200, 202):
            raise AssertionError("SUBSCRIBE message-summary: %r" % w.answer)
        if summary is None or summary["waiting"]:
            raise AssertionError("expected a NOTIFY with Messages-Waiting: no, got %r" % w.bodies)
        count = len(w.bodies)
        status = w.unsubscribe()
        time.sleep(0.5)
        print("MWI: unsubscribe answered %s, then %d more NOTIFY" % (status, len(w.bodies) - count))
        if status not in (200, 202):
            raise AssertionError("SUBSCRIBE Expires: 0 in the dialog: %s" % status)


def rtp_sources(baresip):
    with open(baresip.log_file, errors="replace") as f:
        return sorted(set(re.findall(r"receiving from [0-9.]+:(\d+)", f.read())))


def check_audio(workdir, phones):
    known = audio.write_test_wav(os.path.join(workdir, "known.wav"))
    listener = phone(workdir, "listener", phones["listener"])
    speaker = phone(workdir, "speaker", phones["speaker"], audio_file=known)
    toner = phone(workdir, "toner", phones["toner"], tone_hz=440)
    results = {}
    for caller in (speaker, toner):
        heard = call(caller, listener, EXTENSIONS["listener"])
        if not heard:
            raise AssertionError("%s recorded nothing in %s" % (listener.name, listener.dir))
        results[caller.name] = audio.best_match(known, heard)
        print("listener heard %s (%.1f s, RTP from ports %s): correlation %.3f at lag %.3f s"
              % (caller.name, sip.wav_seconds(heard), rtp_sources(listener), *results[caller.name]))
        time.sleep(1)  # a new dump file name (they are named by the second)
    if results["speaker"][0] <= 0.6:
        raise AssertionError("the known audio was not found in what the listener heard: %r" % (results,))
    if results["toner"][0] >= 0.3:
        raise AssertionError("a 440 Hz tone matched the known audio: %r" % (results,))


def main():
    workdir = tempfile.mkdtemp(prefix="branchline-check-audio-")
    dist = pbx.Distribution(os.path.join(workdir, "dist"), sip_port=SIP_PORT, sip_settings=SIP_SETTINGS, **PORTS)
    ok = False
    try:
        dist.start()
        admin = dist.admin_login(ADMIN_PASSWORD)
        phones = {name: provision(dist, admin, name, ext) for name, ext in EXTENSIONS.items()}
        check_mwi(phones)
        check_audio(workdir, phones)
        ok = True
    finally:
        sip.stop_all()
        dist.stop()
        if ok:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print("work directory kept: %s" % workdir)
    print("audio path and MWI check passed")


if __name__ == "__main__":
    main()
