#!/usr/bin/env python3
"""Branchline SIP benchmark against Kamailio, measured in the same run (a benchmark, not a test).

    python3 karaf-assembly/bench/bench.py                             # both servers, about 8-9 minutes
    python3 karaf-assembly/bench/bench.py --only kamailio             # the peer alone (no tarball needed)
    python3 karaf-assembly/bench/bench.py --only branchline --quick   # shorter steps, coarser search
    python3 karaf-assembly/bench/bench.py --check                     # quick, both, a PASS/FAIL line per target

Needs: SIPp (Debian `sip-tester`), Kamailio 5.6 (`kamailio`), curl, Java 17 (jcmd) and the assembled tarball
(karaf-assembly/distribution/target/branchline-*.tar.gz; built when missing, see e2e/pbx.py).
Everything runs on 127.0.0.1 on unusual ports (Branchline SIP 35060, HTTP 38281; Kamailio SIP 35160; SIPp
352xx); every SIPp run is bounded in calls and wrapped in `timeout`.

Order: Branchline boots and is provisioned over REST (it hands out the station numbers), then stops; Kamailio
gets the same accounts and is measured alone; then Branchline boots again and is measured alone. For each
server: memory phase, call warm-up, latency, call stepping, restart, REGISTER stepping. SIPp shares the 2 cores
with the server, so every figure is a lower bound; each step logs the server's CPU and SIPp's.

* REGISTER with digest: SIPp sends REGISTER, gets 401, sends REGISTER with MD5 credentials, gets 200 -- one
  registration, two REGISTER transactions. The rate is stepped (doubling from 1,000/s, then bisection) for
  3 s per step; a step passes when < 1 % of its registrations fail (a call SIPp never finished counts as
  failed) and the server kept pace (the last registration done within 1.5 s of when it was due). The figure
  is what the best passing step completed per second (ok / elapsed, the run-out of its last registrations
  included), as registrations/s and as REGISTER transactions/s (= 2 x registrations/s: every REGISTER
  request answered, the 401-challenged one and the authenticated one). The notes' peer figure ("~9,800 REGISTER transactions/s" for Kamailio with 2 children)
  is in transactions; this benchmark finds more because it drives the server with up to 4 SIPp processes
  (one SIPp process tops out at a few thousand registrations/s on these cores, below what Kamailio takes).
  The registrations cycle over 10,200 distinct contacts (600 AORs x 17 contacts, see below).
* Calls: SIPp UAC -> server -> SIPp UAS, INVITE / 407 / ACK / INVITE with credentials / 180 / 200 / ACK /
  BYE / 200. Each UAC dials the station number of a callee line whose registered contact is its own SIPp UAS
  (registered from the UAS's port). Kamailio: stateful proxy (tm, record-routed, INVITE challenged with 407
  as Branchline challenges its phones, usrloc lookup). Branchline: its B2BUA. Stepped like REGISTER from
  200/s; up to 4 UAC/UAS pairs.
* After a failed (overloaded) step the server is restarted and warmed up before the next one, both servers
  alike: a server still digesting the retransmissions of the last step would be measured at the next one.
  An overloaded step ends 5 s after its last call was due; calls unfinished by then count as failed.
* Call-setup latency at 100 calls/s for 10 s after a 10 s warm-up at 200 calls/s (the JVM compiles the call
  path during the first thousands of calls; Kamailio gets the same warm-up): first INVITE sent -> 200
  received, challenge round trip included, for every call, from SIPp's message trace (microsecond
  timestamps; SIPp's own response times come in 4 ms kernel ticks here); p50 and p99.
* Server CPU: utime+stime from /proc/<pid>/stat (Kamailio: the main process and all its children) over the
  step, as % of one core (200 % = both cores), and CPU-ms per registration / per call.
* Memory per 1,000 registered contacts: 600 contacts (one per AOR) registered first (warm-up), then the
  other 9,600; the delta of the server's memory between the two, per 1,000 contacts. Kamailio is several
  processes sharing the usrloc shared memory, so its memory is the sum of PSS (smaps_rollup) over them;
  Branchline is one JVM: its RSS right after `jcmd <pid> GC.run` (coarse: the JVM sizes its heap by its own
  policy), and its live heap (used after the full GC), the steadier figure.

Station numbers: the contract gives call appearances the stations 5100..5999, so at most 900 lines; the
benchmark provisions 600 one-line handsets over REST (plus a caller and 4 callees) and registers up to 17
contacts per AOR to reach 10,200 distinct contacts. The same Login IDs, passwords and AORs are loaded into
Kamailio (a db_text table loaded into htables; no database server). Branchline is configured with
authFailureLimit=1000000: every SIPp client is 127.0.0.1, and one stale nonce too many under overload must
not block the source for the rest of the run.

Output: a table and a Markdown block for the README's Performance section, and bench-results.json (every
step) in the work directory (kept; its path is printed).
"""

import argparse
import csv
import http.client
import base64
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
E2E = os.path.join(HERE, "..", "e2e")
sys.path.insert(0, os.path.abspath(E2E))

import pbx  # noqa: E402  (Distribution: unpack, ports, start/stop, REST)

SIPP_DIR = os.path.join(HERE, "sipp")
KAMAILIO_CFG_TEMPLATE = os.path.join(HERE, "kamailio.cfg.in")
KAMAILIO_MODULES = "/usr/lib/x86_64-linux-gnu/kamailio/modules/"

HOST = "127.0.0.1"
BRANCHLINE_SIP_PORT = 35060
KAMAILIO_SIP_PORT = 35160
BRANCHLINE_PORTS = dict(http_port=38281, ssh_port=38201, rmi_ports=(11299, 44489))
MAX_CLIENTS = 4                 # parallel SIPp processes per side at most
SIPP_REG_PORTS = [35201 + i for i in range(MAX_CLIENTS)]
SIPP_UAC_PORTS = [35211 + i for i in range(MAX_CLIENTS)]
SIPP_UAS_PORTS = [35221 + i for i in range(MAX_CLIENTS)]
SIPP_UAC_MEDIA = [35400 + 10 * i for i in range(MAX_CLIENTS)]
SIPP_UAS_MEDIA = [35500 + 10 * i for i in range(MAX_CLIENTS)]
# contacts of the registration population: never called, distinct by user part
CONTACT_HOSTPORT = "127.0.0.1:35299"

ADMIN_PASSWORD = "Bench-adm1n-pw"
CLK_TCK = os.sysconf("SC_CLK_TCK")

T0 = time.time()


def log(msg):
    print("[bench %s +%4.0fs] %s" % (time.strftime("%H:%M:%S"), time.time() - T0, msg), flush=True)


def require(tool, package):
    path = shutil.which(tool)
    if not path:
        raise SystemExit("bench: '%s' not found; install the Debian package %s (apt-get install -y %s)"
                         % (tool, package, package))
    return path


def port_free_udp(port):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.bind((HOST, port))
            return True
        except OSError:
            return False


# ---------------------------------------------------------------------------------------------- accounts

