package org.branchline.callcore.internal;

import static org.branchline.callcore.internal.Harness.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.media.Prompt;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Dialed;
import org.branchline.api.routing.WhileAbsent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Legs routed by the core: extensions rung through the provider of extension addresses, applications run on legs. */
class RouteTest {
    private final Harness h = new Harness();
    private final ApplicationWhiteboard whiteboard = new ApplicationWhiteboard();
    private final BlockingQueue<String> happened = new LinkedBlockingQueue<>();
    private volatile Consumer<ApplicationCall> echo = call -> { };
    private volatile int dialings;

    RouteTest() {
        whiteboard.setMedia(h.engine);
        h.core.useApplications(whiteboard);
        h.core.useRouter(router(Map.of(
                "404", new Dialed.Application("message-center", null, null, WhileAbsent.UNAVAILABLE),
                "408", new Dialed.Application("conference-center", null, null, WhileAbsent.BUSY),
                "102", ring("102"), "103", ring("103"))));
        whiteboard.addApplication(call -> {
            happened.add(call.application() + " " + call.extension() + " " + call.fromCallRoute());
            echo.accept(call);
            happened.add("returned");
        }, Map.of(CallApplication.NAMES, new String[] {"message-center", "voicemail"}));
    }

    @AfterEach
    void close() {
        whiteboard.deactivate();
        h.close();
    }

    @Test
    void anApplicationsNumberRunsItWithTheLegAsItsCaller() throws Exception {
        echo = call -> {
            call.play(new Prompt.Phrase("welcome"));
            happened.add("played to " + call.caller().number());
        };
        FakeLeg caller = caller("101");
        h.core.route(caller, "404");
        assertEquals("message-center null false", next());
        assertEquals("played to 101", next());
        assertEquals("returned", next());
        FakeMediaSession session = h.engine.last();
        assertEquals(List.of(List.of(new Prompt.Phrase("welcome"))), session.played);
        assertEquals(List.of(session.port), caller.answered.stream().map(Sdp::port).toList(),
                "the caller is answered by the application's session");
        assertEquals(List.of(caller.media().orElseThrow().text()), session.updates);
        waitFor(() -> caller.state() == Leg.State.ENDED);
        assertEquals(List.of(EndCause.NORMAL), caller.hangUps, "hung up when the application returns");
        assertFalse(session.isOpen());
        assertEquals(List.of("ROUTED null message-center", "ANSWERED message-center"), caller.steps);
    }

    @Test
    void digitsThePartySendsOutOfBandReachTheApplication() throws Exception {
        echo = call -> happened.add("collected " + call.collect(4, "#", Duration.ofSeconds(5), Duration.ofSeconds(5)));
        FakeLeg caller = caller("101");
        h.core.route(caller, "404");
        next();
        waitFor(() -> caller.state() == Leg.State.ANSWERED);
        for (char d : "12#".toCharArray()) {
            caller.sendsDigit(d);
        }
        assertEquals("collected 12", next());
    }

    @Test
    void anExtensionsRouteRingsAndItsVoicemailEndTakesTheCallerToVoicemail() throws Exception {
        FakeLeg caller = caller("101");
        h.core.route(caller, "102");
        FakeLeg rung = h.provider.leg("102");
        assertEquals("extension", h.provider.requests.get(0).to().technology());
        rung.endByParty(EndCause.VOICEMAIL);
        assertEquals("voicemail 102 true", next());
        assertEquals("returned", next());
        assertEquals(List.of(), caller.answered, "voicemail never needed media here");
    }

    @Test
    void aRouteEndingInAnotherExtensionsVoicemailTakesTheCallerToThatMailbox() throws Exception {
        FakeLeg caller = caller("101");
        h.core.route(caller, "102");
        h.provider.leg("102").endToVoicemailOf("103");
        assertEquals("voicemail 103 true", next(), "a Finally transfer to 103 ended in 103's voicemail");
        assertEquals("returned", next());
    }

    @Test
    void aRouteRoutingChoseAlreadyIsRungAsItIsWithoutAskingRoutingAgain() {
        Dialed.Ring chosen = new Dialed.Ring("103", "after hours", null, null);
        FakeLeg caller = caller("101");
        h.core.route(caller, chosen);
        assertEquals(0, dialings, "routing was not asked again");
        assertEquals(chosen, h.provider.requests.get(0).route(), "the provider runs the route chosen");
        assertEquals("103", h.provider.requests.get(0).to().target());
        h.provider.leg("103").answerByParty();
        assertTrue(h.core.bridgeOf(caller).isPresent());

        FakeLeg unknown = caller("105");
        h.core.route(unknown, new Dialed.Unknown("nothing"));
        assertEquals(List.of(EndCause.REJECTED), unknown.hangUps);
    }

