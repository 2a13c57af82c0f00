package org.branchline.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.AccessController;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import static org.branchline.itest.AdminSubjects.SERVER_ADMINISTRATOR_LOGIN;
import static org.branchline.itest.AdminSubjects.as;
import static org.branchline.itest.AdminSubjects.asServerAdministrator;
import static org.branchline.itest.AdminSubjects.run;
import static org.branchline.itest.AdminSubjects.subject;

import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.NotAuthenticatedException;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.admin.PermissionDeniedException;
import org.branchline.api.directory.DialPattern;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.DialPlanService;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.ExtensionService;
import org.branchline.api.directory.PasswordRequirements;
import org.branchline.api.directory.Presence;
import org.branchline.api.directory.TemplateApplication;
import org.branchline.api.directory.User;
import org.branchline.api.directory.UserChange;
import org.branchline.api.directory.UserService;
import org.branchline.api.directory.UserTemplate;
import org.branchline.api.directory.UserTemplateService;
import org.branchline.api.security.Role;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Boots the Branchline distribution in Karaf and drives the directory services (users, templates,
 * extensions, dial plan, roles, the "branchline" JAAS realm) through their OSGi API.
 *
 * <p>The services find their caller in the JAAS subject of the current access control context, so each call
 * runs inside {@code Subject.doAs} with a subject built by hand: a {@link UserPrincipal} (the login name) and
 * one {@link RolePrincipal} per PBX role ("pbx-" + role key). Such a subject has no
 * "pbx-password-change-required" principal, so the first-boot "admin" account's pending password change does
 * not block it.
 *
 * <p>All tests share one container (PerClass) and each works on its own users, so their order does not
 * matter. Restarts are covered by the end-to-end tests, not here.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DirectoryServicesIT {


    private static final long STARTUP_TIMEOUT_MS = Services.STARTUP_TIMEOUT_MS;
    private static final String REALM = "branchline";
    private static final String SERVER_ADMINISTRATOR_INITIAL_PASSWORD = "admin";
    private static final String CREATE_CONFERENCES = "create-conferences";
    private static final String MAXIMUM_VOICEMAILS = "maximum-voicemails";

    @Inject
    private BundleContext bundleContext;

    private UserService users;
    private UserTemplateService templates;
    private ExtensionService extensions;
    private DialPlanService dialPlan;
    private Services services;

    @Configuration
    public Option[] config() {
        return BranchlineDistribution.options();
    }

    @Before
    public void waitForDirectory() throws InterruptedException {
        services = Services.afterBoot(bundleContext);
        services.waitForActive("org.branchline.branchline-directory");
        services.waitForActive("org.branchline.branchline-admin-rest");
        users = services.waitFor(UserService.class);
        templates = services.waitFor(UserTemplateService.class);
        extensions = services.waitFor(ExtensionService.class);
        dialPlan = services.waitFor(DialPlanService.class);
        waitForRealm(REALM);
    }

    @After
    public void closeTrackers() {
        services.close();
    }

    /**
     * A Server Administrator creates a user, gives it an extension, makes and applies a template, and changes
     * the extension length there and back.
     */
    @Test
    public void serverAdministratorManagesUserTemplateExtensionAndDialPlan() {
        String login = "it-alice";
        User created = asServerAdministrator(() -> users.create(login, null,
                UserChange.none().withFullName("Alice Itest").withPassword("Alice-pass1").withPin("4321")));
        UserTemplate defaults = asServerAdministrator(() -> templates.get(UserTemplate.SYSTEM_DEFAULT));

        assertEquals(login, created.loginName());
        assertEquals("Alice Itest", created.fullName());
        assertEquals(Presence.IN_OFFICE, created.presence());
        assertEquals(UserTemplate.SYSTEM_DEFAULT, created.template());
        assertTrue("a new user must change the password by default", created.requirePasswordChange());
        assertTrue(created.roles().isEmpty());
        assertTrue(created.overrides().isEmpty());
        assertTrue(created.extensions().isEmpty());
        assertFalse(defaults.editable());
        assertEquals(defaults.settings(), created.settings());
        assertEquals("false", created.settings().get(CREATE_CONFERENCES));
        assertEquals(created, asServerAdministrator(() -> users.get(login)));
        assertTrue(users.authenticate(login, "Alice-pass1").isPresent());
        assertFalse(users.authenticate(login, "Alice-pass2").isPresent());

        // a user extension 1xx owned by the user
        Extension extension = new Extension("150", ExtensionKind.USER, login, "Alice's desk");
        assertEquals(extension, asServerAdministrator(() -> extensions.create(extension)));
        assertEquals(List.of("150"), asServerAdministrator(() -> users.get(login)).extensions());

        // a copy of the default template that lets its users create conferences
        String copyName = "IT Conference Hosts";
        UserTemplate copy = asServerAdministrator(() -> templates.copy(UserTemplate.SYSTEM_DEFAULT, copyName));
        assertEquals(copyName, copy.name());
        assertTrue(copy.editable());
        assertEquals(defaults.settings(), copy.settings());
        assertTrue(copy.users().isEmpty());
        UserTemplate modified = asServerAdministrator(
                () -> templates.update(copyName, null, Map.of(CREATE_CONFERENCES, "true")));
        assertEquals("true", modified.settings().get(CREATE_CONFERENCES));
        assertEquals("a template change reaches a user only when applied", "false",
                asServerAdministrator(() -> users.get(login)).settings().get(CREATE_CONFERENCES));

        // an override on the user: a template setting held differently from its template
        User edited = asServerAdministrator(
                () -> users.update(login, UserChange.none().withSettings(Map.of(MAXIMUM_VOICEMAILS, "50"))));
        assertEquals(Set.of(MAXIMUM_VOICEMAILS), edited.overrides());
        assertEquals("50", edited.settings().get(MAXIMUM_VOICEMAILS));

        // MERGE keeps the override and takes everything else from the template
        User merged = asServerAdministrator(() -> users.applyTemplate(login, copyName, TemplateApplication.MERGE));
        assertEquals(copyName, merged.template());
        assertEquals("true", merged.settings().get(CREATE_CONFERENCES));
        assertEquals("50", merged.settings().get(MAXIMUM_VOICEMAILS));
        assertEquals(Set.of(MAXIMUM_VOICEMAILS), merged.overrides());
        assertTrue(merged.templateOverridden());
        assertEquals(List.of(login), asServerAdministrator(() -> templates.get(copyName)).users());

        // SET takes every template value and clears the overrides
        User set = asServerAdministrator(() -> users.applyTemplate(login, copyName, TemplateApplication.SET));
        assertEquals(copyName, set.template());
        assertEquals(modified.settings(), set.settings());
        assertEquals(defaults.settings().get(MAXIMUM_VOICEMAILS), set.settings().get(MAXIMUM_VOICEMAILS));
        assertTrue(set.overrides().isEmpty());
        assertFalse(set.templateOverridden());

        // a template in use cannot be deleted
        ConflictException inUse = assertThrows(ConflictException.class,
                () -> asServerAdministrator(() -> run(() -> templates.delete(copyName))));
        assertEquals("name", inUse.field());
        assertEquals(List.of(login), asServerAdministrator(() -> templates.get(copyName)).users());

        // extension length 3 -> 4 -> 3: 150 -> 1150 -> 150
        DialPlan before = asServerAdministrator(() -> dialPlan.get());
        assertEquals(3, before.extensionLength());
        assertEquals(4, asServerAdministrator(() -> dialPlan.changeExtensionLength(4)).extensionLength());
        DialPlan four = asServerAdministrator(() -> dialPlan.get());
        assertEquals(4, four.extensionLength());
        assertEquals(before.mode(), four.mode());
        assertEquals(before.digits(), four.digits());
        assertExtensionPatternsHaveLength(4);
        assertEquals(List.of("1150"), asServerAdministrator(() -> users.get(login)).extensions());
        assertEquals(new Extension("1150", ExtensionKind.USER, login, "Alice's desk"),
                asServerAdministrator(() -> extensions.get("1150")));
        assertThrows(NotFoundException.class, () -> asServerAdministrator(() -> extensions.get("150")));

        assertEquals(3, asServerAdministrator(() -> dialPlan.changeExtensionLength(3)).extensionLength());
        assertEquals(before, asServerAdministrator(() -> dialPlan.get()));
        assertExtensionPatternsHaveLength(3);
        assertEquals(List.of("150"), asServerAdministrator(() -> users.get(login)).extensions());
        assertEquals(extension, asServerAdministrator(() -> extensions.get("150")));
        assertThrows(NotFoundException.class, () -> asServerAdministrator(() -> extensions.get("1150")));

        // once no user holds it any more, the template can go
        asServerAdministrator(() -> users.applyTemplate(login, UserTemplate.SYSTEM_DEFAULT, TemplateApplication.SET));
        asServerAdministrator(() -> run(() -> templates.delete(copyName)));
        assertFalse(asServerAdministrator(() -> templates.list()).stream().anyMatch(t -> t.name().equals(copyName)));
    }

    /** A bad PIN creates nothing; a login name already taken is a conflict. */
    @Test
    public void badInputIsRefusedAndChangesNothing() {
        List<String> before = loginNames();
        InvalidFieldException badPin = assertThrows(InvalidFieldException.class,
                () -> asServerAdministrator(() -> users.create("it-bob", null,
                        UserChange.none().withFullName("Bob Itest").withPassword("Bob-pass1").withPin("12"))));
        assertEquals("pin", badPin.field());
        assertEquals(before, loginNames());
        assertThrows(NotFoundException.class, () -> asServerAdministrator(() -> users.get("it-bob")));

        asServerAdministrator(() -> users.create("it-carol", null,
                UserChange.none().withFullName("Carol Itest").withPassword("Carol-pass1")));
        List<String> withCarol = loginNames();
        assertEquals(before.size() + 1, withCarol.size());
        ConflictException duplicate = assertThrows(ConflictException.class,
                () -> asServerAdministrator(() -> users.create("it-carol", null,
                        UserChange.none().withFullName("Another Carol").withPassword("Carol-pass2"))));
        assertEquals("login-name", duplicate.field());
        assertThrows(ConflictException.class, () -> asServerAdministrator(() -> users.create(
                SERVER_ADMINISTRATOR_LOGIN, null, UserChange.none().withFullName("Impostor").withPassword("Imp-pass1"))));
        assertEquals(withCarol, loginNames());
        assertEquals("Carol Itest", asServerAdministrator(() -> users.get("it-carol")).fullName());
        assertTrue(users.authenticate("it-carol", "Carol-pass1").isPresent());
    }

    /** What the Phone and System Administrators may and may not do (admin guide §2.2.2). */
    @Test
    public void rolesLimitWhatEachAdministratorMayDo() {
        createUser("it-phone", "Phone-pass1", Role.PHONE_ADMINISTRATOR);
        createUser("it-sysadm", "Sysadm-pass1", Role.SYSTEM_ADMINISTRATOR);
        createUser("it-dave", "Dave-pass1");
        Subject phoneAdministrator = subject("it-phone", Role.PHONE_ADMINISTRATOR);
        Subject systemAdministrator = subject("it-sysadm", Role.SYSTEM_ADMINISTRATOR);

        // Phone Administrator
        assertNotNull(as(phoneAdministrator, () -> extensions.list()));
        PasswordRequirements requirements = asServerAdministrator(() -> users.passwordRequirements());
        assertThrows(PermissionDeniedException.class, () -> as(phoneAdministrator,
                () -> users.updatePasswordRequirements(new PasswordRequirements(true, 8, true, true, true, false))));
        assertEquals(requirements, asServerAdministrator(() -> users.passwordRequirements()));
        assertThrows(PermissionDeniedException.class,
                () -> as(phoneAdministrator, () -> users.assignRole("it-dave", Role.SYSTEM_ADMINISTRATOR)));
        assertEquals(Set.of(), asServerAdministrator(() -> users.get("it-dave")).roles());
        User dave = as(phoneAdministrator, () -> users.assignRole("it-dave", Role.PHONE_ADMINISTRATOR));
        assertEquals(Set.of(Role.PHONE_ADMINISTRATOR), dave.roles());
        assertEquals(Set.of(Role.PHONE_ADMINISTRATOR), asServerAdministrator(() -> users.get("it-dave")).roles());
        assertTrue(asServerAdministrator(() -> users.roles()).get(Role.PHONE_ADMINISTRATOR).contains("it-dave"));

        // System Administrator: not the Server Administrator's password, but other users' passwords
        assertThrows(PermissionDeniedException.class, () -> as(systemAdministrator,
                () -> users.update(SERVER_ADMINISTRATOR_LOGIN, UserChange.none().withPassword("Hijack-pass1"))));
        assertTrue(users.authenticate(SERVER_ADMINISTRATOR_LOGIN, SERVER_ADMINISTRATOR_INITIAL_PASSWORD).isPresent());
        assertFalse(users.authenticate(SERVER_ADMINISTRATOR_LOGIN, "Hijack-pass1").isPresent());
        as(systemAdministrator, () -> users.update("it-dave", UserChange.none().withPassword("Dave-pass2")));
        assertTrue(users.authenticate("it-dave", "Dave-pass2").isPresent());

        // Server Administrator changes the System Administrator's password
        asServerAdministrator(() -> users.update("it-sysadm", UserChange.none().withPassword("Sysadm-pass2")));
        assertTrue(users.authenticate("it-sysadm", "Sysadm-pass2").isPresent());
        assertFalse(users.authenticate("it-sysadm", "Sysadm-pass1").isPresent());
    }

    /** Without a logged-in PBX user the services refuse to work. */
    @Test
    public void withoutSubjectTheServicesRefuse() {
        @SuppressWarnings("removal")
        Subject current = Subject.getSubject(AccessController.getContext());
        assertNull("the test must run without a subject", current);
        assertThrows(NotAuthenticatedException.class, () -> users.list());
        assertThrows(NotAuthenticatedException.class, () -> extensions.list());
        // role principals without a user principal are nobody; a user without a PBX role is refused
        Subject rolesOnly = new Subject(true, Set.of(new RolePrincipal(Role.SERVER_ADMINISTRATOR.principalName())),
                Set.of(), Set.of());
        assertThrows(NotAuthenticatedException.class, () -> as(rolesOnly, () -> users.list()));
        assertThrows(PermissionDeniedException.class, () -> as(subject("it-nobody"), () -> users.list()));
    }

    /** The "branchline" JAAS realm checks the directory's passwords and carries the PBX roles. */
    @Test
    public void jaasRealmLogsInDirectoryUsers() throws LoginException {
        createUser("it-erin", "Erin-pass1", Role.PHONE_ADMINISTRATOR, Role.NETWORK_ADMINISTRATOR);

        Subject subject = login("it-erin", "Erin-pass1");
        assertEquals(Set.of("it-erin"), principalNames(subject, UserPrincipal.class));
        Set<String> roles = principalNames(subject, RolePrincipal.class);
        assertTrue(roles.toString(), roles.contains("pbx-phone-administrator"));
        assertTrue(roles.toString(), roles.contains("pbx-network-administrator"));
        assertFalse(roles.toString(), roles.contains("pbx-server-administrator"));
        assertTrue("a new user must change the password first: " + roles,
                roles.contains("pbx-password-change-required"));
        // that subject is what the services read: its own record, but no admin page before the password change
        assertEquals("it-erin", as(subject, () -> users.get("it-erin")).loginName());
        assertThrows(PermissionDeniedException.class, () -> as(subject, () -> users.list()));

        assertThrows(LoginException.class, () -> login("it-erin", "Erin-pass2"));
        assertThrows(LoginException.class, () -> login("it-nobody-at-all", "Erin-pass1"));
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    public void strongerPasswordRequirementsForceAChangeAtNextLogin() {
        createUser("it-weak", "weakpw");
        asServerAdministrator(() -> users.update("it-weak", UserChange.none().withRequirePasswordChange(false)));
        assertFalse(users.authenticate("it-weak", "weakpw").orElseThrow().passwordChangeRequired());
        PasswordRequirements strong = new PasswordRequirements(true, 8, true, true, true, false);
        try {
            assertEquals(strong, asServerAdministrator(() -> users.updatePasswordRequirements(strong)));
            InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> asServerAdministrator(
                    () -> users.update("it-weak", UserChange.none().withPassword("weakpw2"))));
            assertEquals("password", refused.field());
            assertTrue(users.authenticate("it-weak", "weakpw").orElseThrow().passwordChangeRequired());
            assertTrue(asServerAdministrator(() -> users.get("it-weak")).requirePasswordChange());
        } finally {
            asServerAdministrator(() -> users.updatePasswordRequirements(PasswordRequirements.defaults()));
        }
    }

    private void createUser(String login, String password, Role... roles) {
        asServerAdministrator(() -> users.create(login, null,
                UserChange.none().withFullName("Itest " + login).withPassword(password)));
        for (Role role : roles) {
            asServerAdministrator(() -> users.assignRole(login, role));
        }
    }

    private List<String> loginNames() {
        return asServerAdministrator(() -> users.list()).stream().map(User::loginName).sorted()
                .collect(Collectors.toList());
    }

    private void assertExtensionPatternsHaveLength(int length) {
        List<DialPattern> patterns = asServerAdministrator(() -> dialPlan.patterns()).stream()
                .filter(p -> p.function() == DialPlanFunction.EXTENSIONS).collect(Collectors.toList());
        assertFalse(patterns.isEmpty());
        assertTrue(patterns.toString(), patterns.stream().allMatch(p -> p.pattern().length() == length));
    }

    private Subject login(String loginName, String password) throws LoginException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            LoginContext context = new LoginContext(REALM, callbacks -> {
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(loginName);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            return context.getSubject();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Set<String> principalNames(Subject subject, Class<? extends Principal> type) {
        return subject.getPrincipals(type).stream().map(Principal::getName).collect(Collectors.toSet());
    }

    /**
     * The directory registers the realm as a JaasRealm service; Karaf's JAAS configuration picks it up on its
     * own schedule, possibly after the directory's services are up ("No LoginModules configured" until then).
     */
    private static void waitForRealm(String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + STARTUP_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            AppConfigurationEntry[] entries =
                    javax.security.auth.login.Configuration.getConfiguration().getAppConfigurationEntry(name);
            if (entries != null && entries.length > 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("JAAS realm " + name + " not configured after " + STARTUP_TIMEOUT_MS + " ms");
    }
}
