package org.branchline.routing.internal;

import static org.branchline.api.routing.WhileAbsent.BUSY;
import static org.branchline.api.routing.WhileAbsent.UNAVAILABLE;
import static org.branchline.routing.internal.rules.Routes.attempt;
import static org.branchline.routing.internal.rules.Routes.extension;
import static org.branchline.routing.internal.rules.Routes.route;
import static org.branchline.routing.internal.rules.Routes.station;
import static org.branchline.routing.internal.rules.Routes.voicemail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.ApplicationNumber.Argument;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.Dialed;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.PhoneFeature;
import org.branchline.api.routing.RingAttempt;
import org.branchline.api.routing.RingPlan;
import org.branchline.api.routing.RingTarget;
import org.branchline.api.routing.RouteSet;
import org.branchline.api.routing.SpeedDial;
import org.branchline.routing.internal.rules.DialPlans;
import org.branchline.routing.internal.rules.StoredRoutes;
import org.junit.jupiter.api.Test;

class CallRoutingTest {
    private static final Caller ALICE = new Caller("5100", "alice", "101", "Alice", true);
    private static final Caller BOB = new Caller("5101", "bob", "102", "Bob", true);

    private final FakeDirectory directory = new FakeDirectory(DialPlans.factory(DialPlanMode.NORMAL))
            .user("alice", "101").user("bob", "102").user("carol", "103").system("200");
    private final FakeRoutingData data = new FakeRoutingData();
    private final Map<String, List<String>> phones = Map.of("alice", List.of("5100", "5103"), "bob",
            List.of("5101"), "carol", List.of("5102"));
    private final CallRouting routing = new CallRouting(directory, data,
            login -> phones.getOrDefault(login, List.of()));

    private static RingPlan ringing(FinalAction finalAction, String... userIds) {
        List<RingAttempt> attempts = userIds.length == 0 ? List.of() : List.of(new RingAttempt(
                java.util.Arrays.stream(userIds).map(u -> new RingTarget(u, 4)).toList()));
        return new RingPlan(attempts, finalAction);
    }

    private Dialed.Ring ring(Caller caller, String digits) {
        return assertInstanceOf(Dialed.Ring.class, routing.dial(caller, digits));
    }

    @Test
    void anExtensionRingsItsOwnersPhonesThenVoicemail() {
        assertEquals(new Dialed.Ring("101", "101 In Office", ringing(voicemail("101"), "5100", "5103"), null),
                routing.dial(BOB, "101"));
    }

    @Test
    void theOwnersPresencePicksTheRoute() {
        directory.presences.put("alice", Presence.ON_VACATION);
        assertEquals(new Dialed.Ring("101", "101 On Vacation", ringing(voicemail("101")), null),
                routing.dial(BOB, "101"));
    }

    @Test
    void callerIdRoutesComeFirst() {
        RouteSet forBob = new RouteSet(route(FinalAction.hangUp(), attempt(extension("103", 4))),
                route(voicemail("101")));
        data.routes.put("101", StoredRoutes.none("101").withCallerIdRoute(Set.of(Presence.IN_OFFICE),
                new CallerIdRoute(new CallerIdMatch(true, "bob"), forBob)));
        Dialed.Ring fromBob = ring(BOB, "101");
        assertEquals("101 In Office, caller ID bob", fromBob.route());
        assertEquals(ringing(FinalAction.hangUp(), "5102"), fromBob.primary());
        assertEquals(new RingPlan(List.of(), voicemail("101")), fromBob.onBusy());
        assertEquals(ringing(voicemail("101"), "5100", "5103"), ring(ALICE, "101").primary());
    }

    @Test
    void aSystemExtensionHangsUpByDefault() {
        assertEquals(new Dialed.Ring("200", "200 In Office", ringing(FinalAction.hangUp()), null),
                routing.dial(ALICE, "200"));
    }

    @Test
    void aStationRingsItselfFourRings() {
        assertEquals(new Dialed.Ring("5102", "station 5102", ringing(FinalAction.hangUp(), "5102"), null),
                routing.dial(ALICE, "5102"));
    }