    @Test
    void anAnsweredRouteIsBridgedAndNobodyAnsweringEndsTheCaller() {
        FakeLeg caller = caller("101");
        h.core.route(caller, "102");
        h.provider.leg("102").answerByParty();
        assertTrue(h.core.bridgeOf(caller).isPresent());

        FakeLeg second = caller("105");
        h.core.route(second, "103");
        h.provider.leg("103").endByParty(EndCause.NO_ANSWER);
        assertEquals(List.of(EndCause.NO_ANSWER), second.hangUps);
    }

    @Test
    void numbersThatReachNothingOrAnAbsentApplicationEndTheLegAsTheNumberSays() {
        FakeLeg unknown = caller("101");
        h.core.route(unknown, "999");
        assertEquals(List.of(EndCause.REJECTED), unknown.hangUps);
        FakeLeg conference = caller("105");
        h.core.route(conference, "408");
        assertEquals(List.of(EndCause.BUSY), conference.hangUps, "the conference center declares busy");
    }

    @Test
    void theApplicationTransfersItsCallerToAnExtension() throws Exception {
        echo = call -> {
            call.answer();
            happened.add("transferred " + call.transfer("103") + ", active " + call.active());
        };
        FakeLeg caller = caller("101");
        h.core.route(caller, "404");
        next();
        assertEquals("transferred true, active false", next());
        assertEquals("returned", next());
        assertFalse(h.engine.last().isOpen(), "the application's session closes");
        FakeLeg rung = h.provider.leg("103");
        rung.answerByParty();
        assertTrue(h.core.bridgeOf(caller).isPresent());
        assertEquals(List.of(), caller.hangUps, "leaving the application did not hang the caller up");
        assertTrue(caller.steps.contains("TRANSFERRED 103 transferred to 103"), caller.steps.toString());
    }

    @Test
    void theCoreTakingTheLegElsewhereTakesItOutOfTheApplication() throws Exception {
        FakeLeg other = caller("110");
        echo = call -> {
            call.answer();
            h.core.bridge(call.leg(), other);
            happened.add("active " + call.active());
        };
        FakeLeg caller = caller("101");
        h.core.route(caller, "404");
        next();
        assertEquals("active false", next());
        assertEquals("returned", next());
        assertFalse(h.engine.last().isOpen());
        assertEquals(List.of(), caller.hangUps);
        assertTrue(h.core.bridgeOf(caller).isPresent());
    }

    @Test
    void aBlindTransferToAnApplicationsNumberHandsTheOtherLegToItNamingTheTransferor() throws Exception {
        echo = call -> happened.add("transferred by " + call.transferredBy().number());
        FakeLeg transferor = caller("101");
        FakeLeg transferee = caller("110");
        h.core.bridge(transferor, transferee);
        assertTrue(h.core.transfer(transferor, "404"));
        assertEquals("message-center null false", next());
        assertEquals("transferred by 101", next());
        assertEquals(List.of(EndCause.NORMAL), transferor.hangUps);
        assertTrue(transferee.steps.contains("TRANSFERRED 404 transferred to 404"), transferee.steps.toString());
        assertEquals("returned", next());
        waitFor(() -> transferee.state() == Leg.State.ENDED);
    }

    @Test
    void aBlindTransferToAnExtensionRingsItsRouteForTheOtherLeg() {
        FakeLeg transferor = caller("101");
        FakeLeg transferee = caller("110");
        h.core.bridge(transferor, transferee);
        assertTrue(h.core.transfer(transferor, "102"));
        assertEquals(List.of(EndCause.NORMAL), transferor.hangUps);
        h.provider.leg("102").answerByParty();
        assertTrue(h.core.bridgeOf(transferee).isPresent());
        assertFalse(h.core.transfer(caller("120"), "102"), "a leg in no bridge transfers nothing");
    }

    private String next() throws InterruptedException {
        String event = happened.poll(5, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("nothing happened");
        }
        return event;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean());
    }

    private static Dialed.Ring ring(String extension) {
        return new Dialed.Ring(extension, "default", null, null);
    }

    /** Routing as far as the core asks: digits dialed, and the voicemail of an extension. */
    private CallRouter router(Map<String, Dialed> numbers) {
        return (CallRouter) Proxy.newProxyInstance(RouteTest.class.getClassLoader(), new Class<?>[] {CallRouter.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "dial" -> {
                        dialings++;
                        yield numbers.getOrDefault((String) args[1], new Dialed.Unknown("nothing"));
                    }
                    case "voicemail" -> new Dialed.Application("voicemail", null, (String) args[0], WhileAbsent.BUSY);
                    case "hashCode" -> 1;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
