#!/usr/bin/env python3
"""End-to-end tests of the assembled Branchline distribution with real clients.

    cd /work/main && python3 karaf-assembly/e2e/test_foundation.py [-v] [Class[.test]]

The foundation scenario runs twice, on the embedded H2 default and on a second distribution whose datasource
is switched to a throwaway PostgreSQL cluster: first login, users over REST (curl), SOAP, the Karaf shell over
ssh, input errors, role permissions (Phone vs Network Administrator), stop/start and kill -9 durability.

Needs: curl, sshpass, ssh, PostgreSQL server binaries and psql, Java 17. Missing tools fail the run with the
install hint (apt-get install -y curl sshpass openssh-client postgresql); nothing is skipped.
Prints `N passed, N failed` last and exits non-zero on any failure or error.
"""

import json
import os
import re
import subprocess
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pbx  # noqa: E402
import runner  # noqa: E402

H2_PORTS = dict(http_port=18181, ssh_port=18101, rmi_ports=(11099, 44445))
PG_PORTS = dict(http_port=18182, ssh_port=18102, rmi_ports=(11098, 44447))
PG_PORT = 15432

ADMIN_NEW_PASSWORD = "Adm1n-e2e-pw"

RUN = runner.Run("branchline-e2e-", "etc/, data/, logs")
workroot = RUN.workroot


class Scenario(unittest.TestCase):
    """One distribution shared by the tests of a class (booting costs seconds); each test brings the state
    it needs with the ensure_* helpers, so it also runs alone (e.g. `... H2Scenario.test_08_restart...`)."""

    dist = None
    passwords = None  # login -> current password, as the tests changed them

    @classmethod
    def boot(cls, **kwargs):
        cls.passwords = {}
        name = cls.__name__.lower()
        cls.dist = pbx.Distribution(os.path.join(workroot(), name), **kwargs)
        RUN.live.append(cls.dist)
        cls.passwords[cls.dist.initial_admin[0]] = cls.dist.initial_admin[1]
        try:
            cls.dist.start()
        except BaseException:
            print(cls.dist.log_tail(), file=sys.stderr)
            raise

    @classmethod
    def tearDownClass(cls):
        if cls.dist is not None:
            cls.dist.stop()
            if cls.dist in RUN.live:
                RUN.live.remove(cls.dist)

    # --- assertions
    def assertStatus(self, response, status, what=""):
        self.assertEqual(response.status, status, "%s: expected HTTP %d, got %r\n  request: %s"
                         % (what or "request", status, response, response.command))

    def assertError(self, response, status, contains, what=""):
        """An admin refusal: the status and a JSON object {"error": "..."} whose text contains `contains`."""
        self.assertStatus(response, status, what)
        body = response.json
        self.assertIsInstance(body, dict, "%s: HTTP %d must carry a JSON error object, got %r\n  request: %s"
                              % (what, status, response.text[:600], response.command))
        self.assertIn(contains, str(body.get("error", "")), "%s: %r" % (what, body))

    def assertFieldError(self, response, status, field, what=""):
        self.assertStatus(response, status, what)
        body = response.json
        self.assertIsInstance(body, dict, "%s: error body is not a JSON object: %r" % (what, response))
        self.assertEqual(body.get("field"), field, "%s: error names another field: %r" % (what, body))
        self.assertTrue(str(body.get("error", "")).startswith(field + ":"),
                        "%s: error should read '%s: <rule>': %r" % (what, field, body))

    # --- helpers
    def api(self, method, path, auth=None, body=None, raw_body=None):
        return self.dist.rest(method, path, auth=auth, body=body, raw_body=raw_body)

    def creds(self, login):
        return (login, self.passwords[login])

    def admin(self):
        """The Server Administrator's credentials, changing the first-boot password if still required."""
        return self.logged_in(self.dist.initial_admin[0], ADMIN_NEW_PASSWORD)

    def logged_in(self, login, new_password):
        """Credentials of `login`, after changing its password to new_password if the server requires it."""
        creds = self.creds(login)
        me = self.api("GET", "v1/me", auth=creds)
        self.assertStatus(me, 200, "GET v1/me as %s" % login)
        if me.json.get("password-change-required"):
            r = self.api("PUT", "v1/me/password", auth=creds,
                         body={"current-password": creds[1], "new-password": new_password})
            self.assertStatus(r, 204, "PUT v1/me/password as %s" % login)
            self.passwords[login] = new_password
        return self.creds(login)

    def ensure_user(self, login, full_name, password, pin, roles=()):
        """Creates the user (as admin) unless it exists, and assigns the roles."""
        admin = self.admin()
        r = self.api("GET", "v1/users/" + login, auth=admin)
        if r.status == 404:
            r = self.api("POST", "v1/users", auth=admin,
                         body={"login-name": login, "full-name": full_name, "password": password, "pin": pin})
            self.assertStatus(r, 201, "creating %s" % login)
            self.passwords[login] = password
        else:
            self.assertStatus(r, 200, "GET v1/users/%s" % login)
        for role in roles:
            self.assertStatus(self.api("PUT", "v1/users/%s/roles/%s" % (login, role), auth=admin), 200,
                              "assigning %s to %s" % (role, login))
        return r.json