    @Test
    void doNotDisturbTakesTheAppearanceOutOfEveryRoute() {
        assertEquals("do not disturb on for 5100",
                routing.apply(ALICE, new Dialed.Feature(PhoneFeature.DO_NOT_DISTURB, "1")));
        assertEquals(ringing(voicemail("101"), "5103"), ring(BOB, "101").primary());
        assertEquals(ringing(FinalAction.hangUp()), ring(BOB, "5100").primary());
        routing.apply(ALICE, new Dialed.Feature(PhoneFeature.DO_NOT_DISTURB, "0"));
        assertEquals(ringing(voicemail("101"), "5100", "5103"), ring(BOB, "101").primary());
    }

    @Test
    void aForwardedAppearanceRingsTheForwardsPhones() {
        assertEquals("5100 forwarded to 103",
                routing.apply(ALICE, new Dialed.Feature(PhoneFeature.FORWARD, "103")));
        assertEquals(ringing(voicemail("101"), "5102", "5103"), ring(BOB, "101").primary());
        assertEquals(ringing(FinalAction.hangUp(), "5102"), ring(BOB, "5100").primary());
        assertEquals("forwarding of 5100 cancelled",
                routing.apply(ALICE, new Dialed.Feature(PhoneFeature.FORWARD, "101")));
        assertEquals(ringing(voicemail("101"), "5100", "5103"), ring(BOB, "101").primary());
    }

    @Test
    void forwardsAreNotFollowedTwice() {
        routing.apply(ALICE, new Dialed.Feature(PhoneFeature.FORWARD, "102"));
        routing.apply(BOB, new Dialed.Feature(PhoneFeature.FORWARD, "101"));
        assertEquals(ringing(voicemail("101"), "5101", "5103"), ring(ALICE, "101").primary());
    }

    @Test
    void speedDialsDialTheirNumberAgain() {
        data.speedDials.put("350", new SpeedDial("350", "Bob", "102"));
        data.speedDials.put("351", new SpeedDial("351", "Pizza", "915855551234"));
        data.speedDials.put("352", new SpeedDial("352", "Loop", "350"));
        assertEquals("102", ring(ALICE, "350").extension());
        assertEquals(new Dialed.Unknown("speed dial 351 dials 915855551234: outside lines are not available yet"),
                routing.dial(ALICE, "351"));
        assertInstanceOf(Dialed.Unknown.class, routing.dial(ALICE, "352"));
        assertEquals(new Dialed.Unknown("speed dial 353 is not set"), routing.dial(ALICE, "353"));
    }

    @Test
    void aFinallyVoicemailGoesWhereLeavingAVoicemailForTheExtensionGoes() {
        assertEquals(new Dialed.Application("voicemail", null, "102", BUSY), routing.voicemail("102"));
        data.applicationNumbers.removeIf(n -> n.function() == DialPlanFunction.LEAVE_VOICEMAIL);
        data.applicationNumbers.add(new ApplicationNumber(DialPlanFunction.LEAVE_VOICEMAIL, "", Argument.EXTENSION,
                "unified-messaging", "2", UNAVAILABLE));
        assertEquals(new Dialed.Application("unified-messaging", "2", "102", UNAVAILABLE), routing.voicemail("102"));
    }

