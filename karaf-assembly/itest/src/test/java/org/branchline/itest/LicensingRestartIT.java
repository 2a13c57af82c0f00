package org.branchline.itest;

import static org.branchline.itest.AdminSubjects.asServerAdministrator;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.licensing.Licenses;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.BundleContext;

/**
 * Licensing state survives a restart: each test method runs in a container of its own (a fresh Karaf, its
 * features and caches new) over the same database, as after a reboot. The second container finds the server id
 * and the key of the first and starts the licensed subsystem itself.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class LicensingRestartIT {
    /** One database per build, shared by the two containers. */
    private static final File STATE = new File("target/licensing-restart/" + System.currentTimeMillis())
            .getAbsoluteFile();
    private static final int SIP_PORT = 25190;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private FeaturesService featuresService;

    @Configuration
    public Option[] config() {
        return BranchlineDistribution.withSipOn(SIP_PORT,
                editConfigurationFilePut("etc/org.ops4j.datasource-branchline.cfg", "url",
                        "jdbc:h2:" + STATE + "/pbx;WRITE_DELAY=0"),
                editConfigurationFilePut("etc/system.properties", "branchline.itest.state", STATE.toString()));
    }

    @Test
    public void a_installsAKeyBeforeTheRestart() throws Exception {
        try (Services services = Services.afterBoot(bundleContext)) {
            Licenses licenses = services.waitFor(Licenses.class);
            FeatureKeyService keys = services.waitFor(FeatureKeyService.class);
            asServerAdministrator(() -> keys.install(uncheckedKey(licenses.serverId())));
            assertTrue(new LicensedFeatures(bundleContext, featuresService).started(LicensedFeatures.CONFERENCE));
            Files.writeString(serverIdFile(), licenses.serverId());
        }
    }

    @Test
    public void b_afterTheRestartTheKeyAndItsSubsystemAreBack() throws Exception {
        try (Services services = Services.afterBoot(bundleContext)) {
            Licenses licenses = services.waitFor(Licenses.class);
            FeatureKeyService keys = services.waitFor(FeatureKeyService.class);
            assertEquals(Files.readString(serverIdFile()), licenses.serverId());
            List<FeatureKey> installed = asServerAdministrator(keys::keys);
            assertEquals(List.of("it-restart"), installed.stream().map(FeatureKey::id).toList());
            LicensedFeatures licensed = new LicensedFeatures(bundleContext, featuresService);
            LicensedFeatures.await("the conference center starts again",
                    () -> licensed.started(LicensedFeatures.CONFERENCE) && licensed.applicationAnswers("conference-center"));
        }
    }

    private static Path serverIdFile() {
        return Path.of(System.getProperty("branchline.itest.state"), "server-id");
    }

    private static String uncheckedKey(String server) {
        try {
            return TestKeys.key("it-restart", server, null, "CONFERENCE_CENTER");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