class FoundationTests:
    """The foundation scenario from a distribution's first boot; run once per database."""

    def assert_database_holds(self, login, full_name):
        raise NotImplementedError

    def test_01_admin_must_change_password_before_anything_else(self):
        login, initial = self.dist.initial_admin
        self.assertEqual(self.passwords[login], initial,
                         "this test needs a fresh distribution: run it first (the tests are numbered)")
        first = (login, initial)
        me = self.api("GET", "v1/me", auth=first)
        self.assertStatus(me, 200, "GET v1/me before the change")
        self.assertEqual(me.json.get("login-name"), login)
        self.assertIs(me.json.get("password-change-required"), True, me.json)
        self.assertIn("SERVER_ADMINISTRATOR", me.json.get("roles"), me.json)
        # every other operation is refused until the password is changed: REST ...
        for method, path, body in (("GET", "v1/users", None),
                                   ("POST", "v1/users", {"login-name": "early", "full-name": "Too Early",
                                                         "password": "early-pw", "pin": "1234"}),
                                   ("GET", "v1/extensions", None),
                                   ("GET", "v1/dial-plan", None),
                                   ("GET", "v1/network", None),
                                   ("PUT", "v1/network", {"host-name": "early"})):
            r = self.api(method, path, auth=first, body=body)
            self.assertError(r, 403, "change the password", "%s %s before the password change" % (method, path))
        # ... and SOAP
        s = self.dist.soap("listUsers", auth=first)
        self.assertEqual(s.fault_code, "soap:Client", s)
        self.assertIn("change the password", s.fault_string, s)
        # a new password that breaks the rules is refused and changes nothing
        r = self.api("PUT", "v1/me/password", auth=first, body={"current-password": initial, "new-password": initial})
        self.assertFieldError(r, 400, "new-password", "reusing the current password")
        r = self.api("PUT", "v1/me/password", auth=first,
                     body={"current-password": "not-" + initial, "new-password": ADMIN_NEW_PASSWORD})
        self.assertFieldError(r, 400, "current-password", "wrong current password")
        # the change
        r = self.api("PUT", "v1/me/password", auth=first,
                     body={"current-password": initial, "new-password": ADMIN_NEW_PASSWORD})
        self.assertStatus(r, 204, "PUT v1/me/password")
        self.assertEqual(r.text, "", "204 has no body")
        self.passwords[login] = ADMIN_NEW_PASSWORD
        admin = self.creds(login)
        self.assertStatus(self.api("GET", "v1/users", auth=first), 401, "the old password after the change")
        me = self.api("GET", "v1/me", auth=admin)
        self.assertStatus(me, 200)
        self.assertIs(me.json.get("password-change-required"), False, me.json)
        r = self.api("GET", "v1/users", auth=admin)
        self.assertStatus(r, 200, "GET v1/users after the change")
        self.assertIn(login, [u["login-name"] for u in r.json])
        self.assertNotIn("early", [u["login-name"] for u in r.json], "the refused create must change nothing")

    def test_02_create_alice_with_curl(self):
        admin = self.admin()
        r = self.api("POST", "v1/users", auth=admin,
                     body={"login-name": "alice", "full-name": "Alice Liddell", "password": "alice-pw-1", "pin": "4321"})
        self.assertStatus(r, 201, "POST v1/users alice")
        self.passwords["alice"] = "alice-pw-1"
        u = r.json
        self.assertEqual(u["login-name"], "alice")
        self.assertEqual(u["full-name"], "Alice Liddell")
        self.assertIs(u["require-password-change"], True, "a new user must change the password")
        self.assertEqual(u["roles"], [])
        self.assertNotIn("password", u, "the password is never shown")
        self.assertNotIn("pin", u, "the PIN is never shown")
        r = self.api("GET", "v1/users/alice", auth=admin)
        self.assertStatus(r, 200, "GET v1/users/alice")
        self.assertEqual(r.json["full-name"], "Alice Liddell")
        self.assertIn("alice", [x["login-name"] for x in self.api("GET", "v1/users", auth=admin).json])

    def test_03_soap_get_user_reads_alice(self):
        admin = self.admin()
        rest = self.ensure_user("alice", "Alice Liddell", "alice-pw-1", "4321")
        s = self.dist.soap("getUser", {"loginName": "alice"}, auth=admin)
        self.assertEqual(s.status, 200, s)
        self.assertIsNone(s.fault_code, s)
        payload = s.payload()
        self.assertIsNotNone(payload, s)
        self.assertEqual(payload.tag, "{%s}getUserResponse" % pbx.SOAP_NS, s)
        returns = s.returns()
        self.assertEqual(len(returns), 1, s)
        user = pbx.element_to_dict(returns[0])
        self.assertEqual(user.get("loginName"), "alice", s)
        self.assertEqual(user.get("fullName"), rest["full-name"], s)
        self.assertEqual(user.get("fullName"), "Alice Liddell", s)
        self.assertEqual(user.get("requirePasswordChange"), "true", s)
        # an unknown user is a soap:Client fault naming it; no login is 401
        s = self.dist.soap("getUser", {"loginName": "nobody"}, auth=admin)
        self.assertEqual(s.fault_code, "soap:Client", s)
        self.assertIn("nobody", s.fault_string, s)
        s = self.dist.soap("getUser", {"loginName": "alice"})
        self.assertEqual(s.status, 401, s)
        self.assertNotIn("Alice Liddell", s.text)
        # the WSDL is public
        r = pbx.curl("GET", self.dist.soap_url + "?wsdl")
        self.assertStatus(r, 200, "GET soap?wsdl")
        self.assertIn("getUser", r.text)
        self.assertIn(pbx.SOAP_NS, r.text)
        # each subsystem publishes its own endpoint beside the directory's
        for endpoint, service in (("handsets", "HandsetAdminService"), ("call-routing", "CallRoutingAdminService"),
                                  ("call-records", "CallRecordsAdminService"),
                                  ("feature-keys", "FeatureKeysAdminService"), ("updates", "UpdatesAdminService"),
                                  ("voicemail", "VoicemailAdminService")):
            r = pbx.curl("GET", "%s/%s?wsdl" % (self.dist.soap_url, endpoint))
            self.assertStatus(r, 200, "GET soap/%s?wsdl" % endpoint)
            self.assertIn(service, r.text, "soap/%s?wsdl" % endpoint)
        s = self.dist.soap("listHandsets", auth=admin, endpoint="handsets", ns="urn:branchline:admin:handsets:1")
        self.assertIsNone(s.fault_code, s)

    def test_04_shell_user_list_json_over_ssh(self):
        admin = self.admin()
        self.ensure_user("alice", "Alice Liddell", "alice-pw-1", "4321")
        deadline = time.time() + 15  # the pbx:* commands may register a moment after the ssh port opens
        while True:
            out = self.dist.shell("pbx:user-list --json", *admin)
            if "Command not found" not in out.stdout + out.stderr or time.time() > deadline:
                break
            time.sleep(1)
        self.assertEqual(out.returncode, 0, "ssh pbx:user-list --json failed: %r" % out)
        try:
            users = json.loads(out.stdout)
        except ValueError:
            self.fail("pbx:user-list --json did not print JSON: %r" % out)
        self.assertIsInstance(users, list, out)
        by_login = {u.get("login-name"): u for u in users}
        self.assertIn("alice", by_login, out)
        self.assertEqual(by_login["alice"].get("full-name"), "Alice Liddell", out)
        self.assertIn(admin[0], by_login, out)
        # the shell logs in against the PBX users: a wrong password gets no shell
        bad = self.dist.shell("pbx:user-list --json", admin[0], "wrong-" + admin[1], timeout=60)
        self.assertNotEqual(bad.returncode, 0, bad)
        self.assertNotIn("alice", bad.stdout, bad)

    def test_04b_each_subsystem_brings_its_pbx_commands(self):
        """The data commands of every subsystem are there and print, with --json, what REST answers."""
        admin = self.admin()
        for command, path in (("pbx:extension-list", "v1/extensions"), ("pbx:handset-list", "v1/handsets"),
                              ("pbx:speed-dial-list", "v1/speed-dials"), ("pbx:call-park", "v1/call-park"),
                              ("pbx:key-list", "v1/feature-keys"), ("pbx:mailbox-list", "v1/mailboxes"),
                              ("pbx:network", "v1/network")):
            with self.subTest(command=command):
                out = self.dist.shell(command + " --json", *admin)
                self.assertEqual(out.returncode, 0, "%s --json: %r" % (command, out))
                try:
                    printed = json.loads(out.stdout)
                except ValueError:
                    self.fail("%s --json did not print JSON: %r" % (command, out))
                rest = self.api("GET", path, auth=admin).json
                if isinstance(rest, dict):  # pbx:key-list leaves the server to pbx:server-info
                    shared = set(rest) & set(printed)
                    self.assertTrue(shared, "%s prints none of GET %s's fields: %r" % (command, path, printed))
                    rest, printed = ({k: d[k] for k in shared} for d in (rest, printed))
                self.assertEqual(rest, printed, command + " against GET " + path)

    def test_05a_short_pin_is_400_naming_pin(self):
        admin = self.admin()
        r = self.api("POST", "v1/users", auth=admin,
                     body={"login-name": "shortpin", "full-name": "Short Pin", "password": "short-pw-1", "pin": "12"})
        self.assertFieldError(r, 400, "pin", "PIN 12")
        self.assertIn("pin", r.json["error"])
        self.assertStatus(self.api("GET", "v1/users/shortpin", auth=admin), 404, "a refused create adds no user")

    def test_05b_duplicate_login_is_409(self):
        admin = self.admin()
        self.ensure_user("alice", "Alice Liddell", "alice-pw-1", "4321")
        r = self.api("POST", "v1/users", auth=admin,
                     body={"login-name": "alice", "full-name": "Another Alice", "password": "other-pw-1", "pin": "9999"})
        self.assertFieldError(r, 409, "login-name", "duplicate alice")
        r = self.api("GET", "v1/users/alice", auth=admin)
        self.assertEqual(r.json["full-name"], "Alice Liddell", "the duplicate must not overwrite alice")

    def test_05c_unknown_field_is_400(self):
        admin = self.admin()
        r = self.api("POST", "v1/users", auth=admin,
                     body={"login-name": "shoes", "full-name": "Shoe Size", "password": "shoe-pw-1", "pin": "1234",
                           "shoe-size": 44})
        self.assertFieldError(r, 400, "shoe-size", "unknown field")
        self.assertIn("unknown field", r.json["error"])
        self.assertStatus(self.api("GET", "v1/users/shoes", auth=admin), 404, "a refused create adds no user")
        r = self.api("POST", "v1/users", auth=admin, raw_body='{"login-name": "broken",')
        self.assertStatus(r, 400, "malformed JSON")

    def test_05d_wrong_password_is_401(self):
        admin = self.admin()
        for auth in ((admin[0], "wrong-" + admin[1]), ("nobody-here", "whatever-pw"), None):
            r = self.api("GET", "v1/users", auth=auth)
            self.assertStatus(r, 401, "GET v1/users as %r" % (auth and auth[0]))
            self.assertIn("error", r.json or {}, r)
            self.assertNotIn("login-name", r.text, "a refused login shows no user data")
        s = self.dist.soap("listUsers", auth=(admin[0], "wrong-" + admin[1]))
        self.assertEqual(s.status, 401, s)
        # openapi.json stays public; the right password still works (and clears the failure count)
        self.assertStatus(self.api("GET", "openapi.json"), 200, "GET openapi.json without login")
        self.assertStatus(self.api("GET", "v1/users", auth=admin), 200, "the right password")

    def test_06_phone_administrator_bob(self):
        admin = self.admin()
        self.ensure_user("alice", "Alice Liddell", "alice-pw-1", "4321")
        self.ensure_user("bob", "Bob Builder", "bob-pw-1", "2468")
        r = self.api("PUT", "v1/users/bob/roles/phone-administrator", auth=admin)
        self.assertStatus(r, 200, "assigning phone-administrator to bob")
        self.assertEqual(r.json["roles"], ["PHONE_ADMINISTRATOR"], r)
        roles = self.api("GET", "v1/roles", auth=admin)
        self.assertStatus(roles, 200)
        self.assertIn("bob", roles.json.get("PHONE_ADMINISTRATOR", []), roles)
        # bob must change his own password first
        bob = self.creds("bob")
        me = self.api("GET", "v1/me", auth=bob)
        self.assertStatus(me, 200)
        self.assertIs(me.json["password-change-required"], True, me)
        self.assertStatus(self.api("GET", "v1/extensions", auth=bob), 403, "bob before changing his password")
        r = self.api("PUT", "v1/me/password", auth=bob, body={"current-password": bob[1], "new-password": "bob-pw-2"})
        self.assertStatus(r, 204, "bob changes his password")
        self.passwords["bob"] = "bob-pw-2"
        bob = self.creds("bob")
        me = self.api("GET", "v1/me", auth=bob)
        self.assertEqual(me.json, {"login-name": "bob", "roles": ["PHONE_ADMINISTRATOR"],
                                   "password-change-required": False})
        # Network > Configuration is not his
        before = self.api("GET", "v1/network", auth=admin)
        self.assertStatus(before, 200, "admin GET v1/network")
        r = self.api("PUT", "v1/network", auth=bob, body={"host-name": "bobs-pbx"})
        self.assertError(r, 403, "Network > Configuration", "Phone Administrator PUT v1/network")
        self.assertStatus(self.api("GET", "v1/network", auth=bob), 403, "Phone Administrator GET v1/network")
        self.assertEqual(self.api("GET", "v1/network", auth=admin).json, before.json, "a refused change changes nothing")
        # nor assigning Network Administrator
        r = self.api("PUT", "v1/users/alice/roles/network-administrator", auth=bob)
        self.assertError(r, 403, "may not use", "Phone Administrator assigning network-administrator")
        self.assertNotIn("NETWORK_ADMINISTRATOR", self.api("GET", "v1/users/alice", auth=admin).json["roles"])
        # but extensions are
        r = self.api("POST", "v1/extensions", auth=bob,
                     body={"number": "110", "kind": "USER", "owner": "bob", "description": "Bob's desk"})
        self.assertStatus(r, 201, "Phone Administrator POST v1/extensions")
        self.assertEqual(r.json, {"number": "110", "kind": "USER", "owner": "bob", "description": "Bob's desk"})
        r = self.api("GET", "v1/extensions/110", auth=admin)
        self.assertStatus(r, 200)
        self.assertEqual(r.json["owner"], "bob")
        self.assertIn("110", self.api("GET", "v1/users/bob", auth=admin).json["extensions"])

    def test_07_network_administrator_carol(self):
        admin = self.admin()
        self.ensure_user("carol", "Carol Network", "carol-pw-1", "1357")
        r = self.api("PUT", "v1/users/carol/roles/network-administrator", auth=admin)
        self.assertStatus(r, 200, "assigning network-administrator to carol")
        self.assertIn("NETWORK_ADMINISTRATOR", r.json["roles"], r)
        carol = self.logged_in("carol", "carol-pw-2")
        r = self.api("PUT", "v1/network", auth=carol, body={"host-name": "pbx"})
        self.assertStatus(r, 200, "Network Administrator PUT v1/network")
        self.assertEqual(r.json.get("host-name"), "pbx", r)
        r = self.api("GET", "v1/network", auth=carol)
        self.assertStatus(r, 200, "Network Administrator GET v1/network")
        self.assertEqual(r.json.get("host-name"), "pbx", r)
        self.assertEqual(self.api("GET", "v1/network", auth=admin).json.get("host-name"), "pbx")
        # a Network Administrator does not manage users
        r = self.api("POST", "v1/users", auth=carol,
                     body={"login-name": "carols", "full-name": "Not Hers", "password": "nothers-1", "pin": "1234"})
        self.assertStatus(r, 403, "Network Administrator POST v1/users")
        # an invalid field is refused as a whole
        r = self.api("PUT", "v1/network", auth=carol, body={"host-name": "pbx2", "lan-address": "999.1.2.3"})
        self.assertFieldError(r, 400, "lan-address", "bad LAN address")
        self.assertEqual(self.api("GET", "v1/network", auth=carol).json.get("host-name"), "pbx")

    def test_07b_every_resource_refuses_with_a_json_error(self):
        """A Network Administrator is refused the Phone Administrator's pages: 403 with the JSON error body
        the README and openapi.json promise ({"error": "..."}), on every resource."""
        self.ensure_user("carol", "Carol Network", "carol-pw-1", "1357", roles=("network-administrator",))
        carol = self.logged_in("carol", "carol-pw-2")
        for path in ("v1/users", "v1/users/admin", "v1/roles", "v1/templates", "v1/extensions", "v1/dial-plan",
                     "v1/dial-plan/patterns", "v1/password-requirements"):
            with self.subTest(path=path):
                self.assertError(self.api("GET", path, auth=carol), 403, "carol may not use",
                                 "Network Administrator GET " + path)

    def test_08_restart_keeps_users_roles_and_extensions(self):
        admin = self.admin()
        self.ensure_user("alice", "Alice Liddell", "alice-pw-1", "4321")
        self.ensure_user("bob", "Bob Builder", "bob-pw-1", "2468", roles=("phone-administrator",))
        if self.api("GET", "v1/extensions/110", auth=admin).status == 404:
            self.assertStatus(self.api("POST", "v1/extensions", auth=admin,
                                       body={"number": "110", "kind": "USER", "owner": "bob"}), 201)
        bob = self.logged_in("bob", "bob-pw-2")
        network = self.api("GET", "v1/network", auth=admin).json
        old_pid = self.dist.pid()
        self.dist.restart()
        self.assertNotEqual(self.dist.pid(), old_pid, "the JVM must really have been restarted")
        self.assertStatus(self.api("GET", "v1/me", auth=(admin[0], self.dist.initial_admin[1])), 401,
                          "the first-boot password must not come back after a restart")
        r = self.api("GET", "v1/users/alice", auth=admin)
        self.assertStatus(r, 200, "alice after restart")
        self.assertEqual(r.json["full-name"], "Alice Liddell")
        r = self.api("GET", "v1/users/bob", auth=admin)
        self.assertStatus(r, 200, "bob after restart")
        self.assertIn("PHONE_ADMINISTRATOR", r.json["roles"], r)
        self.assertIn("110", r.json["extensions"], r)
        r = self.api("GET", "v1/extensions/110", auth=admin)
        self.assertStatus(r, 200, "extension 110 after restart")
        self.assertEqual(r.json["owner"], "bob")
        me = self.api("GET", "v1/me", auth=bob)
        self.assertStatus(me, 200, "bob's changed password after restart")
        self.assertEqual(me.json["roles"], ["PHONE_ADMINISTRATOR"])
        self.assertIs(me.json["password-change-required"], False)
        self.assertEqual(self.api("GET", "v1/network", auth=admin).json, network)
        self.assert_database_holds("alice", "Alice Liddell")

    def test_09_kill_9_right_after_create_keeps_dave(self):
        admin = self.admin()
        r = self.api("POST", "v1/users", auth=admin,
                     body={"login-name": "dave", "full-name": "Dave Durable", "password": "dave-pw-1", "pin": "8642"})
        self.assertStatus(r, 201, "POST v1/users dave")
        killed = self.dist.kill()
        self.assertFalse(self.dist.is_running())
        self.dist.start()
        self.assertNotIn(self.dist.pid(), killed)
        r = self.api("GET", "v1/users/dave", auth=admin)
        self.assertStatus(r, 200, "dave after kill -9 and start")
        self.assertEqual(r.json["full-name"], "Dave Durable")
        # the password set in that acknowledged create works too
        me = self.api("GET", "v1/me", auth=("dave", "dave-pw-1"))
        self.assertStatus(me, 200, "dave logs in after kill -9")


    def test_99_repeated_failed_logins_are_throttled(self):
        # last, because it locks this machine's address out of the distribution for a minute
        admin = self.admin()
        for attempt in range(10):
            self.assertStatus(self.api("GET", "v1/me", auth=("mallory", "guess-%d" % attempt)), 401,
                              "failed login %d" % (attempt + 1))
        r = self.api("GET", "v1/me", auth=admin)
        self.assertError(r, 429, "too many failed logins", "the right password from a throttled address")


