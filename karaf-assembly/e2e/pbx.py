"""End-to-end harness for the assembled Branchline distribution (Python 3 standard library only).

It unpacks the distribution tarball into a work directory, moves its ports out of the way, starts and stops
it with the distribution's own bin/start and bin/stop, and talks to it with real clients:

* REST with the ``curl`` binary (status from ``-w '%{http_code}'``, JSON parsed from the body);
* SOAP with a hand-written document/literal envelope over ``http.client``, answers parsed by ElementTree;
* the Karaf shell with ``sshpass`` + ``ssh``.

``PostgresServer`` runs a throwaway PostgreSQL cluster from Debian's ``postgresql`` package.

Missing client tools raise ``MissingTool`` (an AssertionError) naming the Debian packages to install: the
tests must fail, never skip.
"""

import base64
import glob
import http.client
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tarfile
import tempfile
import time
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.abspath(os.path.join(HERE, "..", ".."))
DIST_NAME = "branchline-0.1.0-SNAPSHOT"
TARBALL = os.path.join(PROJECT, "karaf-assembly", "distribution", "target", DIST_NAME + ".tar.gz")

INSTALL_HINT = ("install the end-to-end test tools (Debian, as root): "
                "apt-get update && apt-get install -y curl sshpass openssh-client postgresql")

SOAP_NS = "urn:branchline:admin:directory:1"
SOAP_ENV_NS = "http://schemas.xmlsoap.org/soap/envelope/"

# Source trees whose changes make the tarball stale (relative to PROJECT).
_SOURCE_TREES = ("bundles", "features", "etc", os.path.join("karaf-assembly", "distribution"), "pom.xml")


class MissingTool(AssertionError):
    """A client program the end-to-end tests need is not installed."""


def log(message):
    print("[e2e %s] %s" % (time.strftime("%H:%M:%S"), message), flush=True)


# --------------------------------------------------------------------------------------------- tools

def require_tool(name, hint=INSTALL_HINT):
    path = shutil.which(name)
    if not path:
        raise MissingTool("required program '%s' not found on PATH; %s" % (name, hint))
    return path


NODE_TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "node_modules", ".bin")


def require_node_tool(name):
    """A program from the npm packages pinned in karaf-assembly/e2e/package.json (test.sh installs them)."""
    path = os.path.join(NODE_TOOLS, name)
    if not os.access(path, os.X_OK):
        raise MissingTool("required program '%s' not found in %s; run: npm ci --prefix karaf-assembly/e2e"
                          % (name, NODE_TOOLS))
    return path


def require_tools(*names):
    missing = [n for n in names if not shutil.which(n)]
    if missing:
        raise MissingTool("required programs not found on PATH: %s; %s" % (", ".join(missing), INSTALL_HINT))


def postgres_bin_dir():
    """The newest /usr/lib/postgresql/<version>/bin holding initdb, pg_ctl and psql."""
    candidates = []
    for d in glob.glob("/usr/lib/postgresql/*/bin"):
        if all(os.access(os.path.join(d, t), os.X_OK) for t in ("initdb", "pg_ctl", "psql", "postgres")):
            try:
                version = float(os.path.basename(os.path.dirname(d)))
            except ValueError:
                version = 0.0
            candidates.append((version, d))
    if not candidates:
        raise MissingTool("PostgreSQL server binaries (initdb, pg_ctl, postgres, psql) not found under "
                          "/usr/lib/postgresql/*/bin; " + INSTALL_HINT)
    return max(candidates)[1]


# ------------------------------------------------------------------------------------------ tarball

def _newest_source_mtime():
    newest, newest_path = 0.0, None
    for tree in _SOURCE_TREES:
        top = os.path.join(PROJECT, tree)
        if os.path.isfile(top):
            paths = [top]
        else:
            paths = []
            for root, dirs, files in os.walk(top):
                dirs[:] = [d for d in dirs if d not in ("target", ".git")]
                paths.extend(os.path.join(root, f) for f in files)
        for p in paths:
            try:
                m = os.path.getmtime(p)
            except OSError:
                continue
            if m > newest:
                newest, newest_path = m, p
    return newest, newest_path


