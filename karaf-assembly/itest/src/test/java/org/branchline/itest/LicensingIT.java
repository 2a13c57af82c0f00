package org.branchline.itest;

import static org.branchline.itest.AdminSubjects.as;
import static org.branchline.itest.AdminSubjects.asServerAdministrator;
import static org.branchline.itest.AdminSubjects.subject;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.LocalDate;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.branchline.api.admin.AdminException;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.NotAuthenticatedException;
import org.branchline.api.admin.PermissionDeniedException;
import org.branchline.api.directory.UserChange;
import org.branchline.api.directory.UserService;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.licensing.FeatureLicense;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.Licenses;
import org.branchline.api.security.Role;
import org.branchline.sip.HandsetService;
import org.branchline.update.SoftwareUpdateService;
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
 * Feature keys on a 6x (30 users, 6 free generic SIP handsets): a key starts its subsystem's Karaf feature
 * without a restart and its removal stops it; bad keys are refused with their reason; counts are enforced.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LicensingIT {
    private static final int SIP_PORT = 25180;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private FeaturesService featuresService;

    private Services services;
    private FeatureKeyService keys;
    private Licenses licenses;
    private LicensedFeatures licensed;

    @Configuration
    public Option[] config() {
        return BranchlineDistribution.withSipOn(SIP_PORT,
                editConfigurationFilePut("etc/org.branchline.licensing.cfg", "model", "6x"));
    }

    @Before
    public void waitForLicensing() throws InterruptedException {
        services = Services.afterBoot(bundleContext);
        keys = services.waitFor(FeatureKeyService.class);
        licenses = services.waitFor(Licenses.class);
        licensed = new LicensedFeatures(bundleContext, featuresService);
    }

    @After
    public void close() {
        services.close();
    }

    @Test
    public void aKeyStartsItsSubsystemAndItsRemovalStopsIt() throws Exception {
        assertFalse(licensed.installed(LicensedFeatures.CONFERENCE));
        assertFalse(licenses.licensed(LicensedFeature.CONFERENCE_CENTER));
        String key = TestKeys.key("it-conference", licenses.serverId(), null, "CONFERENCE_CENTER");

        FeatureKey installed = asServerAdministrator(() -> keys.install(key));
        assertEquals(FeatureKey.State.ACTIVE, installed.state());
        assertTrue(licensed.started(LicensedFeatures.CONFERENCE));
        LicensedFeatures.await("the conference center answers", () -> licensed.applicationAnswers("conference-center"));
        assertTrue(licenses.licensed(LicensedFeature.CONFERENCE_CENTER));

        AdminSubjects.asServerAdministrator(() -> AdminSubjects.run(() -> keys.remove("it-conference")));
        assertFalse(licensed.installed(LicensedFeatures.CONFERENCE));
        assertFalse(licensed.applicationAnswers("conference-center"));
        assertFalse(licenses.licensed(LicensedFeature.CONFERENCE_CENTER));
    }

    @Test
    public void badKeysAreRefusedWithTheirReason() throws Exception {
        String server = licenses.serverId();
        assertRefused("issued for server BL-0000-0000-0000",
                TestKeys.key("it-other", "BL-0000-0000-0000", null, "CALL_ASSISTANT"));
        assertRefused("altered", TestKeys.key("it-tampered", server, null, "GENERIC_SIP_HANDSETS 1")
                .replace("GENERIC_SIP_HANDSETS 1", "GENERIC_SIP_HANDSETS 100"));
        assertRefused("expired on " + LocalDate.now().minusDays(1),
                TestKeys.key("it-expired", server, LocalDate.now().minusDays(1), "CALL_ASSISTANT"));
        assertRefused("not available on the 6x", TestKeys.key("it-t1", server, null, "T1_PRI_1"));
        assertRefused("not a Branchline feature key", "hello");

        String good = TestKeys.key("it-assistant", server, LocalDate.now().plusDays(30), "CALL_ASSISTANT");
        asServerAdministrator(() -> keys.install(good));
        assertTrue(assertRefused("already installed", good) instanceof ConflictException);
        assertTrue(licenses.licensed(LicensedFeature.CALL_ASSISTANT));
    }

    @Test
    public void theRoleTableDecidesWhoMayInstallKeysAndApplyUpdates() throws Exception {
        SoftwareUpdateService updates = services.waitFor(SoftwareUpdateService.class);
        String key = TestKeys.key("it-vpn", licenses.serverId(), null, "VPN");
        assertEquals("it-vpn", as(subject("it-network", Role.NETWORK_ADMINISTRATOR), () -> keys.install(key)).id());
        assertTrue(as(subject("it-support", Role.SUPPORT_TECHNICIAN), keys::keys).stream()
                .anyMatch(k -> k.id().equals("it-vpn")));
        assertThrows(PermissionDeniedException.class,
                () -> as(subject("it-phone", Role.PHONE_ADMINISTRATOR), updates::history));
        assertThrows(PermissionDeniedException.class, () -> as(subject("it-network", Role.NETWORK_ADMINISTRATOR),
                () -> updates.apply("x.kar", new byte[] {1}, null)));
        assertThrows(NotAuthenticatedException.class, () -> keys.keys());
    }

    @Test
    public void countsAreEnforcedAndKeysRaiseThem() throws Exception {
        HandsetService handsets = services.waitFor(HandsetService.class);
        UserService users = services.waitFor(UserService.class);
        int free = licenses.limit(Capacity.GENERIC_SIP_HANDSETS);
        assertEquals(6, free);
        for (int i = 0; i < free; i++) {
            addHandset(handsets, "it-phone-" + i);
        }
        String refusal = assertThrows(ConflictException.class, () -> addHandset(handsets, "it-phone-x")).getMessage();
        assertTrue(refusal, refusal.contains("licensed for 6 generic SIP handsets")
                && refusal.contains("Generic SIP Handsets feature key"));
        asServerAdministrator(() -> keys.install(uncheckedKey("it-handsets", "GENERIC_SIP_HANDSETS 1")));
        addHandset(handsets, "it-phone-x");
        assertThrows(ConflictException.class, () -> addHandset(handsets, "it-phone-y"));

        int inUse = asServerAdministrator(users::list).size();
        for (int i = inUse; i < 30; i++) {
            addUser(users, "it-user-" + i);
        }
        refusal = assertThrows(ConflictException.class, () -> addUser(users, "it-user-x")).getMessage();
        assertTrue(refusal, refusal.contains("User Expansion feature key"));
        asServerAdministrator(() -> keys.install(uncheckedKey("it-users", "USER_EXPANSION 60")));
        addUser(users, "it-user-x");
        assertEquals(60, licenses.limit(Capacity.USERS));
        assertEquals(120, licenses.limit(Capacity.EXTENSIONS));

        FeatureLicense handsetLine = line(LicensedFeature.GENERIC_SIP_HANDSETS);
        assertEquals(List.of(true, 1, 7, 7), List.of(handsetLine.licensed(), handsetLine.installed(),
                handsetLine.allowed(), handsetLine.used()));
        FeatureLicense userLine = line(LicensedFeature.USER_EXPANSION);
        assertEquals(List.of(60, 60, 31), List.of(userLine.installed(), userLine.allowed(), userLine.used()));
    }

    private FeatureLicense line(LicensedFeature feature) {
        return asServerAdministrator(keys::licenses).stream().filter(l -> l.feature() == feature).findFirst()
                .orElseThrow();
    }

    private AdminException assertRefused(String reason, String key) {
        AdminException e = assertThrows(AdminException.class, () -> asServerAdministrator(() -> keys.install(key)));
        assertTrue(e.getMessage(), e.getMessage().contains(reason));
        return e;
    }

    private String uncheckedKey(String id, String feature) {
        try {
            return TestKeys.key(id, licenses.serverId(), null, feature);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addHandset(HandsetService handsets, String loginId) {
        asServerAdministrator(() -> handsets.create(loginId, "Itest phone", 1, "Phone-pass-1234", null));
    }

    private static void addUser(UserService users, String login) {
        asServerAdministrator(() -> users.create(login, null,
                UserChange.none().withFullName("Itest " + login).withPassword("Itest-pass1")));
    }
}