class H2Scenario(FoundationTests, Scenario):
    """The default distribution (embedded H2)."""

    @classmethod
    def setUpClass(cls):
        pbx.require_tools("curl", "sshpass", "ssh")
        cls.boot(**H2_PORTS)

    def assert_database_holds(self, login, full_name):
        self.assertTrue(os.path.isfile(self.dist.path("data", "branchline", "pbx.mv.db")),
                        "the H2 database file data/branchline/pbx.mv.db")

    def test_07c_the_openapi_document_is_valid_and_every_documented_path_answers(self):
        """The generated OpenAPI document lints clean as OpenAPI 3 (Redocly CLI, recommended rules; two known
        warnings) and names only paths that are there: each answers OPTIONS with a login (a path nobody serves is
        404)."""
        redocly = pbx.require_node_tool("redocly")
        r = pbx.curl("GET", self.dist.api_url + "/openapi.json")
        self.assertStatus(r, 200, "GET openapi.json without a login")
        document = os.path.join(workroot(), "openapi.json")
        with open(document, "w") as f:
            f.write(r.text)
        lint = subprocess.run([redocly, "lint", "--format=stylish", document], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=120)
        self.assertEqual(0, lint.returncode, "redocly lint %s:\n%s" % (document, lint.stdout[-6000:]))
        # the two warnings left: no licence is chosen yet, and the public document itself has no 4xx to give
        warnings = re.findall(r"^\s*\d+:\d+\s+warning\s+(\S+)", lint.stdout, re.M)
        self.assertEqual(["info-license", "operation-4xx-response"], sorted(warnings),
                         "redocly lint warnings:\n%s" % lint.stdout[-6000:])
        admin = self.admin()
        paths = r.json["paths"]
        self.assertIn("/v1/mailboxes", paths, "voicemail's paths are listed while it is installed")
        for path in paths:
            with self.subTest(path=path):
                url = self.dist.api_url + re.sub(r"\{[^}]+\}", "x", path)
                self.assertStatus(pbx.curl("OPTIONS", url, auth=admin), 200, "OPTIONS " + path)
        self.assertStatus(pbx.curl("OPTIONS", self.dist.api_url + "/v1/nothing-here", auth=admin), 404,
                          "OPTIONS of a path nobody serves")
        r = pbx.curl("GET", self.dist.api_url + "/docs/")
        self.assertStatus(r, 200, "Swagger UI at docs/")
        self.assertIn("swagger-ui", r.text)