def ensure_tarball(tarball=TARBALL):
    """Builds the distribution when the tarball is missing, or stale and BRANCHLINE_E2E_BUILD=1.

    A stale tarball is otherwise only reported: another build may be running in the same tree
    (karaf-assembly/test.sh runs `mvn install` right before the end-to-end tests).
    """
    build = not os.path.isfile(tarball)
    if not build:
        newest, path = _newest_source_mtime()
        if newest > os.path.getmtime(tarball):
            if os.environ.get("BRANCHLINE_E2E_BUILD") == "1":
                build = True
            else:
                log("WARNING: %s is older than %s; testing the tarball as it is "
                    "(rebuild: cd %s && mvn -B -q install -DskipTests, or set BRANCHLINE_E2E_BUILD=1)"
                    % (tarball, os.path.relpath(path, PROJECT), PROJECT))
    if build:
        require_tool("mvn", "install Maven (apt-get install -y maven) and a JDK 17")
        log("building the distribution: mvn -B -q install -DskipTests")
        r = subprocess.run(["mvn", "-B", "-q", "install", "-DskipTests"], cwd=PROJECT,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0 or not os.path.isfile(tarball):
            raise AssertionError("building the distribution failed (rc=%d):\n%s" % (r.returncode, r.stdout[-6000:]))
    return tarball


# ---------------------------------------------------------------------------------- cfg editing

def write_cfg(path, text):
    """Writes a .cfg file the way an editor that saves safely does: a whole new file renamed over the old,
    so Karaf's file watcher never reads it truncated (it would apply an empty configuration first)."""
    tmp = "%s.%d.tmp" % (path, os.getpid())
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def set_property(path, key, value):
    """Replaces the one active `key = ...` line of a Karaf .cfg file; fails if there is not exactly one."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    hits = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("#") or "=" not in s:
            continue
        if s.split("=", 1)[0].strip() == key:
            lines[i] = "%s = %s" % (key, value)
            hits += 1
    if hits != 1:
        raise AssertionError("%s: expected exactly one active '%s = ...' line, found %d" % (path, key, hits))
    write_cfg(path, "\n".join(lines))


def set_or_add_property(path, key, value):
    """Like set_property, but appends `key = value` when the file has no active line for the key, and
    creates the file when it does not exist."""
    if os.path.isfile(path) and key in read_properties(path):
        set_property(path, key, value)
        return
    text = "# written by the end-to-end tests\n"
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    write_cfg(path, text + "\n%s = %s\n" % (key, value))


def read_properties(path):
    """The active key = value lines of a .cfg file."""
    props = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if not s or s.startswith("#") or "=" not in s:
                continue
            k, v = s.split("=", 1)
            props[k.strip()] = v.strip()
    return props


def switch_datasource_to_postgres(path, url, user, password):
    """Edits etc/org.ops4j.datasource-branchline.cfg as its comments say: comment out the H2 driver, url,
    user and password lines and activate the commented PostgreSQL ones (with this server's values)."""
    keys = ("osgi.jdbc.driver.name", "url", "user", "password")
    wanted = {"osgi.jdbc.driver.name": "PostgreSQL JDBC Driver", "url": url, "user": user, "password": password}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    commented_out, activated = set(), set()
    for i, line in enumerate(lines):
        s = line.strip()
        if not s.startswith("#") and "=" in s:
            k = s.split("=", 1)[0].strip()
            if k in keys:
                lines[i] = "# " + line
                commented_out.add(k)
        elif s.startswith("#"):
            body = s.lstrip("#").strip()
            if "=" not in body:
                continue
            k, v = (p.strip() for p in body.split("=", 1))
            if k not in keys or k in activated:
                continue
            # The PostgreSQL block: the driver line names PostgreSQL, the url is a jdbc:postgresql url;
            # user/password are taken once the PostgreSQL driver line has been seen.
            if k == "osgi.jdbc.driver.name" and "postgres" not in v.lower():
                continue
            if k == "url" and not v.startswith("jdbc:postgresql:"):
                continue
            if k in ("user", "password") and "osgi.jdbc.driver.name" not in activated:
                continue
            lines[i] = "%s = %s" % (k, wanted[k])
            activated.add(k)
    if commented_out != set(keys) or activated != set(keys):
        raise AssertionError("%s does not have the layout its comments describe (H2 lines found: %s, "
                             "PostgreSQL lines found: %s)" % (path, sorted(commented_out), sorted(activated)))
    write_cfg(path, "\n".join(lines))


# -------------------------------------------------------------------------------------- responses

class Response:
    """An HTTP answer: status (int), text (str) and json (parsed lazily; None when the body is not JSON)."""

    def __init__(self, status, text, command=None):
        self.status = status
        self.text = text
        self.command = command

    @property
    def json(self):
        try:
            return json.loads(self.text) if self.text.strip() else None
        except ValueError:
            return None

    def __repr__(self):
        return "HTTP %s %s" % (self.status, self.text[:1500])


class SoapResponse:
    """A SOAP answer: HTTP status, the raw text, the parsed envelope and, for a fault, its code and string."""

    def __init__(self, status, text):
        self.status = status
        self.text = text
        self.root = None
        self.fault_code = None
        self.fault_string = None
        self.body = None
        try:
            self.root = ET.fromstring(text)
        except ET.ParseError:
            return
        self.body = self.root.find("{%s}Body" % SOAP_ENV_NS)
        fault = self.body.find("{%s}Fault" % SOAP_ENV_NS) if self.body is not None else None
        if fault is not None:
            self.fault_code = (fault.findtext("faultcode") or "").strip()
            self.fault_string = (fault.findtext("faultstring") or "").strip()

    def payload(self):
        """The operation's response element (e.g. ns2:getUserResponse), or None."""
        if self.body is None or self.fault_code is not None:
            return None
        return next(iter(self.body), None)

    def returns(self):
        """The <return> elements of the response (unqualified, as JAX-WS wrapped style writes them)."""
        p = self.payload()
        return [] if p is None else p.findall("return")

    def __repr__(self):
        return "SOAP HTTP %s %s" % (self.status, self.text[:1500])


def element_to_dict(element):
    """<return><loginName>a</loginName><roles>x</roles><roles>y</roles></return> -> {'loginName': 'a',
    'roles': ['x', 'y']} (repeated children become lists)."""
    out = {}
    for child in element:
        tag = child.tag.split("}", 1)[-1]
        value = element_to_dict(child) if len(child) else (child.text or "")
        if tag in out:
            if not isinstance(out[tag], list):
                out[tag] = [out[tag]]
            out[tag].append(value)
        else:
            out[tag] = value
    return out


# ------------------------------------------------------------------------------------ processes

def _proc_cmdline(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return [a.decode("utf-8", "replace") for a in f.read().split(b"\0") if a]
    except OSError:
        return None


def _pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child of ours is dead for our purposes
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _port_open(port, host="127.0.0.1"):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


# ------------------------------------------------------------------------------------ distribution

class Distribution:
    """One unpacked Branchline distribution with its own ports and data.

    database: None for the embedded H2 default; or a PostgresServer (or a dict with url, user, password)
    to switch etc/org.ops4j.datasource-branchline.cfg to PostgreSQL.
    """

    READY_TIMEOUT = 90

    def __init__(self, workdir, http_port, ssh_port, rmi_ports, database=None, tarball=TARBALL,
                 sip_port=None, sip_settings=None, media_settings=None):
        """sip_port: moves the SIP UDP and TCP ports there and binds them and the media engine to 127.0.0.1
        (etc/org.branchline.sip.cfg, created when the distribution has none); sip_settings: more keys of that
        file (e.g. relayPortMin); media_settings: keys of etc/org.branchline.media.cfg (e.g. portMinimum)."""
        self.workdir = os.path.abspath(workdir)
        self.sip_port = sip_port
        self.sip_settings = dict(sip_settings or {})
        self.media_settings = dict(media_settings or {})
        self.http_port = http_port
        self.ssh_port = ssh_port
        self.rmi_registry_port, self.rmi_server_port = rmi_ports
        self.database = database
        os.makedirs(self.workdir, exist_ok=True)
        self.home = os.path.join(self.workdir, DIST_NAME)
        if os.path.exists(self.home):
            raise AssertionError("%s already exists; use an empty work directory" % self.home)
        ensure_tarball(tarball)
        with tarfile.open(tarball) as tar:
            try:
                tar.extractall(self.workdir, filter="fully_trusted")
            except TypeError:  # Python without extraction filters
                tar.extractall(self.workdir)
        if not os.path.isfile(os.path.join(self.home, "bin", "start")):
            raise AssertionError("%s did not unpack to %s" % (tarball, self.home))
        self.home = os.path.realpath(self.home)
        self.console_log = os.path.join(self.workdir, "karaf-console.out")
        self._configure()

    # --- paths
    def path(self, *parts):
        return os.path.join(self.home, *parts)

    @property
    def karaf_log(self):
        return self.path("data", "log", "karaf.log")

    @property
    def base_url(self):
        return "http://127.0.0.1:%d/cxf/branchline" % self.http_port

    @property
    def api_url(self):
        return self.base_url + "/api"

    @property
    def soap_url(self):
        return self.base_url + "/soap"

    def ports(self):
        ports = [self.http_port, self.ssh_port, self.rmi_registry_port, self.rmi_server_port]
        if self.sip_port:
            ports.append(self.sip_port)  # the SIP TCP listener
        return ports

    @property
    def sip_cfg(self):
        return self.path("etc", "org.branchline.sip.cfg")

    # --- configuration
    def _configure(self):
        set_property(self.path("etc", "org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", self.http_port)
        set_property(self.path("etc", "org.apache.karaf.shell.cfg"), "sshPort", self.ssh_port)
        mgmt = self.path("etc", "org.apache.karaf.management.cfg")
        set_property(mgmt, "rmiRegistryPort", self.rmi_registry_port)
        set_property(mgmt, "rmiServerPort", self.rmi_server_port)
        if self.sip_port:
            settings = {"address": "127.0.0.1", "udpPort": self.sip_port, "tcpPort": self.sip_port}
            settings.update(self.sip_settings)
            for key, value in settings.items():
                set_or_add_property(self.sip_cfg, key, value)
        elif self.sip_settings:
            for key, value in self.sip_settings.items():
                set_or_add_property(self.sip_cfg, key, value)
        media = dict({"address": "127.0.0.1"} if self.sip_port else {}, **self.media_settings)
        for key, value in media.items():
            set_or_add_property(self.path("etc", "org.branchline.media.cfg"), key, value)
        directory = read_properties(self.path("etc", "org.branchline.directory.cfg"))
        self.initial_admin = (directory.get("serverAdministratorLogin", "admin"),
                              directory.get("serverAdministratorInitialPassword", "admin"))
        if self.database is not None:
            db = self.database
            if isinstance(db, dict):
                url, user, password = db["url"], db["user"], db["password"]
            else:
                url, user, password = db.jdbc_url, db.user, db.password
            switch_datasource_to_postgres(self.path("etc", "org.ops4j.datasource-branchline.cfg"),
                                          url, user, password)

    def admin_login(self, new_password):
        """The Server Administrator's (login, password): the first-boot password is changed to new_password
        when the server still requires it, else the initial one still works."""
        login, initial = self.initial_admin
        r = self.rest("GET", "v1/me", auth=(login, initial))
        if r.status == 200 and (r.json or {}).get("password-change-required"):
            r = self.rest("PUT", "v1/me/password", auth=(login, initial),
                          body={"current-password": initial, "new-password": new_password})
            if r.status != 204:
                raise AssertionError("changing the admin's first password: %r" % r)
            return login, new_password
        if r.status != 200:
            raise AssertionError("GET v1/me as the initial admin: %r" % r)
        return login, initial

    # --- lifecycle
    def _env(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith("KARAF_")}
        env["KARAF_REDIRECT"] = self.console_log
        return env

    def java_pids(self):
        """Pids of the Karaf JVMs running from this distribution's home (found in /proc)."""
        marker_home = "-Dkaraf.home=" + self.home
        marker_base = "-Dkaraf.base=" + self.home
        pids = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            args = _proc_cmdline(int(entry))
            if not args or "java" not in os.path.basename(args[0]):
                continue
            for a in args:
                if a.startswith("-Dkaraf.home=") or a.startswith("-Dkaraf.base="):
                    v = a.split("=", 1)[1]
                    if os.path.realpath(v) == self.home or a in (marker_home, marker_base):
                        pids.append(int(entry))
                        break
        return sorted(set(p for p in pids if _pid_alive(p)))

    def pid(self):
        """The running Karaf JVM's pid (karaf.pid when it names a live JVM of this home, else /proc)."""
        pids = self.java_pids()
        try:
            with open(self.path("karaf.pid")) as f:
                from_file = int(f.read().strip())
            if from_file in pids:
                return from_file
        except (OSError, ValueError):
            pass
        return pids[0] if pids else None

    def is_running(self):
        return bool(self.java_pids())

    def start(self, wait=True):
        if self.is_running():
            raise AssertionError("Karaf in %s is already running (pid %s)" % (self.home, self.java_pids()))
        busy = [p for p in self.ports() if _port_open(p)]
        if busy:
            raise AssertionError("ports %s are already in use (another instance still running?)" % busy)
        log("starting %s (http %d, ssh %d)" % (self.home, self.http_port, self.ssh_port))
        r = subprocess.run([self.path("bin", "start")], cwd=self.home, env=self._env(),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
        if r.returncode != 0:
            raise AssertionError("bin/start failed (rc=%d): %s" % (r.returncode, r.stdout))
        deadline = time.time() + 30
        while not self.is_running():
            if time.time() > deadline:
                raise AssertionError("bin/start left no Karaf JVM running\n" + self.log_tail())
            time.sleep(0.2)
        if wait:
            self.wait_ready()

    def wait_ready(self, timeout=None):
        """Waits until REST (openapi.json lists the directory's /v1/me), SOAP (?wsdl) and the ssh port answer, and the PBX realm checks
        logins: a made-up login gets 401 (while the realm is still starting the doors answer 503)."""
        timeout = timeout or self.READY_TIMEOUT
        started = time.time()
        deadline = started + timeout
        pending = ["rest", "login", "soap", "ssh"]
        while pending:
            if not self.is_running():
                raise AssertionError("Karaf died while starting\n" + self.log_tail())
            if "rest" in pending and '"/v1/me"' in self._http_get_text(self.api_url + "/openapi.json"):
                pending.remove("rest")
            if "login" in pending and "rest" not in pending and self._http_get_status(
                    self.api_url + "/v1/me", auth=("e2e-readiness-probe", "not-a-password")) == 401:
                pending.remove("login")
            if "soap" in pending and self._http_get_status(self.soap_url + "?wsdl") == 200:
                pending.remove("soap")
            if "ssh" in pending and _port_open(self.ssh_port):
                pending.remove("ssh")
            if not pending:
                break
            if time.time() > deadline:
                raise AssertionError("Karaf in %s not ready after %d s (still waiting for: %s)\n%s"
                                     % (self.home, timeout, ", ".join(pending), self.log_tail()))
            time.sleep(0.25)
        log("ready in %.1f s (pid %s)" % (time.time() - started, self.pid()))

    def _http_get_status(self, url, auth=None):
        return self._http_get(url, auth)[0]

    def _http_get_text(self, url):
        status, body = self._http_get(url)
        return body if status == 200 else ""

    def _http_get(self, url, auth=None):
        """(status, body text) of a GET, or (None, "") when nothing answers."""
        try:
            host_port = url.split("/")[2]
            path = "/" + url.split("/", 3)[3]
            headers = {}
            if auth is not None:
                headers["Authorization"] = "Basic " + base64.b64encode(
                    ("%s:%s" % auth).encode("utf-8")).decode("ascii")
            c = http.client.HTTPConnection(host_port, timeout=5)
            try:
                c.request("GET", path, headers=headers)
                r = c.getresponse()
                return r.status, r.read().decode("utf-8", "replace")
            finally:
                c.close()
        except (OSError, http.client.HTTPException):
            return None, ""

    def _wait_gone(self, pids, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if not any(_pid_alive(p) for p in pids):
                return True
            time.sleep(0.1)
        return not any(_pid_alive(p) for p in pids)

    def stop(self, timeout=60):
        """bin/stop, then waits for the JVM to end; SIGTERM and at last SIGKILL if it does not."""
        pids = self.java_pids()
        if not pids:
            return
        log("stopping %s (pid %s)" % (self.home, pids))
        try:
            subprocess.run([self.path("bin", "stop")], cwd=self.home, env=self._env(),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=30)
        except subprocess.TimeoutExpired:
            log("bin/stop did not return within 30 s")
        if self._wait_gone(pids, timeout):
            self._wait_ports_free()
            return
        log("Karaf still running %d s after bin/stop; sending SIGTERM" % timeout)
        for p in pids:
            self._signal(p, signal.SIGTERM)
        if not self._wait_gone(pids, 20):
            log("Karaf ignored SIGTERM; sending SIGKILL")
            for p in pids:
                self._signal(p, signal.SIGKILL)
            self._wait_gone(pids, 10)
        self._wait_ports_free()

    def kill(self):
        """SIGKILL of the Karaf JVM (no shutdown hooks, nothing flushed)."""
        pids = self.java_pids()
        if not pids:
            raise AssertionError("kill(): Karaf in %s is not running" % self.home)
        log("kill -9 %s" % pids)
        for p in pids:
            self._signal(p, signal.SIGKILL)
        if not self._wait_gone(pids, 20):
            raise AssertionError("Karaf pid %s survived SIGKILL" % pids)
        self._wait_ports_free()
        return pids

    def restart(self):
        self.stop()
        self.start()

    @staticmethod
    def _signal(pid, sig):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass

    def _wait_ports_free(self, timeout=20):
        """Until no port of this distribution accepts a connection: a killed JVM's sockets outlive its pid."""
        deadline = time.time() + timeout
        while time.time() < deadline and any(_port_open(p) for p in self.ports()):
            time.sleep(0.1)

    def log_tail(self, lines=60):
        out = []
        for name, path in (("karaf.log", self.karaf_log), ("console", self.console_log)):
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    tail = f.readlines()[-lines:]
            except OSError:
                tail = ["(no %s)\n" % path]
            out.append("----- tail of %s (%s) -----\n%s" % (name, path, "".join(tail)))
        return "\n".join(out)

    # --- REST over curl
    def rest(self, method, path, auth=None, body=None, raw_body=None, timeout=30, content_type=None,
             data_file=None):
        """One REST call with curl. auth=(login, password) or None; body is JSON-encoded, raw_body is sent as
        is, data_file's bytes as they are (content_type names them). Returns Response(status, text)."""
        url = self.api_url + "/" + path.lstrip("/")
        return curl(method, url, auth=auth, body=body, raw_body=raw_body, timeout=timeout,
                    content_type=content_type, data_file=data_file)

    # --- feature keys, signed with the development vendor key (karaf-assembly/vendor-keys)
    def server_id(self, auth):
        r = self.rest("GET", "v1/feature-keys", auth=auth)
        if r.status != 200:
            raise AssertionError("GET v1/feature-keys: %r" % r)
        return r.json["server"]["server-id"]

    def install_key(self, auth, *features, key_id=None, expires=None):
        """Signs a key for this server naming `features` ("CONFERENCE_CENTER", "GENERIC_SIP_HANDSETS=10") and
        installs it over REST; returns the Response (201 with the key)."""
        key = sign_key(self.server_id(auth), *features, key_id=key_id, expires=expires)
        return self.rest("POST", "v1/feature-keys", auth=auth, raw_body=key, content_type="text/plain")

    # --- SOAP over http.client
    def soap(self, operation, params=(), auth=None, timeout=30, endpoint="", ns=SOAP_NS):
        """Calls the SOAP endpoint at soap/<endpoint> (the directory's when none) in its namespace."""
        url = self.soap_url + ("/" + endpoint if endpoint else "")
        return soap_call(url, operation, params, auth=auth, timeout=timeout, ns=ns)

    # --- Karaf shell over ssh
    def shell(self, command, login, password, timeout=60):
        return ssh_command(self.ssh_port, login, password, command, timeout=timeout)


VENDOR_KEYS = os.path.join(PROJECT, "karaf-assembly", "vendor-keys")


def sign_key(server_id, *features, key_id=None, expires=None):
    """The text of a feature key for server_id, signed by the vendor tool with the development key."""
    cmd = ["bash", os.path.join(VENDOR_KEYS, "vendor-keys.sh"), "sign", "--private",
           os.path.join(VENDOR_KEYS, "development", "vendor-private.key"), "--server", server_id]
    for f in features:
        cmd += ["--feature", f]
    if key_id:
        cmd += ["--id", key_id]
    if expires:
        cmd += ["--expires", str(expires)]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
    if r.returncode != 0:
        raise AssertionError("vendor-keys.sh sign failed (build first: mvn install): %s" % r.stderr.strip())
    return r.stdout


def curl(method, url, auth=None, body=None, raw_body=None, headers=(), timeout=30, content_type=None,
         data_file=None):
    exe = require_tool("curl")
    cmd = [exe, "-sS", "--max-time", str(timeout), "-X", method, "-w", "\n%{http_code}",
           "-H", "Accept: application/json"]
    if auth is not None:
        cmd += ["-u", "%s:%s" % auth]
    data = None
    if body is not None:
        data = json.dumps(body)
    elif raw_body is not None:
        data = raw_body
    if data is not None:
        cmd += ["-H", "Content-Type: " + (content_type or "application/json"), "--data-binary", "@-"]
    elif data_file is not None:
        cmd += ["-H", "Content-Type: " + (content_type or "application/octet-stream"), "--data-binary",
                "@" + data_file]
    for h in headers:
        cmd += ["-H", h]
    cmd.append(url)
    r = subprocess.run(cmd, input=data if data is not None else "", stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, timeout=timeout + 10)
    if r.returncode != 0:
        raise AssertionError("curl %s %s failed (rc=%d): %s" % (method, url, r.returncode, r.stderr.strip()))
    text, _, status = r.stdout.rpartition("\n")
    shown = "curl -X %s %s%s%s" % (method, "-u %s:*** " % auth[0] if auth else "", url,
                                   " -d '%s'" % data if data is not None else "")
    return Response(int(status), text, command=shown)


def soap_envelope(operation, params=(), ns=SOAP_NS):
    """A document/literal wrapped request: <d:operation xmlns:d=NS><name>value</name>...</d:operation>."""
    items = params.items() if isinstance(params, dict) else params
    parts = []
    for name, value in items:
        if value is None:
            continue
        values = value if isinstance(value, (list, tuple)) else [value]
        for v in values:
            parts.append("<%s>%s</%s>" % (name, escape(str(v)), name))
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<soap:Envelope xmlns:soap="%s"><soap:Body><d:%s xmlns:d="%s">%s</d:%s></soap:Body></soap:Envelope>'
            % (SOAP_ENV_NS, operation, ns, "".join(parts), operation))


def soap_call(url, operation, params=(), auth=None, timeout=30, ns=SOAP_NS):
    host_port = url.split("/")[2]
    path = "/" + url.split("/", 3)[3]
    envelope = soap_envelope(operation, params, ns).encode("utf-8")
    headers = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '""'}
    if auth is not None:
        headers["Authorization"] = "Basic " + base64.b64encode(("%s:%s" % auth).encode("utf-8")).decode("ascii")
    c = http.client.HTTPConnection(host_port, timeout=timeout)
    try:
        c.request("POST", path, body=envelope, headers=headers)
        r = c.getresponse()
        return SoapResponse(r.status, r.read().decode("utf-8", "replace"))
    finally:
        c.close()


class ShellResult:
    def __init__(self, returncode, stdout, stderr):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        return "rc=%s\nstdout: %s\nstderr: %s" % (self.returncode, self.stdout[-3000:], self.stderr[-3000:])


def ssh_command(port, login, password, command, timeout=60):
    """Runs one Karaf shell command over ssh with password authentication (sshpass -e)."""
    sshpass = require_tool("sshpass")
    ssh = require_tool("ssh")
    cmd = [sshpass, "-e", ssh, "-p", str(port),
           "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
           "-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no",
           "-o", "NumberOfPasswordPrompts=1", "-o", "ConnectTimeout=10", "-o", "LogLevel=ERROR",
           "%s@127.0.0.1" % login, command]
    env = dict(os.environ, SSHPASS=password)
    r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, env=env, timeout=timeout)
    return ShellResult(r.returncode, r.stdout, r.stderr)


# -------------------------------------------------------------------------------------- PostgreSQL

class PostgresServer:
    """A throwaway PostgreSQL cluster: initdb into a temp dir owned by `postgres` (when running as root),
    pg_ctl start on `port` with its socket in that dir, a login role and a database for Branchline."""

    def __init__(self, port=15432, user="branchline", password="branchline-e2e-pw", database="branchline"):
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.bin = postgres_bin_dir()
        self.dir = None
        self.data = None
        self.running = False

    @property
    def jdbc_url(self):
        return "jdbc:postgresql://127.0.0.1:%d/%s" % (self.port, self.database)

    def _as_owner(self, args):
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            if runuser:
                return [runuser, "-u", "postgres", "--"] + args
            return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join("'%s'" % a.replace("'", "'\\''") for a in args)]
        return args

    def _run(self, args, check=True, timeout=120, as_owner=True, env=None):
        cmd = self._as_owner(args) if as_owner else args
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout,
                           cwd=self.dir or "/", env=env)
        if check and r.returncode != 0:
            raise AssertionError("%s failed (rc=%d):\n%s" % (" ".join(cmd), r.returncode, r.stdout))
        return r

    def start(self):
        if _port_open(self.port):
            raise AssertionError("port %d is already in use; PostgresServer needs it free" % self.port)
        self.dir = tempfile.mkdtemp(prefix="branchline-e2e-pg-")
        self.data = os.path.join(self.dir, "data")
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise MissingTool("user 'postgres' does not exist (it comes with the postgresql package); "
                                  + INSTALL_HINT)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        os.chmod(self.dir, 0o700)
        log("PostgreSQL: initdb %s" % self.data)
        self._run([os.path.join(self.bin, "initdb"), "-D", self.data, "-U", "postgres", "-E", "UTF8",
                   "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"])
        self._run([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-l", os.path.join(self.dir, "postgres.log"),
                   "-o", "-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off" % (self.port, self.dir),
                   "-w", "-t", "60", "start"])
        self.running = True
        self.sql("CREATE ROLE %s LOGIN PASSWORD '%s'" % (self.user, self.password.replace("'", "''")),
                 superuser=True, database="postgres")
        self.sql("CREATE DATABASE %s OWNER %s" % (self.database, self.user), superuser=True, database="postgres")
        log("PostgreSQL running on 127.0.0.1:%d (%s)" % (self.port, self.dir))
        return self

    def sql(self, statement, superuser=False, database=None):
        """Runs one statement with psql; returns the unaligned, tuples-only output lines.
        As the Branchline role it connects over TCP with its password (like the JDBC driver does)."""
        psql = os.path.join(self.bin, "psql")
        base = [psql, "-X", "-v", "ON_ERROR_STOP=1", "-At", "-p", str(self.port),
                "-d", database or self.database, "-c", statement]
        if superuser:
            r = self._run(base[:1] + ["-h", self.dir, "-U", "postgres"] + base[1:])
        else:
            env = dict(os.environ, PGPASSWORD=self.password)
            r = self._run(base[:1] + ["-h", "127.0.0.1", "-U", self.user] + base[1:], as_owner=False, env=env)
        return [l for l in r.stdout.split("\n") if l]

    def log_tail(self, lines=40):
        try:
            with open(os.path.join(self.dir, "postgres.log"), errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except (OSError, TypeError):
            return "(no postgres.log)"

    def stop(self):
        if self.running:
            self._run([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-m", "fast", "-w", "-t", "60", "stop"],
                      check=False)
            self.running = False
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None