class Line:
    """One call appearance as a phone sees it: AOR user (station number), digest username, password."""

    def __init__(self, aor, login, password):
        self.aor = aor
        self.login = login
        self.password = password


class Accounts:
    def __init__(self, lines, caller, callees):
        self.lines = lines        # the registration population
        self.caller = caller      # the UACs' line
        self.callees = callees    # one line per SIPp UAS (its station is dialed by one UAC)

    def all(self):
        return self.lines + [self.caller] + self.callees


def wanted_handsets(n):
    """(Login ID, password) of the handsets the benchmark provisions, in order."""
    out = [("bench-%04d" % i, "pw-%04d-bench" % i) for i in range(n)]
    out.append(("bench-caller", "pw-caller-bench"))
    out += [("bench-callee%d" % i, "pw-callee%d-bench" % i) for i in range(MAX_CLIENTS)]
    return out


def planned_accounts(n):
    """Kamailio-only runs: the Login IDs, passwords and stations Branchline would hand out."""
    lines = [Line(str(5100 + i), login, pw) for i, (login, pw) in enumerate(wanted_handsets(n))]
    return Accounts(lines[:n], lines[n], lines[n + 1:])


# ---------------------------------------------------------------------------------------------- process stats

def proc_ticks(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    except (OSError, IndexError, ValueError):
        return 0


def proc_kb(pid, key):
    """Rss or Pss (kB) from smaps_rollup (falls back to VmRSS in status)."""
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children_of(pid):
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid:
            out.append(int(entry))
    return out


def wait_idle(server, below=15.0, max_wait=30.0):
    """Waits until the server's CPU over one second is below `below` % of a core (work left over from the
    previous step: queues, retransmissions, garbage collection); returns the seconds waited."""
    started = time.time()
    while time.time() - started < max_wait:
        m = CpuMeter(server)
        time.sleep(1.0)
        if m.percent() < below:
            break
    return time.time() - started


def wait_rusage(p):
    """Waits for a child (Popen) and returns its CPU seconds including its waited-for children (the
    `timeout` wrapper waits for SIPp, so SIPp's CPU is in there)."""
    try:
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        return ru.ru_utime + ru.ru_stime
    except ChildProcessError:
        p.wait()
        return 0.0


class CpuMeter:
    def __init__(self, server):
        self.server = server
        self.t = time.time()
        self.ticks = server.cpu_ticks()

    def percent(self):
        dt = time.time() - self.t
        return 100.0 * (self.server.cpu_ticks() - self.ticks) / CLK_TCK / dt if dt > 0 else 0.0


# ---------------------------------------------------------------------------------------------- SIPp

class SippResult:
    def __init__(self, name, offered, calls, ok, failed, elapsed, cpu, retrans=0, rtts=None, stats_path=None,
                 errors=""):
        self.name = name
        self.offered = offered
        self.calls = calls
        self.ok = ok
        self.failed = failed
        self.elapsed = elapsed
        self.cpu = cpu
        self.retrans = retrans
        self.rtts = rtts or []
        self.stats_path = stats_path
        self.errors = errors
        self.sipp_seconds = 0.0   # CPU of the SIPp processes of the step (UACs, and UASs when added)
        self.wall = elapsed

    @property
    def sipp_cpu(self):
        return 100.0 * self.sipp_seconds / self.wall if self.wall > 0 else 0.0

    @property
    def achieved(self):
        return self.ok / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def failure_ratio(self):
        # calls that never finished count as failed
        return (self.calls - self.ok) / self.calls if self.calls else 1.0

    def passed(self):
        """< 1 % of the calls failed or unfinished, and the server kept pace: the last call ended within
        1.5 s of when it was due (a retransmission or two of T1 = 500 ms is fine; SIPp holding calls back
        because too many are open is not)."""
        due = self.calls / float(self.offered) if self.offered else 0.0
        return self.failure_ratio < 0.01 and self.elapsed <= due + 1.5

    def __str__(self):
        return ("%s: offered %d/s (%d SIPp), %d calls, %d ok, %d failed (%.2f %% not ok), achieved %.0f/s in "
                "%.1f s, %d retransmissions, CPU %% of one core: server %.0f, SIPp %.0f"
                % (self.name, self.offered, getattr(self, "clients", 1), self.calls, self.ok, self.failed,
                   100 * self.failure_ratio, self.achieved, self.elapsed, self.retrans, self.cpu,
                   self.sipp_cpu))


def auth_field(line):
    """SIPp 3.6 does not expand [fieldN] inside [authentication ...], but expands keywords held in a field."""
    return "[authentication username=%s password=%s]" % (line.login, line.password)


def write_csv(path, rows, mode="SEQUENTIAL"):
    with open(path, "w") as f:
        f.write(mode + "\n")
        for r in rows:
            f.write(";".join(str(x) for x in r) + "\n")


def _parse_stat_file(path):
    """The last line of SIPp's -trace_stat file as a dict (cumulative columns end in '(C)')."""
    try:
        with open(path, newline="") as f:
            rows = list(csv.reader(f, delimiter=";"))
    except OSError:
        return {}
    if len(rows) < 2:
        return {}
    header, last = rows[0], rows[-1]
    return dict(zip(header, last))


def _int(d, key):
    try:
        return int(float(d.get(key, "0") or 0))
    except ValueError:
        return 0


class Client:
    """One SIPp client process of a group: its local port, injection file, dialed service, extra options."""

    def __init__(self, port, inf=None, service=None, media_port=None, extra=()):
        self.port = port
        self.inf = inf
        self.service = service
        self.media_port = media_port
        self.extra = list(extra)


def setup_times_from_trace(path):
    """Call-setup times (ms) from a SIPp -trace_msg file: first INVITE sent -> first 200 to an INVITE
    received, per Call-ID. The trace has microsecond timestamps; SIPp's own response times (-trace_rtt) come in
    steps of the kernel tick (4 ms here), too coarse for loopback."""
    sent, answered = {}, {}
    stamp = None
    direction = None
    block = []

    def flush():
        if stamp is None or not block:
            return
        text = "\n".join(block)
        m = re.search(r"(?im)^(?:call-id|i)\s*:\s*(\S+)", text)
        if not m:
            return
        cid = m.group(1)
        first = next((l for l in block if l.strip()), "")
        if direction == "sent" and first.startswith("INVITE ") and cid not in sent:
            sent[cid] = stamp
        elif direction == "received" and first.startswith("SIP/2.0 200") and re.search(
                r"(?im)^cseq\s*:\s*\d+\s+INVITE", text) and cid not in answered:
            answered[cid] = stamp

    with open(path, errors="replace") as f:
        for line in f:
            line = line.rstrip("\r\n")
            m = re.match(r"^-{20,} (\d{4}-\d\d-\d\d) (\d\d):(\d\d):(\d\d\.\d+)$", line)
            if m:
                flush()
                stamp = int(m.group(2)) * 3600 + int(m.group(3)) * 60 + float(m.group(4))
                direction, block = None, []
                continue
            if direction is None and " message " in line and ("sent" in line or "received" in line):
                direction = "sent" if "sent" in line else "received"
                continue
            block.append(line)
        flush()
    return [1000.0 * (answered[c] - sent[c]) for c in answered if c in sent]


def run_sipp(name, workdir, scenario, target, clients, rate, calls, server=None, rtt=False):
    """run_sipp_once, run again once when a SIPp process was killed by a signal it did not get from us (the
    machine is shared: another job's `pkill sipp` ends ours too)."""
    r = run_sipp_once(name, workdir, scenario, target, clients, rate, calls, server, rtt)
    if r.killed:
        log("%s: a SIPp process was killed from outside (exit %s); running the step again" % (name, r.killed))
        time.sleep(2)
        r = run_sipp_once(name, workdir, scenario, target, clients, rate, calls, server, rtt)
    return r


def run_sipp_once(name, workdir, scenario, target, clients, rate, calls, server=None, rtt=False):
    """Runs len(clients) bounded SIPp processes in parallel, sharing `rate` calls/s and `calls` calls
    equally, and returns one SippResult for the group (SIPp is single-threaded: one process tops out at a
    few thousand messages/s, below what Kamailio can take)."""
    k = len(clients)
    stamp = int(time.time() * 1000) % 1000000
    procs = []
    meter = CpuMeter(server) if server else None
    started = time.time()
    for i, c in enumerate(clients):
        r_i = rate / float(k)
        n_i = calls // k + (1 if i < calls % k else 0)
        run_dir = os.path.join(workdir, "sipp", "%s-%d-%d-%d" % (name, rate, stamp, i))
        os.makedirs(run_dir)
        stf = os.path.join(run_dir, "stat.csv")
        limit = max(100, int(r_i * 2))
        # an overloaded step ends 5 s after its last call is due: calls not finished by then count as failed
        cmd = ["sipp", target, "-sf", os.path.join(SIPP_DIR, scenario), "-i", HOST, "-p", str(c.port),
               "-t", "u1", "-r", "%g" % r_i, "-rp", "1000", "-m", str(n_i), "-l", str(limit),
               "-timeout", "%ds" % (int(n_i / max(r_i, 1)) + 5),
               "-nostdin", "-trace_stat", "-stf", stf, "-fd", "1", "-recv_timeout", "4000",
               "-trace_err", "-error_file", os.path.join(run_dir, "errors.log"),
               "-max_recv_loops", "2000", "-max_sched_loops", "2000", "-nd"]
        if c.inf:
            cmd += ["-inf", c.inf]
        if c.service:
            cmd += ["-s", c.service]
        if c.media_port:
            cmd += ["-mp", str(c.media_port)]
        if rtt:
            cmd += ["-trace_msg", "-message_file", os.path.join(run_dir, "messages.log")]
        cmd += c.extra
        bound = int(n_i / max(r_i, 1)) + 40
        out = open(os.path.join(run_dir, "screen.out"), "w")
        p = subprocess.Popen(["timeout", "-k", "5", str(bound)] + cmd, cwd=run_dir, stdin=subprocess.DEVNULL,
                             stdout=out, stderr=subprocess.STDOUT)
        procs.append((p, out, run_dir, stf, bound))
    ok = failed = retrans = 0
    elapsed = 0.0
    rtts = []
    errors = ""
    killed = None
    sipp_seconds = 0.0
    for p, out, run_dir, stf, bound in procs:
        sipp_seconds += wait_rusage(p)
        rc = p.returncode
        if rc in (128 + 9, 128 + 15, 128 + 2, -9, -15, -2):
            killed = rc
        out.close()
        wall = time.time() - started
        st = _parse_stat_file(stf)
        ok += _int(st, "SuccessfulCall(C)")
        failed += _int(st, "FailedCall(C)")
        retrans += _int(st, "Retransmissions(C)")
        # SIPp's own elapsed time excludes its start-up ("HH:MM:SS:uuuuuu")
        m = re.match(r"(\d+):(\d+):(\d+)[:.](\d+)", st.get("ElapsedTime(C)", "") or "")
        e = wall
        if m:
            e2 = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)) + float("0." + m.group(4))
            if 0 < e2 <= wall:
                e = e2
        elapsed = max(elapsed, e)
        if rtt and os.path.isfile(os.path.join(run_dir, "messages.log")):
            rtts += setup_times_from_trace(os.path.join(run_dir, "messages.log"))
        try:
            with open(os.path.join(run_dir, "errors.log"), errors="replace") as f:
                tail = f.read()[-1200:]
            if tail and not errors:
                errors = tail
        except OSError:
            pass
        if rc == 124:
            errors = "(SIPp killed by timeout after %d s) " % bound + errors
    cpu = meter.percent() if meter else 0.0
    r = SippResult(name, rate, calls, ok, failed, elapsed, cpu, retrans, rtts, None, errors)
    r.sipp_seconds = sipp_seconds
    r.wall = time.time() - started
    r.clients = k
    r.killed = killed
    return r