    @Test
    void phoneFeaturesAndApplications() {
        assertEquals(new Dialed.Application("call-park", null, null, UNAVAILABLE),
                routing.dial(ALICE, "700"));
        assertEquals(new Dialed.Application("call-park-retrieve", null, "701", UNAVAILABLE),
                routing.dial(ALICE, "701"));
        assertEquals(new Dialed.Application("call-park-retrieve", null, "4950", UNAVAILABLE),
                routing.dial(ALICE, "4950"));
        assertEquals(new Dialed.Application("call-pickup", null, "102", UNAVAILABLE), routing.dial(ALICE, "7102"));
        assertEquals(new Dialed.Feature(PhoneFeature.FORWARD, "102"), routing.dial(ALICE, "45102"));
        assertEquals(new Dialed.Feature(PhoneFeature.DO_NOT_DISTURB, "1"), routing.dial(ALICE, "421"));
        assertEquals(new Dialed.Application("voicemail", null, "102", BUSY), routing.dial(ALICE, "3102"));
        assertEquals(new Dialed.Application("message-center", null, "102", UNAVAILABLE), routing.dial(ALICE, "6102"));
        assertEquals(new Dialed.Application("message-center", null, "101", UNAVAILABLE), routing.dial(ALICE, "404"));
        assertEquals(new Dialed.Application("message-center", null, null, UNAVAILABLE), routing.dial(null, "404"));
        assertEquals(new Dialed.Application("message-center", null, "101", UNAVAILABLE),
                routing.dial(ALICE, "voicemail"));
        assertEquals(new Dialed.Application("conference-center", null, null, BUSY), routing.dial(ALICE, "408"));
        assertEquals(new Dialed.Unknown("no extension 150"), routing.dial(ALICE, "3150"));
    }

    @Test
    void aNumberAnApplicationDeclaredReachesItAsData() {
        data.applicationNumbers.add(new ApplicationNumber(DialPlanFunction.PBX_FUNCTIONS, "07",
                ApplicationNumber.Argument.EXTENSION, "e2e-echo", "2", BUSY));
        assertEquals(new Dialed.Application("e2e-echo", "2", "102", BUSY), routing.dial(ALICE, "407102"));
        assertEquals(new Dialed.Application("voicemail", null, "102", BUSY), routing.voicemail("102"));
    }

    @Test
    void whatNothingAnswersIsUnknownWithAReason() {
        assertEquals(new Dialed.Unknown("no extension 150"), routing.dial(ALICE, "150"));
        assertEquals(new Dialed.Unknown("no extension 150"), routing.dial(ALICE, "3150"));
        assertEquals(new Dialed.Unknown("no extension 150"), routing.dial(ALICE, "45150"));
        assertEquals(new Dialed.Unknown("outside lines are not available yet"), routing.dial(ALICE, "95551234"));
        assertEquals(new Dialed.Unknown("no operator extension is set"), routing.dial(ALICE, "0"));
        assertEquals(new Dialed.Unknown("paging: not available yet"), routing.dial(ALICE, "461"));
        assertEquals(new Dialed.Unknown("nothing in the internal dial plan answers to 349"),
                routing.dial(ALICE, "349"));
    }

    @Test
    void transferRunsTheExtensionsRoute() {
        assertEquals(routing.dial(ALICE, "102"), routing.transfer(ALICE, "102"));
        assertEquals(new Dialed.Unknown("no extension 150"), routing.transfer(ALICE, "150"));
    }

    @Test
    void extensionModeStarsTheFunctions() {
        directory.plan = DialPlans.factory(DialPlanMode.EXTENSION);
        data.speedDials.put("*250", new SpeedDial("*250", "Bob", "102"));
        assertEquals("102", ring(ALICE, "*250").extension());
        assertEquals(new Dialed.Application("call-park", null, null, UNAVAILABLE),
                routing.dial(ALICE, "*700"));
        assertEquals("5102", ring(ALICE, "*5102").extension());
    }

    @Test
    void theCallersExtensionIsTheirFirstUserExtension() {
        directory.user("alice", "104");
        assertEquals(Optional.of("101"), routing.extensionOf("alice"));
        assertEquals(Optional.empty(), routing.extensionOf("dave"));
        assertEquals(Optional.empty(), routing.extensionOf(null));
    }

    @Test
    void featuresNeedACallAppearance() {
        Caller outside = new Caller(null, null, "5855551234", null, false);
        assertEquals("phone features need a call appearance",
                routing.apply(outside, new Dialed.Feature(PhoneFeature.DO_NOT_DISTURB, "1")));
        assertNull(data.phones.get("5855551234"));
    }
}
