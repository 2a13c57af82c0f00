package org.branchline.callcore.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.callcontrol.CallApplications.Refusal;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.Licenses;
import org.branchline.api.licensing.ServerModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApplicationWhiteboardTest {
    private final ApplicationWhiteboard whiteboard = new ApplicationWhiteboard();
    private final List<String> hungUp = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CallApplication waits = call -> {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    ApplicationWhiteboardTest() {
        whiteboard.setMedia(new FakeMediaEngine());
        whiteboard.setLicenses(new TwoPorts());
    }

    @AfterEach
    void close() {
        release.countDown();
        whiteboard.deactivate();
    }

    @Test
    void aCallRunsInItsApplicationAndFinishes() throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        List<String> steps = new CopyOnWriteArrayList<>();
        whiteboard.addApplication(call -> steps.add("handled " + call.callId()), Map.of(CallApplication.NAMES, "echo"));
        assertTrue(whiteboard.answers("echo"));
        Optional<Refusal> refused = whiteboard.start(call("echo", "c1"), () -> steps.add("admitted"), () -> {
            steps.add("finished");
            finished.countDown();
        });
        assertEquals(Optional.empty(), refused);
        assertTrue(finished.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("admitted", "handled c1", "finished"), steps);
    }

    @Test
    void anAbsentApplicationOrMediaEngineIsRefusedAsAbsent() {
        Runnable fail = () -> { throw new AssertionError("nothing may run"); };
        assertEquals(Optional.of(new Refusal(true, "echo is not installed")), whiteboard.start(call("echo", "c1"),
                fail, fail));
        whiteboard.addApplication(waits, Map.of(CallApplication.NAMES, "echo"));
        whiteboard.setMedia(null);
        assertEquals(Optional.of(new Refusal(true, "the media engine is not installed")),
                whiteboard.start(call("echo", "c1"), fail, fail));
    }

    @Test
    void theCapacityBoundsTheCallsInsideAndAMissingKeyAnswersBusy() {
        whiteboard.addApplication(waits, Map.of(CallApplication.NAMES, "voicemail",
                CallApplication.CAPACITY, Capacity.VOICEMAIL_PORTS.name()));
        whiteboard.addApplication(call -> { }, Map.of(CallApplication.NAMES, "conference-center",
                CallApplication.LICENSE, LicensedFeature.CONFERENCE_CENTER.name()));
        Runnable nothing = () -> { };
        assertEquals(Optional.empty(), whiteboard.start(call("voicemail", "c1"), nothing, nothing));
        assertEquals(Optional.empty(), whiteboard.start(call("voicemail", "c2"), nothing, nothing));
        Optional<Refusal> third = whiteboard.start(call("voicemail", "c3"), nothing, nothing);
        assertEquals(Optional.of(new Refusal(false, "all 2 voicemail ports are in use")), third);
        Optional<Refusal> conference = whiteboard.start(call("conference-center", "c4"), nothing, nothing);
        assertFalse(conference.orElseThrow().absent());
    }

    @Test
    void anApplicationGoingAwayHangsUpTheCallsInsideIt() {
        whiteboard.addApplication(waits, Map.of(CallApplication.NAMES, "echo"));
        whiteboard.start(call("echo", "c1"), () -> { }, () -> { });
        whiteboard.removeApplication(waits, Map.of(CallApplication.NAMES, "echo"));
        assertEquals(List.of("c1"), hungUp);
        assertFalse(whiteboard.answers("echo"));
    }

    /** An application call that knows its application and id and records its hang-up. */
    private ApplicationCall call(String application, String callId) {
        return (ApplicationCall) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ApplicationCall.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "application" -> application;
                    case "callId" -> callId;
                    case "hangUp" -> {
                        hungUp.add(callId);
                        yield null;
                    }
                    case "toString" -> callId;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Two voicemail ports, no feature keys. */
    private static final class TwoPorts implements Licenses {
        @Override
        public String serverId() {
            return "test";
        }

        @Override
        public ServerModel model() {
            return null;
        }

        @Override
        public boolean licensed(LicensedFeature feature) {
            return false;
        }

        @Override
        public int limit(Capacity capacity) {
            return 2;
        }
    }
}