class PostgresScenario(FoundationTests, Scenario):
    """The same scenario on a fresh distribution whose datasource cfg (one file) is switched to a throwaway
    PostgreSQL cluster, plus checks that the rows really are in PostgreSQL."""

    pg = None

    def assert_database_holds(self, login, full_name):
        self.assertEqual(self.pg.sql("SELECT full_name FROM dir_user WHERE login_name = '%s'" % login),
                         [full_name], "the row of %s in PostgreSQL's dir_user" % login)
        self.assertFalse(os.path.exists(self.dist.path("data", "branchline", "pbx.mv.db")),
                         "with PostgreSQL configured there must be no H2 database file")

    @classmethod
    def setUpClass(cls):
        pbx.require_tools("curl", "sshpass", "ssh")
        pbx.postgres_bin_dir()
        cls.pg = pbx.PostgresServer(port=PG_PORT)
        RUN.live.append(cls.pg)
        try:
            cls.pg.start()
        except BaseException:
            print(cls.pg.log_tail(), file=sys.stderr)
            raise
        cls.boot(database=cls.pg, **PG_PORTS)

    @classmethod
    def tearDownClass(cls):
        try:
            super().tearDownClass()
        finally:
            if cls.pg is not None:
                cls.pg.stop()
                if cls.pg in RUN.live:
                    RUN.live.remove(cls.pg)

    def test_10_datasource_cfg_points_at_postgres(self):
        props = pbx.read_properties(self.dist.path("etc", "org.ops4j.datasource-branchline.cfg"))
        self.assertEqual(props.get("osgi.jdbc.driver.name"), "PostgreSQL JDBC Driver", props)
        self.assertEqual(props.get("url"), self.pg.jdbc_url, props)
        self.assertEqual(props.get("user"), self.pg.user, props)
        # the PBX made its tables in PostgreSQL on first start
        tables = self.pg.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                             " ORDER BY table_name")
        self.assertIn("dir_user", tables)
        self.assertIn("admin", self.pg.sql("SELECT login_name FROM dir_user"))

    def test_11_user_survives_restart_and_is_stored_in_postgres(self):
        admin = self.admin()
        r = self.api("POST", "v1/users", auth=admin,
                     body={"login-name": "erin", "full-name": "Erin Postgres", "password": "erin-pw-1", "pin": "5555"})
        self.assertStatus(r, 201, "POST v1/users erin")
        self.assertEqual(self.pg.sql("SELECT login_name, full_name FROM dir_user WHERE login_name = 'erin'"),
                         ["erin|Erin Postgres"], "the row in PostgreSQL's dir_user")
        self.dist.restart()
        r = self.api("GET", "v1/users/erin", auth=admin)
        self.assertStatus(r, 200, "erin after restart")
        self.assertEqual(r.json["full-name"], "Erin Postgres")
        self.assertEqual(self.pg.sql("SELECT full_name FROM dir_user WHERE login_name = 'erin'"), ["Erin Postgres"])
        self.assertFalse(os.path.exists(self.dist.path("data", "branchline", "pbx.mv.db")),
                         "with PostgreSQL configured there must be no H2 database file")


# ------------------------------------------------------------------------------------------- runner


if __name__ == "__main__":
    sys.exit(runner.run_module(sys.modules[__name__], sys.argv[1:], RUN))
