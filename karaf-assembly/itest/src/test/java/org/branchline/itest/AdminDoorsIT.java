package org.branchline.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.branchline.api.directory.UserChange;
import org.branchline.api.directory.UserService;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.licensing.Licenses;
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
 * A subsystem brings its own admin doors: its REST paths, its SOAP endpoint and its pbx:* commands appear
 * when its feature is installed (by hand, or by a feature key) and vanish when it is removed, while the doors of
 * the rest keep answering.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdminDoorsIT {
    private static final String REST = "http://127.0.0.1:" + BranchlineDistribution.HTTP_PORT + "/cxf/branchline/api/";
    private static final String SOAP = "http://127.0.0.1:" + BranchlineDistribution.HTTP_PORT
            + "/cxf/branchline/soap/";
    private static final String LOGIN = "it-doors";
    private static final String PASSWORD = "Doors-pass1";
    private static final String VOICEMAIL = "branchline-voicemail";

    @Inject
    private BundleContext bundleContext;

    private Services services;
    private FeatureDeployments deployments;
    private SessionFactory shell;
    private final HttpClient http = HttpClient.newHttpClient();

    @Configuration
    public Option[] config() {
        return BranchlineDistribution.options();
    }

    @Before
    public void administrator() throws Exception {
        services = Services.afterBoot(bundleContext);
        services.waitForActive("org.branchline.branchline-admin-rest");
        deployments = new FeatureDeployments(bundleContext, services.waitFor(FeaturesService.class));
        shell = services.waitFor(SessionFactory.class);
        UserService users = services.waitFor(UserService.class);
        AdminSubjects.asServerAdministrator(() -> {
            if (users.list().stream().noneMatch(u -> u.loginName().equals(LOGIN))) {
                users.create(LOGIN, null, UserChange.none().withFullName("Doors Itest").withPassword(PASSWORD)
                        .withRequirePasswordChange(false));
                users.assignRole(LOGIN, Role.SYSTEM_ADMINISTRATOR);
            }
            return null;
        });
        LicensedFeatures.await("the voicemail doors", () -> status(REST + "v1/mailboxes") == 200);
    }

    @After
    public void close() {
        services.close();
    }

    @Test
    public void theConferenceCentersDoorsComeWithItsKeyAndGoWithIt() throws Exception {
        FeatureKeyService keys = services.waitFor(FeatureKeyService.class);
        String key = TestKeys.key("it-doors-conference", services.waitFor(Licenses.class).serverId(), null,
                "CONFERENCE_CENTER");
        assertConferenceDoors(false);

        AdminSubjects.asServerAdministrator(() -> keys.install(key));
        LicensedFeatures.await("v1/conferences there", () -> status(REST + "v1/conferences") == 200);
        assertConferenceDoors(true);
        assertTrue(get(REST + "v1/conferences").body().contains("\"id\":\"480\""));

        AdminSubjects.asServerAdministrator(() -> AdminSubjects.run(() -> keys.remove("it-doors-conference")));
        LicensedFeatures.await("v1/conferences gone", () -> status(REST + "v1/conferences") == 404);
        assertConferenceDoors(false);
        assertEquals("users still answer", 200, status(REST + "v1/users"));
    }

    @Test
    public void voicemailDoorsGoWithItsFeatureAndComeBackWithIt() throws Exception {
        assertVoicemailDoors(true);
        RestPoller poller = RestPoller.start(REST + "docs/index.html");

        deployments.change(VOICEMAIL, false);
        LicensedFeatures.await("v1/mailboxes gone", () -> status(REST + "v1/mailboxes") == 404);
        assertVoicemailDoors(false);
        assertEquals("users still answer", 200, status(REST + "v1/users"));
        assertEquals("handsets still answer", 200, status(REST + "v1/handsets"));
        assertEquals("the directory's SOAP door still answers", 200, status(SOAP + "?wsdl"));

        deployments.change(VOICEMAIL, true);
        LicensedFeatures.await("v1/mailboxes back", () -> status(REST + "v1/mailboxes") == 200);
        assertVoicemailDoors(true);
        poller.assertEveryAnswerWas(200);
    }

    private void assertVoicemailDoors(boolean present) throws Exception {
        int expected = present ? 200 : 404;
        assertEquals("GET v1/mailboxes", expected, status(REST + "v1/mailboxes"));
        assertEquals("GET v1/mailboxes/" + LOGIN, expected, status(REST + "v1/mailboxes/" + LOGIN));
        assertEquals("openapi.json lists /v1/mailboxes", present, documented("/v1/mailboxes"));
        // with no endpoint at soap/voicemail CXF hands the request to the directory's endpoint at soap/
        assertEquals("the voicemail WSDL", present, get(SOAP + "voicemail?wsdl").body().contains("VoicemailAdminService"));
        LicensedFeatures.await("pbx:mailbox-list " + (present ? "registered" : "gone"),
                () -> command("mailbox-list") == present);
        assertTrue("pbx:voicemail-alerts-set " + (present ? "registered" : "gone"),
                command("voicemail-alerts-set") == present);
    }

    private void assertConferenceDoors(boolean present) throws Exception {
        assertEquals("GET v1/conferences", present ? 200 : 404, status(REST + "v1/conferences"));
        assertEquals("openapi.json lists /v1/conferences", present, documented("/v1/conferences"));
        assertEquals("the conference WSDL", present,
                get(SOAP + "conference?wsdl").body().contains("ConferenceAdminService"));
        LicensedFeatures.await("pbx:conference-list " + (present ? "registered" : "gone"),
                () -> command("conference-list") == present);
    }

    private boolean command(String name) {
        return shell.getRegistry().getCommands().stream()
                .anyMatch(c -> "pbx".equals(c.getScope()) && name.equals(c.getName()));
    }

    private boolean documented(String path) throws Exception {
        return get(REST + "openapi.json").body().contains("\"" + path + "\"");
    }

    private int status(String url) throws Exception {
        return get(url).statusCode();
    }

    private HttpResponse<String> get(String url) throws Exception {
        String basic = Base64.getEncoder().encodeToString((LOGIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basic)
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
