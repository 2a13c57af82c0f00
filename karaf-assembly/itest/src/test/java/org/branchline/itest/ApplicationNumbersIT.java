package org.branchline.itest;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.calls.MessageWaiting;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.security.Role;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Which number reaches which call application is data: an application that appears with a number of its own
 * (declared on its service) answers it live, and once it is gone the number answers as it declared (busy or
 * unavailable), while a call to another application goes on and the SIP core keeps running. The application here is this test's own bundle, registering its service.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApplicationNumbersIT {
    private static final int SIP_PORT = 25180;
    private static final String PHONE = "itest-phone";
    private static final String PASSWORD = "Itest-phone-pw-1";

    @Inject
    private BundleContext bundleContext;

    private Services services;
    private final BlockingQueue<String> answered = new LinkedBlockingQueue<>();

    @Configuration
    public Option[] config() {
        return BranchlineDistribution.withSipOn(SIP_PORT);
    }

    @Before
    public void phone() throws InterruptedException {
        services = Services.afterBoot(bundleContext);
        services.waitForActive("org.branchline.branchline-sip");
        services.waitFor(MessageWaiting.class);
        services.waitFor(CallRouter.class);
        HandsetService handsets = services.waitFor(HandsetService.class);
        AdminSubjects.as(AdminSubjects.subject("admin", Role.SERVER_ADMINISTRATOR),
                () -> handsets.create(PHONE, "in-container phone", 1, PASSWORD, null));
    }

    @After
    public void close() {
        services.close();
    }

    @Test
    public void aNewApplicationsNumberAnswersLiveThenAsDeclaredOnceItIsGone() throws Exception {
        long sipServer = services.serviceId(MessageWaiting.class);
        try (SipPhone phone = new SipPhone(SIP_PORT, PHONE)) {
            assertEquals("REGISTER", 200, phone.register(PASSWORD));
            assertEquals("407 before any application declared it", 404, refused(phone, "407"));

            ServiceRegistration<CallApplication> other = bundleContext.registerService(CallApplication.class,
                    this::answerAndWait, declaring("itest-other", "pbx-functions:09", "unavailable"));
            SipPhone.Answer elsewhere = answered(phone, "409", "itest-other");

            ServiceRegistration<CallApplication> echo = bundleContext.registerService(CallApplication.class,
                    this::answerAndWait, declaring("itest-echo", "pbx-functions:07", "busy"));
            assertEquals(200, phone.bye(answered(phone, "407", "itest-echo")));
            echo.unregister();
            assertEquals("407 while its application is gone: busy, as it declared", 486, refused(phone, "407"));

            assertEquals("the call to the other application went on meanwhile", 200, phone.bye(elsewhere));
            other.unregister();
            assertEquals("409 while its application is gone: unavailable", 480, refused(phone, "409"));
        }
        assertEquals("the SIP server kept its registration", sipServer, services.serviceId(MessageWaiting.class));
        assertEquals(200, SipOptions.status(SIP_PORT));
    }

    /** Calls {@code digits}, which {@code application} must answer; the call, acknowledged. */
    private SipPhone.Answer answered(SipPhone phone, String digits, String application) throws Exception {
        SipPhone.Answer call = phone.invite(digits);
        assertEquals(call.text(), 200, call.status());
        phone.ack(call);
        assertEquals(application, answered.poll(5, TimeUnit.SECONDS));
        return call;
    }

    private int refused(SipPhone phone, String digits) throws Exception {
        SipPhone.Answer answer = phone.invite(digits);
        phone.ack(answer);
        return answer.status();
    }

    private void answerAndWait(ApplicationCall call) {
        call.answer();
        answered.add(call.application());
        while (call.active()) {
            call.digit(Duration.ofSeconds(1));
        }
    }

    private static Dictionary<String, Object> declaring(String name, String number, String whileAbsent) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(CallApplication.NAMES, name);
        properties.put(CallApplication.NUMBERS, number);
        properties.put(CallApplication.WHILE_ABSENT, whileAbsent);
        return properties;
    }
}
