package org.branchline.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.branchline.api.calls.MessageWaiting;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.routing.CallRouter;
import org.branchline.sip.HandsetService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Nothing done to another bundle or feature restarts the SIP core or the admin host: updating routing, the
 * directory, the admin doors or a call application, and removing and adding every subsystem feature the way the
 * plain Karaf shell does (no -r, no NoAutoRefreshBundles). The SIP server keeps its service registration and
 * answers throughout; Karaf's deployer plans no refresh outside the feature being changed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SipCoreHotSwapIT {
    private static final int SIP_PORT = 25170;
    private static final String ADMIN_FEATURE = "branchline-admin";
    private static final String ADMIN_BUNDLE = "org.branchline.branchline-admin-rest";
    private static final String ADMIN_HOST = "org.branchline.admin.internal.AdminEndpoints";
    /** What every subsystem stands on (branchline-routing comes with the SIP core): not swapped here. */
    private static final Set<String> CORE = Set.of("branchline-persistence", "branchline-base",
            "branchline-routing", "branchline-sip", "branchline-media");

    @Inject
    private BundleContext bundleContext;

    private Services services;
    private FeatureDeployments deployments;
    private LicensedFeatures installedFeatures;
    private FeaturesService features;

    @Configuration
    public Option[] config() {
        return BranchlineDistribution.withSipOn(SIP_PORT);
    }

    @Before
    public void waitForSip() throws InterruptedException {
        services = Services.afterBoot(bundleContext);
        services.waitForActive("org.branchline.branchline-sip");
        services.waitFor(MessageWaiting.class);
        services.waitFor(HandsetService.class);
        services.waitFor(CallRouter.class);
        features = services.waitFor(FeaturesService.class);
        deployments = new FeatureDeployments(bundleContext, features);
        installedFeatures = new LicensedFeatures(bundleContext, features);
    }

    @After
    public void close() {
        services.close();
    }

    @Test
    public void updatingRoutingDirectoryAndDoorsLeavesTheSipStackRunning() throws Exception {
        long sipServer = services.serviceId(MessageWaiting.class);
        assertEquals(200, optionsStatus());

        for (String bundle : new String[] {"org.branchline.branchline-routing", "org.branchline.branchline-directory",
                ADMIN_BUNDLE}) {
            services.waitForActive(bundle).update();
            services.waitForActive(bundle);
            assertEquals("the SIP stack answers while " + bundle + " is updated", 200, optionsStatus());
        }
        services.waitForActive("org.branchline.branchline-routing").stop();
        assertEquals(200, optionsStatus());
        services.waitForActive("org.branchline.branchline-sip");
        bundle("org.branchline.branchline-routing").start();

        services.waitFor(CallRouter.class);
        services.waitFor(DirectoryLookup.class);
        services.waitFor(HandsetService.class);
        assertEquals("the SIP server component was not restarted", sipServer, services.serviceId(MessageWaiting.class));
        assertEquals(200, optionsStatus());
    }

    @Test
    public void everySubsystemFeatureGoesAndComesBackFromThePlainShellWithoutTouchingTheRest() throws Exception {
        List<String> swapped = new ArrayList<>();
        for (Feature feature : features.listFeatures()) {
            String name = feature.getName();
            if (name.startsWith("branchline-") && !CORE.contains(name)) {
                boolean installed = installedFeatures.installed(name);
                change(name, !installed);
                change(name, installed);
                swapped.add(name);
            }
        }
        assertTrue("the subsystems swapped: " + swapped,
                swapped.containsAll(List.of(ADMIN_FEATURE, "branchline-voicemail", "branchline-conference",
                        "branchline-call-records", "branchline-call-core",
                        "branchline-call-features")));
    }

    @Test
    public void updatingACallApplicationBundleRestartsOnlyIt() throws Exception {
        String voicemail = "org.branchline.branchline-voicemail";
        Core before = core();
        try (Disturbances watch = new Disturbances(bundleContext)) {
            services.waitForActive(voicemail).update();
            services.waitForActive(voicemail);
            assertEquals("bundles stopped by the update", Set.of(voicemail), watch.stopped());
        }
        assertEquals(before, core());
        assertEquals(200, optionsStatus());
    }

    /** Installs or uninstalls the feature with the shell's default options; nothing outside it may notice. */
    private void change(String feature, boolean install) throws Exception {
        String operation = (install ? "install " : "uninstall ") + feature;
        Set<String> own = install ? Set.of() : deployments.ownBundles(feature);
        List<String> plan = deployments.refreshesOf(feature, install);
        assertEquals("bundles Karaf would refresh to " + operation, List.of(), FeatureDeployments.foreign(plan, own));
        if (!install) {
            // a bundle the feature shares with another installed one (snakeyaml) stays, and is not in the plan
            assertFalse("the plan names the feature's own bundles, uninstalled: " + own, plan.isEmpty());
        }
        Core before = core();
        try (Disturbances watch = new Disturbances(bundleContext)) {
            deployments.change(feature, install);
            Set<String> others = new TreeSet<>(watch.stopped());
            others.removeAll(own);
            assertEquals("bundles outside " + feature + " stopped by " + operation, Set.of(), others);
        }
        assertEquals(200, optionsStatus());
        Core after = core();
        assertEquals("the SIP server after " + operation, before.sipServer, after.sipServer);
        if (!feature.equals(ADMIN_FEATURE)) {
            assertEquals("the admin host after " + operation, before.adminHost, after.adminHost);
        } else if (install) {
            assertNotEquals("the admin host is back after " + operation, -1, after.adminHost);
        }
    }

    private Core core() {
        return new Core(services.serviceId(MessageWaiting.class), adminHost());
    }

    /** The Declarative Services instance of the admin host (its doors), or -1 while there is none. */
    private long adminHost() {
        var reference = bundleContext.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = bundleContext.getService(reference);
        try {
            for (Bundle bundle : bundleContext.getBundles()) {
                if (ADMIN_BUNDLE.equals(bundle.getSymbolicName())) {
                    ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(bundle, ADMIN_HOST);
                    if (description != null) {
                        for (ComponentConfigurationDTO instance : scr.getComponentConfigurationDTOs(description)) {
                            if (instance.state == ComponentConfigurationDTO.ACTIVE) {
                                return instance.id;
                            }
                        }
                    }
                }
            }
            return -1;
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static int optionsStatus() throws Exception {
        return SipOptions.status(SIP_PORT);
    }

    /** The SIP server's service id and the admin host's component instance. */
    private record Core(long sipServer, long adminHost) {
    }
}