# ---------------------------------------------------------------------------------------------- servers

class Kamailio:
    label = "Kamailio 5.6"
    key = "kamailio"

    def __init__(self, workdir, port, accounts, children=2, invite_auth=True):
        self.workdir = os.path.join(workdir, "kamailio")
        os.makedirs(self.workdir, exist_ok=True)
        self.port = port
        self.accounts = accounts
        self.children = children
        self.invite_auth = invite_auth
        self.proc = None
        self.cfg = os.path.join(self.workdir, "kamailio.cfg")
        self.dbdir = os.path.join(self.workdir, "dbtext")
        self._write_config()

    @property
    def sip_target(self):
        return "%s:%d" % (HOST, self.port)

    def _write_config(self):
        os.makedirs(self.dbdir, exist_ok=True)
        cols = "id(int,auto) key_name(string) key_type(int) value_type(int) key_value(string) expires(int)\n"
        with open(os.path.join(self.dbdir, "version"), "w") as f:
            f.write("table_name(string) table_version(int)\ncred:2\naor:2\n")
        with open(os.path.join(self.dbdir, "cred"), "w") as fc, open(os.path.join(self.dbdir, "aor"), "w") as fa:
            fc.write(cols)
            fa.write(cols)
            for i, line in enumerate(self.accounts.all(), 1):
                fc.write("%d:%s:0:0:%s:0\n" % (i, line.login, line.password))
                fa.write("%d:%s:0:0:%s:0\n" % (i, line.login, line.aor))
        with open(KAMAILIO_CFG_TEMPLATE) as f:
            cfg = f.read()
        defines = "#!define INVITE_AUTH\n" if self.invite_auth else ""
        for k, v in (("DEFINES", defines), ("DEBUG", "1"), ("CHILDREN", str(self.children)),
                     ("PORT", str(self.port)), ("MODULES", KAMAILIO_MODULES), ("DBDIR", self.dbdir)):
            cfg = cfg.replace("@@%s@@" % k, v)
        with open(self.cfg, "w") as f:
            f.write(cfg)
        r = subprocess.run(["kamailio", "-c", "-f", self.cfg], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, timeout=30)
        if r.returncode != 0:
            raise RuntimeError("kamailio -c rejects %s:\n%s" % (self.cfg, r.stdout[-3000:]))

    def start(self):
        if not port_free_udp(self.port):
            raise RuntimeError("UDP port %d is busy" % self.port)
        self.log_path = os.path.join(self.workdir, "kamailio.log")
        self.logf = open(self.log_path, "a")
        self.proc = subprocess.Popen(["kamailio", "-DD", "-E", "-f", self.cfg, "-m", "256", "-M", "16",
                                      "-P", os.path.join(self.workdir, "kamailio.pid"),
                                      "-Y", self.workdir],
                                     stdout=self.logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.time() + 15
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("kamailio exited (%s); see %s" % (self.proc.returncode, self.log_path))
            if options_ping(HOST, self.port, timeout=0.5):
                log("Kamailio running on udp/tcp %s:%d (pid %d, %d children + helpers)"
                    % (HOST, self.port, self.proc.pid, self.children))
                return
            time.sleep(0.2)
        raise RuntimeError("kamailio does not answer OPTIONS on %d" % self.port)

    def pids(self):
        if not self.proc or self.proc.poll() is not None:
            return []
        return [self.proc.pid] + children_of(self.proc.pid)

    def cpu_ticks(self):
        return sum(proc_ticks(p) for p in self.pids())

    def memory_kb(self):
        """PSS summed over the processes (they share the usrloc shared memory)."""
        return sum(proc_kb(p, "Pss") for p in self.pids())

    def memory_note(self):
        return "PSS summed over the Kamailio processes"

    def heap_used_kb(self):
        return None

    def registered_contacts(self):
        return None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def restart(self):
        self.stop()
        time.sleep(1)
        self.start()


class Branchline:
    label = "Branchline"
    key = "branchline"

    def __init__(self, workdir, port):
        self.port = port
        self.dist = pbx.Distribution(os.path.join(workdir, "branchline"), **BRANCHLINE_PORTS)
        cfg = self.dist.path("etc", "org.branchline.sip.cfg")
        if not os.path.isfile(cfg):
            raise RuntimeError("the distribution has no etc/org.branchline.sip.cfg (no SIP core yet?)")
        settings = [("address", HOST), ("udpPort", port), ("tcpPort", port),
                    # every SIPp client is 127.0.0.1: a stale nonce under overload must not block the source
                    ("authFailureLimit", 1000000),
                    ("relayPortMin", 36000), ("relayPortMax", 36999)]
        for k, v in settings:
            try:
                pbx.set_property(cfg, k, v)
            except AssertionError as e:
                log("note: %s" % e)
        self.admin = None
        self.provision_seconds = None
        self.provision_errors = []

    @property
    def sip_target(self):
        return "%s:%d" % (HOST, self.port)

    def start(self):
        self.dist.start()
        deadline = time.time() + 30
        while time.time() < deadline:
            if options_ping(HOST, self.port, timeout=0.5):
                log("Branchline answers SIP OPTIONS on %s:%d (pid %s)" % (HOST, self.port, self.dist.pid()))
                return
            time.sleep(0.5)
        raise RuntimeError("Branchline does not answer SIP OPTIONS on udp %s:%d\n%s"
                           % (HOST, self.port, self.dist.log_tail(30)))

    def pids(self):
        p = self.dist.pid()
        return [p] if p else []

    def cpu_ticks(self):
        return sum(proc_ticks(p) for p in self.pids())

    def gc(self):
        pid = self.dist.pid()
        if pid and shutil.which("jcmd"):
            subprocess.run(["jcmd", str(pid), "GC.run"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=60)
            time.sleep(1)

    def heap_used_kb(self):
        """The live heap: used after a full GC (jcmd GC.run, then GC.heap_info)."""
        pid = self.dist.pid()
        if not pid or not shutil.which("jcmd"):
            return None
        self.gc()
        r = subprocess.run(["jcmd", str(pid), "GC.heap_info"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           text=True, timeout=60)
        m = re.search(r"used (\d+)K", r.stdout)
        return int(m.group(1)) if m else None

    def memory_kb(self):
        self.gc()  # the same state for both readings: right after a full GC
        return sum(proc_kb(p, "Rss") for p in self.pids())

    def memory_note(self):
        return "RSS of the JVM after jcmd GC.run"

    def stop(self):
        self.dist.stop()

    def restart(self):
        self.dist.stop()
        self.start()

    # --- provisioning over REST (the contract's v1/handsets)
    def _login(self):
        login, initial = self.dist.initial_admin
        r = self.dist.rest("GET", "v1/me", auth=(login, initial))
        if r.status == 200 and r.json and r.json.get("password-change-required"):
            r = self.dist.rest("PUT", "v1/me/password", auth=(login, initial),
                               body={"current-password": initial, "new-password": ADMIN_PASSWORD})
            if r.status != 204:
                raise RuntimeError("changing the admin password: %r" % r)
            self.admin = (login, ADMIN_PASSWORD)
        elif r.status == 200:
            self.admin = (login, initial)
        else:
            self.admin = (login, ADMIN_PASSWORD)

    def provision(self, n, threads=4):
        """Creates n one-line handsets + caller + callee over REST (keep-alive connections, `threads` in
        parallel); returns Accounts with the stations Branchline assigned."""
        self._login()
        wanted = wanted_handsets(n)
        r = self.dist.install_key(self.admin, "GENERIC_SIP_HANDSETS=%d" % len(wanted))
        if r.status != 201:
            raise RuntimeError("licensing %d generic SIP handsets: %r" % (len(wanted), r))
        results = {}
        errors = []
        auth = "Basic " + base64.b64encode(("%s:%s" % self.admin).encode()).decode()
        path = "/cxf/branchline/api/v1/handsets"

        def worker(items):
            c = http.client.HTTPConnection(HOST, self.dist.http_port, timeout=60)
            for login, pw in items:
                body = json.dumps({"login-id": login, "description": "bench", "lines": 1, "password": pw})
                for attempt in range(3):
                    try:
                        c.request("POST", path, body=body, headers={
                            "Authorization": auth, "Content-Type": "application/json", "Accept": "application/json"})
                        resp = c.getresponse()
                        text = resp.read().decode("utf-8", "replace")
                        break
                    except (OSError, http.client.HTTPException) as e:
                        c.close()
                        c = http.client.HTTPConnection(HOST, self.dist.http_port, timeout=60)
                        text, resp = str(e), None
                if resp is None or resp.status not in (200, 201):
                    errors.append("%s: %s %s" % (login, resp.status if resp else "-", text[:300]))
                    continue
                try:
                    results[login] = (json.loads(text)["appearances"][0]["user-id"], pw)
                except (ValueError, KeyError, IndexError) as e:
                    errors.append("%s: unexpected answer %s" % (login, text[:300]))
            c.close()

        started = time.time()
        chunks = [wanted[i::threads] for i in range(threads)]
        ts = [threading.Thread(target=worker, args=(ch,)) for ch in chunks]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        first_errors = list(errors)
        missing = [(l, pw) for l, pw in wanted if l not in results]
        if missing:
            # the parallel creates can collide (each takes the lowest free station number): once more, one by one
            errors.clear()
            worker(missing)
        self.provision_seconds = time.time() - started
        self.provision_errors = first_errors
        log("provisioned %d of %d handsets over REST in %.1f s (%.0f/s, %d threads)%s"
            % (len(results), len(wanted), self.provision_seconds, len(results) / max(self.provision_seconds, 1e-9),
               threads, "; %d parallel creates failed and were retried one by one (first: %s)%s"
               % (len(first_errors), first_errors[0], "; still failing: %s" % errors[:2] if errors else "")
               if first_errors else ""))
        if len(results) < len(wanted):
            raise RuntimeError("handset provisioning failed: %s" % errors[:3])
        lines = [Line(results[l][0], l, results[l][1]) for l, _ in wanted[:n] if l in results]
        extra = [Line(results[l][0], l, results[l][1]) for l, _ in wanted[n:]]  # KeyError: not provisioned
        return Accounts(lines, extra[0], extra[1:])

    def registered_contacts(self):
        r = self.dist.rest("GET", "v1/registrations", auth=self.admin, timeout=120)
        if r.status != 200 or not isinstance(r.json, list):
            return None
        return len(r.json)


# ---------------------------------------------------------------------------------------------- SIP probe

def options_ping(host, port, timeout=1.0, transport="udp"):
    """True when the server answers an OPTIONS (any status) within timeout."""
    branch = "z9hG4bK-bench-%d" % int(time.time() * 1e6)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind((HOST, 0))
        lport = s.getsockname()[1]
        msg = ("OPTIONS sip:%s:%d SIP/2.0\r\nVia: SIP/2.0/UDP %s:%d;branch=%s;rport\r\nMax-Forwards: 70\r\n"
               "From: <sip:probe@%s>;tag=bp%d\r\nTo: <sip:%s:%d>\r\nCall-ID: probe-%s\r\nCSeq: 1 OPTIONS\r\n"
               "Content-Length: 0\r\n\r\n" % (host, port, HOST, lport, branch, HOST, lport, host, port, branch))
        s.settimeout(timeout)
        try:
            s.sendto(msg.encode(), (host, port))
            data, _ = s.recvfrom(65535)
            return data.startswith(b"SIP/2.0 ")
        except OSError:
            return False


# ---------------------------------------------------------------------------------------------- phases

class Bench:
    def __init__(self, args, workdir):
        self.args = args
        self.workdir = workdir
        self.step_seconds = args.step_seconds

    def clients_for(self, rate, per_client):
        return max(1, min(MAX_CLIENTS, -(-int(rate) // per_client)))

    def register_rows(self, accounts, first, last, domain):
        """Rows for register.xml: contacts first..last-1 of every AOR."""
        rows = []
        for k in range(first, last):
            for line in accounts.lines:
                rows.append((line.aor, line.login, auth_field(line), "c%02d" % k, domain, CONTACT_HOSTPORT))
        return rows

    def register_clients(self, server, rows, k, tag):
        """k clients, each with a disjoint slice of the rows (so no contact is registered by two at once)."""
        clients = []
        for i in range(k):
            inf = os.path.join(self.workdir, "%s-%s-%d.csv" % (server.key, tag, i))
            write_csv(inf, rows[i::k])
            clients.append(Client(SIPP_REG_PORTS[i], inf=inf))
        return clients

    def register(self, server, rows, rate, name, tag, judged=True):
        k = self.clients_for(rate, self.args.reg_per_client)
        r = run_sipp(name, self.workdir, "register.xml", server.sip_target,
                     self.register_clients(server, rows, k, tag), rate, len(rows), server=server)
        log(str(r) + ("" if r.passed() or not judged else "  FAIL " + r.errors[-300:].replace("\n", " | ")))
        return r

    def find_max(self, step, recover, start, ceiling):
        """Doubling from `start` until a step fails (or `ceiling`), then bisection; after a failed step
        recover() puts the server back in shape (restart and warm-up). Returns (best, all)."""
        results = []
        best = None
        lo, hi = 0, None
        rate = start
        while rate <= ceiling:
            r = step(rate)
            results.append(r)
            if r.passed():
                best = r if best is None or r.offered > best.offered else best
                lo = rate
                rate *= 2
            else:
                hi = rate
                recover()
                break
        if hi is None:
            return best, results
        for _ in range(self.args.bisect):
            if hi - lo <= max(25, lo * 0.06):
                break
            rate = int((lo + hi) / 2 / 25) * 25 or 25
            if rate <= lo:
                break
            r = step(rate)
            results.append(r)
            if r.passed():
                best = r if best is None or r.offered > best.offered else best
                lo = rate
            else:
                hi = rate
                recover()
        return best, results

    def restart(self, server, accounts, warm):
        """A fresh server after an overloaded step (a server still digesting the retransmissions of the last
        step would be measured at the next one): restart, register the callees again, warm up."""
        t = time.time()
        server.restart()
        self.register_callees(server, accounts)
        warm()
        log("%s restarted and warmed up in %.0f s" % (server.label, time.time() - t))

    def run_server(self, server, accounts):
        out = {"server": server.label}
        cpa = self.args.contacts_per_aor
        domain = server.sip_target
        all_rows = self.register_rows(accounts, 0, cpa, domain)

        # --- memory per 1,000 contacts: one contact per AOR first (warm-up), then the rest
        try:
            r0 = self.register(server, self.register_rows(accounts, 0, 1, domain), 500, "reg-warmup", "warm",
                               judged=False)
            time.sleep(1)
            m0 = server.memory_kb()
            h0 = server.heap_used_kb()
            r1 = self.register(server, self.register_rows(accounts, 1, cpa, domain), 1000, "reg-fill", "fill",
                               judged=False)
            time.sleep(1)
            m1 = server.memory_kb()
            h1 = server.heap_used_kb()
            added = r1.ok
            out["contacts_registered"] = r0.ok + r1.ok
            out["contacts_listed"] = server.registered_contacts()
            out["memory_before_kb"] = m0
            out["memory_after_kb"] = m1
            out["memory_note"] = server.memory_note()
            out["memory_per_1000_kb"] = (m1 - m0) * 1000.0 / added if added else None
            if h0 is not None and h1 is not None and added:
                out["heap_per_1000_kb"] = (h1 - h0) * 1000.0 / added
            log("%s memory: %d kB -> %d kB after %d more contacts (%s): %s kB per 1,000%s"
                % (server.label, m0, m1, added, server.memory_note(),
                   fmt(out["memory_per_1000_kb"]),
                   "; live heap %s kB per 1,000" % fmt(out.get("heap_per_1000_kb")) if h0 is not None else ""))
            if out["contacts_listed"] is not None:
                log("%s lists %d registered contacts" % (server.label, out["contacts_listed"]))
        except Exception as e:  # a benchmark reports what it could measure
            out["memory_error"] = str(e)
            log("memory phase failed: %s" % e)

        # --- calls: pairs UAC i -> server -> UAS i (callee i's station)
        try:
            self.register_callees(server, accounts)
            uac_inf = os.path.join(self.workdir, "%s-uac.csv" % server.key)
            write_csv(uac_inf, [(accounts.caller.login, auth_field(accounts.caller), domain)])

            def call_step(rate, seconds=None, rtt=False, name="call-step", judged=True):
                waited = wait_idle(server)
                if waited > 5:
                    log("%s took %.0f s to become idle before the %d calls/s step" % (server.label, waited, rate))
                calls = max(100, int(rate * (seconds or self.step_seconds)))
                k = self.clients_for(rate, self.args.calls_per_client)
                uas = [start_uas(self.workdir, i, calls // k + 1) for i in range(k)]
                clients = [Client(SIPP_UAC_PORTS[i], inf=uac_inf, service=accounts.callees[i].aor,
                                  media_port=SIPP_UAC_MEDIA[i],
                                  # SIPp's digest uri is sip:<remote ip:port> unless forced: use the R-URI
                                  extra=("-auth_uri", "%s@%s" % (accounts.callees[i].aor, domain)))
                           for i in range(k)]
                r = None
                try:
                    r = run_sipp(name, self.workdir, "uac.xml", server.sip_target, clients, rate, calls,
                                 server=server, rtt=rtt)
                finally:
                    uas_seconds = sum(stop_uas(u) for u in uas)
                if r is not None:
                    r.sipp_seconds += uas_seconds
                log(str(r) + ("" if r.passed() or not judged else
                              "  FAIL " + r.errors[-300:].replace("\n", " | ")))
                return r

            def call_warmup(seconds=None):
                # the JIT compiles the call path during the first thousands of calls; Kamailio gets the same
                call_step(self.args.warmup_rate, seconds or self.args.warmup_seconds, name="call-warmup",
                          judged=False)

            call_warmup()
            lat = call_step(100, seconds=self.args.latency_seconds, rtt=True, name="call-latency")
            if lat.rtts:
                q = sorted(lat.rtts)
                out["setup_p50_ms"] = percentile(q, 50)
                out["setup_p99_ms"] = percentile(q, 99)
                out["setup_samples"] = len(q)
                out["latency_cpu"] = lat.cpu
            out["latency_run"] = vars_of(lat)
            if not lat.passed():
                out["latency_note"] = "the 100 calls/s run itself failed: %s" % lat

            best, steps = self.find_max(
                call_step,
                lambda: self.restart(server, accounts, lambda: call_warmup(self.args.warmup_seconds * 0.6)),
                self.args.call_start, self.args.call_ceiling)
            out["call_steps"] = [vars_of(s) for s in steps]
        except Exception as e:
            out["calls_error"] = str(e)
            log("call phase failed: %s" % e)

        # --- REGISTER rate on a fresh server, cycling over all the contacts (new, then refreshed)
        try:
            def reg_warmup():
                self.register(server, all_rows[:3000], 1000, "reg-warmup2", "warm2", judged=False)

            self.restart(server, accounts, reg_warmup)

            def reg_step(rate):
                wait_idle(server)
                n = max(200, int(rate * self.step_seconds))
                return self.register(server, (all_rows * (n // len(all_rows) + 1))[:n], rate, "reg-step", "step")

            best, steps = self.find_max(reg_step, lambda: self.restart(server, accounts, reg_warmup),
                                        self.args.reg_start, self.args.reg_ceiling)
            out["register_steps"] = [vars_of(s) for s in steps]
        except Exception as e:
            out["register_error"] = str(e)
            log("REGISTER phase failed: %s" % e)
        return summarize(out)

    def register_callees(self, server, accounts):
        """Each callee registers from its UAS's own port, so contact and source address are the same."""
        for i, line in enumerate(accounts.callees):
            inf = os.path.join(self.workdir, "callee%d.csv" % i)
            write_csv(inf, [(line.aor, line.login, auth_field(line), "uas", server.sip_target,
                             "%s:%d" % (HOST, SIPP_UAS_PORTS[i]))])
            r = run_sipp("reg-callee%d" % i, self.workdir, "register.xml", server.sip_target,
                         [Client(SIPP_UAS_PORTS[i], inf=inf)], 10, 1)
            if r.ok != 1:
                raise RuntimeError("registering the callee %s failed: %s %s" % (line.aor, r, r.errors))


def start_uas(workdir, i, calls):
    run_dir = os.path.join(workdir, "sipp", "uas%d-%d" % (i, int(time.time() * 1000) % 1000000))
    os.makedirs(run_dir)
    cmd = ["timeout", "-k", "5", str(int(calls / 25) + 120), "sipp", "-sf", os.path.join(SIPP_DIR, "uas.xml"),
           "-i", HOST, "-p", str(SIPP_UAS_PORTS[i]), "-t", "u1", "-mp", str(SIPP_UAS_MEDIA[i]), "-nostdin",
           "-trace_err", "-error_file", os.path.join(run_dir, "errors.log"),
           "-max_recv_loops", "2000", "-max_sched_loops", "2000", "-recv_timeout", "20000", "-nd"]
    out = open(os.path.join(run_dir, "screen.out"), "w")
    p = subprocess.Popen(cmd, cwd=run_dir, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                         start_new_session=True)
    p._bench_out = out
    time.sleep(0.3)
    if p.poll() is not None:
        raise RuntimeError("SIPp UAS exited at once (rc %s); see %s" % (p.returncode, run_dir))
    return p


def stop_uas(p):
    """Stops a UAS; returns its CPU seconds."""
    if p.returncode is None:
        p.send_signal(signal.SIGTERM)  # `timeout` passes it on to SIPp
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            except ChildProcessError:
                break
            if pid:
                p.returncode = os.waitstatus_to_exitcode(status)
                p._bench_out.close()
                return ru.ru_utime + ru.ru_stime
            time.sleep(0.05)
        p.kill()
        p.wait(5)
    p._bench_out.close()
    return 0.0


def summarize(out):
    """The headline figures from the steps: of the passing steps, the one that completed the most per second
    (ok / elapsed, the run-out of its last calls included), with its CPU."""
    for key, prefix in (("register_steps", "register"), ("call_steps", "calls")):
        passing = [st for st in out.get(key, []) if st["passed"]]
        if not passing:
            continue
        best = max(passing, key=lambda st: st["achieved"])
        rate = best["achieved"]
        if prefix == "register":
            out["registrations_per_s"] = rate
            out["register_transactions_per_s"] = 2 * rate
        else:
            out["calls_per_s"] = rate
        out[prefix + "_offered"] = best["offered"]
        out[prefix + "_cpu"] = best["cpu"]
        out[prefix + "_cpu_ms"] = 10.0 * best["cpu"] / rate if rate else None
        out[prefix + "_sipp_cpu"] = best.get("sipp_cpu")
        out[prefix + "_retransmissions"] = best.get("retransmissions")
    return out


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = (len(sorted_values) - 1) * p / 100.0
    f = int(k)
    c = min(f + 1, len(sorted_values) - 1)
    return sorted_values[f] + (sorted_values[c] - sorted_values[f]) * (k - f)


def vars_of(r):
    return {"offered": r.offered, "calls": r.calls, "ok": r.ok, "failed": r.failed,
            "achieved": round(r.achieved, 1), "elapsed": round(r.elapsed, 2), "cpu": round(r.cpu, 1),
            "sipp_cpu": round(r.sipp_cpu, 1), "sipp_processes": getattr(r, "clients", 1),
            "retransmissions": r.retrans, "passed": r.passed()}


# ---------------------------------------------------------------------------------------------- report

def fmt(v, pattern="{:,.0f}"):
    return "n/a" if v is None else pattern.format(v)


def report(results, args):
    k = results.get("kamailio", {})
    b = results.get("branchline", {})

    def ratio(key):
        if k.get(key) and b.get(key) is not None:
            return "%.0f %%" % (100.0 * b[key] / k[key])
        return "-"

    rows = [
        ("REGISTER+digest, registrations/s (<1 % fail)", fmt(k.get("registrations_per_s")),
         fmt(b.get("registrations_per_s")), ratio("registrations_per_s")),
        ("  = REGISTER transactions/s (2 per registration)", fmt(k.get("register_transactions_per_s")),
         fmt(b.get("register_transactions_per_s")), ratio("register_transactions_per_s")),
        ("  server CPU at that rate (% of one core)", fmt(k.get("register_cpu")), fmt(b.get("register_cpu")), ""),
        ("  server CPU-ms per registration", fmt(k.get("register_cpu_ms"), "{:.3f}"),
         fmt(b.get("register_cpu_ms"), "{:.3f}"), ""),
        ("calls/s INVITE/200/ACK/BYE (<1 % fail)", fmt(k.get("calls_per_s")), fmt(b.get("calls_per_s")),
         ratio("calls_per_s")),
        ("  server CPU at that rate (% of one core)", fmt(k.get("calls_cpu")), fmt(b.get("calls_cpu")), ""),
        ("  server CPU-ms per call", fmt(k.get("calls_cpu_ms"), "{:.3f}"), fmt(b.get("calls_cpu_ms"), "{:.3f}"), ""),
        ("call setup p50 at 100 calls/s (ms)", fmt(k.get("setup_p50_ms"), "{:.2f}"),
         fmt(b.get("setup_p50_ms"), "{:.2f}"), ""),
        ("call setup p99 at 100 calls/s (ms)", fmt(k.get("setup_p99_ms"), "{:.2f}"),
         fmt(b.get("setup_p99_ms"), "{:.2f}"), ""),
        ("memory per 1,000 registered contacts (kB)", fmt(k.get("memory_per_1000_kb")),
         fmt(b.get("memory_per_1000_kb")), ""),
        ("  Branchline live heap per 1,000 contacts (kB)", "", fmt(b.get("heap_per_1000_kb")), ""),
    ]
    w0 = max(len(r[0]) for r in rows)
    print()
    print("%-*s  %14s  %14s  %8s" % (w0, "metric", "Kamailio 5.6", "Branchline", "B/K"))
    print("-" * (w0 + 44))
    for r in rows:
        print("%-*s  %14s  %14s  %8s" % (w0, r[0], r[1], r[2], r[3]))
    print()
    for name, d in (("Kamailio", k), ("Branchline", b)):
        for key in ("memory_error", "register_error", "calls_error", "latency_note"):
            if d.get(key):
                print("%s %s: %s" % (name, key.replace("_", " "), d[key][:500]))
    for name, d in (("Kamailio", k), ("Branchline", b)):
        for what, key in (("REGISTER", "register_steps"), ("call", "call_steps")):
            fails = [st for st in d.get(key, []) if not st["passed"]]
            if fails:
                f = fails[0]
                both = f["cpu"] + f.get("sipp_cpu", 0)
                print("%s: at the first failing %s step (%d/s offered, %.0f/s achieved, %d retransmissions) the "
                      "server used %.0f %% of a core and SIPp %.0f %%: %s"
                      % (name, what, f["offered"], f["achieved"], f["retransmissions"], f["cpu"],
                         f.get("sipp_cpu", 0),
                         "the 2 cores were the limit" if both >= 170 else
                         "the cores were not the limit (requests lost in UDP socket queues at that burst rate, "
                         "then retransmitted)" if f["retransmissions"] else "see the step's SIPp errors"))
    for line in target_lines(k, b):
        print(line)

    date = time.strftime("%Y-%m-%d")
    md = ["### Performance", "",
          "Measured %s by `python3 karaf-assembly/bench/bench.py` on a 2-core machine (Debian bookworm, "
          "OpenJDK 17), SIPp on the same cores over loopback, so every figure is a lower bound. The peer is "
          "Kamailio 5.6 (2 UDP children) configured as an equivalent digest registrar (credentials in memory, "
          "usrloc in memory) and stateful proxy (INVITE challenged with 407, record-routed), measured in the "
          "same run." % date, "",
          "| | Kamailio 5.6 | Branchline | Branchline / Kamailio |", "|---|---:|---:|---:|"]
    for r in rows:
        md.append("| %s | %s | %s | %s |" % (r[0].strip(), r[1], r[2], r[3] if r[3] else ""))
    md += ["",
           "A registration is REGISTER, 401, REGISTER with MD5 digest, 200 (two REGISTER transactions); a rate "
           "is what the best passing step completed per second (%g s steps, up to 4 SIPp processes; a step "
           "passes with < 1 %% failed and its last call done within 1.5 s of when it was due), on a server "
           "restarted and warmed up after each overloaded step; registrations cycle over %s distinct contacts (%s AORs x %d contacts). A call is INVITE, 407, "
           "ACK, INVITE with credentials, 180, 200, ACK, BYE, 200, SIPp UAC -> server -> SIPp UAS; call setup "
           "runs from the first INVITE to the 200 (SIPp message trace, after a 10 s warm-up at 200 calls/s). "
           "CPU from /proc/<pid>/stat during the step (%% of one core). Memory: Branchline's JVM RSS after a full "
           "GC (coarse: the JVM sizes its heap by its own policy) and its live heap, Kamailio's PSS summed over its processes, before and after registering "
           "%s more contacts. "
           "SIPp and the server share the 2 cores, and the other tenants of a shared machine take their part: "
           "CPU-ms per operation is the steadier comparison."
           % (args.step_seconds, fmt(results.get("contacts_total")), fmt(results.get("aors")),
              args.contacts_per_aor, fmt((results.get("contacts_total") or 0) - (results.get("aors") or 0)))]
    if b.get("provision_seconds"):
        md += ["", "Provisioning %s handsets over REST (4 parallel clients) took %.1f s."
               % (fmt(results.get("aors")), b["provision_seconds"])]
    md = [l if l.startswith("|") else textwrap.fill(l, 110, break_on_hyphens=False) for l in md]
    print()
    print("\n".join(md))
    return "\n".join(md)


def targets(k, b):
    """Issue 14's targets as (name, passed or None when not measured, what was measured)."""
    def share(key):
        return b[key] / k[key] if b.get(key) and k.get(key) else None

    reg, cpu_ms, memory = share("registrations_per_s"), share("calls_cpu_ms"), share("memory_per_1000_kb")
    calls, p99 = b.get("calls_per_s"), b.get("setup_p99_ms")
    return [
        ("registrations/s >= 60 % of Kamailio's", None if reg is None else reg >= 0.6,
         "n/a" if reg is None else "%.0f %%" % (100 * reg)),
        ("B2BUA calls/s >= 1,000 at < 1 % failure", None if calls is None else calls >= 1000,
         "%s/s" % fmt(calls)),
        ("server CPU-ms per call <= 2x Kamailio's", None if cpu_ms is None else cpu_ms <= 2.0,
         "n/a" if cpu_ms is None else "%.1fx (%s vs %s)" % (cpu_ms, fmt(b.get("calls_cpu_ms"), "{:.3f}"),
                                                             fmt(k.get("calls_cpu_ms"), "{:.3f}"))),
        ("call setup p99 < 20 ms at 100 calls/s", None if p99 is None else p99 < 20.0, "%s ms" % fmt(p99, "{:.1f}")),
        ("memory per 1,000 registered contacts <= Kamailio's", None if memory is None else memory <= 1.0,
         "n/a" if memory is None else "%s vs %s kB" % (fmt(b.get("memory_per_1000_kb")),
                                                       fmt(k.get("memory_per_1000_kb")))),
    ]


def target_lines(k, b):
    return ["%s  %s: %s" % ({True: "PASS", False: "FAIL", None: "SKIP"}[ok], name, measured)
            for name, ok, measured in targets(k, b)]


# ---------------------------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=("kamailio", "branchline"), help="measure one server")
    ap.add_argument("--aors", type=int, default=600, help="one-line handsets (AORs) to register (<= 898)")
    ap.add_argument("--contacts-per-aor", type=int, default=17, help="distinct contacts per AOR")
    ap.add_argument("--step-seconds", type=float, default=3.0, help="length of one rate step")
    ap.add_argument("--latency-seconds", type=float, default=10.0, help="length of the 100 calls/s run")
    ap.add_argument("--bisect", type=int, default=3, help="bisection steps after the first failing rate")
    ap.add_argument("--warmup-rate", type=int, default=200, help="calls/s of the call-path warm-up")
    ap.add_argument("--warmup-seconds", type=float, default=10.0, help="length of the call-path warm-up")
    ap.add_argument("--reg-start", type=int, default=1000)
    ap.add_argument("--reg-ceiling", type=int, default=32000)
    ap.add_argument("--call-start", type=int, default=200)
    ap.add_argument("--call-ceiling", type=int, default=6400)
    ap.add_argument("--reg-per-client", type=int, default=1500, help="registrations/s per SIPp process")
    ap.add_argument("--calls-per-client", type=int, default=500, help="calls/s per SIPp UAC (and UAS)")
    ap.add_argument("--kamailio-children", type=int, default=2)
    ap.add_argument("--no-invite-auth", action="store_true", help="Kamailio relays INVITEs without a 407")
    ap.add_argument("--quick", action="store_true", help="2 s steps, 1 bisection, 5 s latency run")
    ap.add_argument("--check", action="store_true",
                    help="a quick run of both servers, then one PASS/FAIL line per target (exit 1 on a FAIL)")
    ap.add_argument("--workdir", help="keep everything here (default: a new /tmp/branchline-bench-*)")
    ap.add_argument("--report", metavar="JSON", help="only print the report of an earlier run's bench-results.json")
    args = ap.parse_args()
    if args.report:
        with open(args.report) as f:
            results = json.load(f)
        for key in ("kamailio", "branchline"):
            if key in results:
                summarize(results[key])
        report(results, args)
        return
    if args.check:
        if args.only:
            raise SystemExit("--check compares with Kamailio: leave out --only")
        args.quick = True
    if args.quick:
        args.step_seconds, args.bisect, args.latency_seconds, args.warmup_seconds = 2.0, 1, 5.0, 5.0
    require("sipp", "sip-tester")
    if args.only != "branchline":
        require("kamailio", "kamailio")
    workdir = args.workdir or tempfile.mkdtemp(prefix="branchline-bench-")
    os.makedirs(workdir, exist_ok=True)
    log("work directory %s; load average %s (the machine may be shared: every step logs the server's and "
        "SIPp's CPU)" % (workdir, " ".join(open("/proc/loadavg").read().split()[:3])))
    for p in SIPP_REG_PORTS + SIPP_UAC_PORTS + SIPP_UAS_PORTS:
        if not port_free_udp(p):
            raise SystemExit("UDP port %d is busy" % p)

    bench = Bench(args, workdir)
    results = {"date": time.strftime("%Y-%m-%d %H:%M:%S"), "aors": args.aors,
               "contacts_total": args.aors * args.contacts_per_aor}
    live = []

    def cleanup(*_):
        while live:
            try:
                live.pop().stop()
            except Exception as e:
                print("cleanup: %s" % e, file=sys.stderr)

    signal.signal(signal.SIGTERM, lambda *_: (cleanup(), sys.exit(143)))
    try:
        accounts = None
        branchline = None
        if args.only != "kamailio":
            # provision Branchline first (REST hands out the station numbers), then stop it while Kamailio runs
            try:
                branchline = Branchline(workdir, BRANCHLINE_SIP_PORT)
                live.append(branchline)
                branchline.start()
                accounts = branchline.provision(args.aors)
            except Exception as e:
                log("Branchline could not be started/provisioned: %s" % e)
                results["branchline"] = {"server": "Branchline", "register_error": "not measured: %s" % e}
                cleanup()
                branchline = None
        if accounts is None:
            accounts = planned_accounts(args.aors)
        if branchline is not None:
            branchline.stop()  # idle while Kamailio is measured; its provisioning is in its database
            live.remove(branchline)
        if args.only != "branchline":
            kam = Kamailio(workdir, KAMAILIO_SIP_PORT, accounts, children=args.kamailio_children,
                           invite_auth=not args.no_invite_auth)
            live.append(kam)
            kam.start()
            log("== Kamailio")
            results["kamailio"] = bench.run_server(kam, accounts)
            kam.stop()
            live.remove(kam)
        if branchline is not None:
            log("== Branchline")
            branchline.start()
            live.append(branchline)
            res = bench.run_server(branchline, accounts)
            res["provision_seconds"] = branchline.provision_seconds
            res["provision_parallel_errors"] = len(branchline.provision_errors)
            results["branchline"] = res
            branchline.stop()
            live.remove(branchline)
    finally:
        cleanup()
    md = report(results, args)
    results["markdown"] = md
    path = os.path.join(workdir, "bench-results.json")
    with open(path, "w") as f:
        json.dump(results, f, indent=2)
    log("results in %s (total %.0f s)" % (path, time.time() - T0))
    if args.check:
        print()
        print("\n".join(target_lines(results.get("kamailio", {}), results.get("branchline", {}))))
        if any(ok is not True for _, ok, _ in targets(results.get("kamailio", {}), results.get("branchline", {}))):
            sys.exit(1)


if __name__ == "__main__":
    main()
