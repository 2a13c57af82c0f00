package org.branchline.callcore.internal;

import static org.branchline.callcore.internal.Harness.caller;
import static org.branchline.callcore.internal.Harness.done;
import static org.branchline.callcore.internal.Harness.failure;
import static org.branchline.callcore.internal.Harness.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.Connection;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.callcontrol.LegEndedException;
import org.branchline.api.callcontrol.LegEvent;
import org.branchline.api.callcontrol.Originate;
import org.branchline.api.callcontrol.Party;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectTest {
    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void anAnsweredLegIsBridgedToTheCallerAndAHangUpEndsBoth() {
        FakeLeg caller = caller("101");
        Connection connection = h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false);
        Originate request = h.provider.requests.get(0);
        assertEquals(4101, Sdp.port(request.offer()));
        assertEquals(caller.callId(), request.callId());
        assertEquals(caller.party(), request.caller());
        FakeLeg callee = h.provider.leg("102");
        callee.ring();
        assertTrue(connection.ringing());
        assertEquals(List.of(connection), h.core.ringing());

        callee.answerByParty();
        Bridge bridge = done(connection.bridged());
        assertSame(caller, bridge.a());
        assertSame(callee, bridge.b());
        assertEquals(List.of(5102), caller.answered.stream().map(Sdp::port).toList(), "the caller is answered");
        assertEquals(List.of(4101), callee.offered.stream().map(Sdp::port).toList(), "no second offer needed");
        assertFalse(connection.ringing());
        assertEquals(List.of(), h.core.ringing());

        caller.hangUpByParty();
        assertEquals(List.of(EndCause.NORMAL), callee.hangUps);
        assertFalse(bridge.active());
        assertTrue(h.core.bridgeOf(callee).isEmpty());
        assertEquals(List.of("BRIDGED 102"), caller.steps, "told to the caller's call, which the callee joined");
        assertEquals(List.of(), callee.steps);
    }

    @Test
    void aCallerWhoseMediaMovedOnAnswerIsOfferedAgain() {
        FakeLeg caller = caller("101");
        caller.answer(Sdp.at("10.0.0.9", 9000));
        caller.partyOffers(Sdp.at("10.0.0.7", 4101));
        Connection connection = h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false);
        FakeLeg callee = h.provider.leg("102");
        callee.answerByParty();
        done(connection.bridged());
        assertEquals(5102, Sdp.port(caller.offered.get(0)), "an answered caller is offered the new leg");
        assertEquals(List.of("10.0.0.7", "10.0.0.1"), callee.offered.stream()
                .map(d -> d.audioAddress().orElseThrow().getHostString()).toList());
    }

    @Test
    void withoutAProviderTheLegEndsUnreachable() {
        List<LegEvent> heard = new ArrayList<>();
        Leg leg = h.core.originate(new Originate(new LegAddress("pri", "5551234"), Party.station("101", null), "c1",
                null, false, Sdp.at(4101)), (l, e) -> heard.add(e));
        assertEquals(Leg.State.ENDED, leg.state());
        assertEquals(List.of(new LegEvent.Ended(EndCause.UNREACHABLE, "no leg provider for the technology")), heard);

        h.core.forgetLegProvider(h.provider);
        FakeLeg caller = caller("101");
        Connection connection = h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false);
        assertEquals(EndCause.UNREACHABLE, endCause(connection));
        assertUntouched(caller);
        assertEquals(List.of(), h.core.ringing());
    }

    @Test
    void aBusyLegFailsTheConnectionAndLeavesTheCallerAlone() {
        h.provider.busy.add("102");
        FakeLeg caller = caller("101");
        Connection connection = h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false);
        assertEquals(EndCause.BUSY, endCause(connection));
        assertUntouched(caller);
        assertFalse(connection.ringing());
        assertEquals(List.of(), h.core.ringing());
        assertEquals(List.of(), h.events());
    }

    @Test
    void aProviderFailingMidOriginateLeavesNothingRingingAndTheCallerAlone() {
        h.provider.broken.add("102");
        FakeLeg caller = caller("101");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false));
        assertEquals("the provider failed placing 102", e.getMessage());
        assertEquals(List.of(), h.core.ringing());
        assertUntouched(caller);
    }

    @Test
    void aLegEndingBeforeTheAnswerFailsWithItsCause() {
        FakeLeg caller = caller("101");
        Connection connection = h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false);
        h.provider.leg("102").ring();
        h.provider.leg("102").endByParty(EndCause.NO_ANSWER);
        assertEquals(EndCause.NO_ANSWER, endCause(connection));
        assertUntouched(caller);
        assertFalse(connection.takeOver(caller("103")));
    }

    @Test
    void aWaitingCallerHearsTheRingingUntilTheAnswer() {
        FakeLeg caller = caller("101");
        h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false);
        FakeLeg callee = h.provider.leg("102");
        callee.ring();
        callee.answerByParty();
        callee.ring();
        assertEquals(List.of("ringing"), caller.alerts);
    }

    @Test
    void theCallerHangingUpWhileItRingsCancelsTheLeg() {
        FakeLeg caller = caller("101");
        Connection connection = h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false);
        FakeLeg callee = h.provider.leg("102");
        callee.ring();
        caller.hangUpByParty();
        assertEquals(List.of(EndCause.CANCELLED), callee.hangUps);
        assertEquals(EndCause.CANCELLED, endCause(connection));
        assertEquals(List.of(), h.core.ringing());
        assertEquals(List.of(), h.events());
    }

    @Test
    void cancelStopsTheRingingAndLeavesTheCallerAsItWas() {
        FakeLeg caller = caller("101");
        Connection connection = h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false);
        connection.cancel();
        connection.cancel();
        assertEquals(List.of(EndCause.CANCELLED), h.provider.leg("102").hangUps);
        assertEquals(EndCause.CANCELLED, endCause(connection));
        assertUntouched(caller);
    }

    @Test
    void pickupTakesTheRingingCallOver() {
        FakeLeg caller = caller("101");
        h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false);
        FakeLeg callee = h.provider.leg("102");
        callee.ring();
        FakeLeg picker = caller("103");

        Connection ringing = h.core.ringing().get(0);
        assertTrue(ringing.takeOver(picker));
        Bridge bridge = done(ringing.bridged());
        assertSame(picker, bridge.other(caller));
        assertEquals(List.of(EndCause.CANCELLED), callee.hangUps);
        assertEquals(List.of(4103), caller.answered.stream().map(Sdp::port).toList());
        assertEquals(List.of(4101), picker.answered.stream().map(Sdp::port).toList());
        assertFalse(ringing.takeOver(caller("104")), "taken already");
        assertEquals(List.of("BRIDGED 103", "BRIDGED 101"), h.events(), "the picker's own call is told too");
    }

    @Test
    void pickupAlsoFindsTheCallsAProviderRingsOnItsOwn() {
        FakeLeg caller = caller("101");
        h.core.connect(caller, fake("102"), caller.party(), Harness.RING, false);
        h.provider.ownRinging.add(new ProviderRinging(fake("108"), true));
        h.provider.ownRinging.add(new ProviderRinging(fake("109"), false));

        assertEquals(List.of(fake("102"), fake("108")), h.core.ringing().stream().map(Connection::to).toList(),
                "the core's own, then the provider's that still ring");
    }

    /** A call a provider rings itself, as far as listing it goes. */
    private record ProviderRinging(LegAddress to, boolean ringing) implements Connection {
        @Override
        public Leg from() {
            return null;
        }

        @Override
        public java.util.concurrent.CompletionStage<Bridge> bridged() {
            return new java.util.concurrent.CompletableFuture<>();
        }

        @Override
        public boolean takeOver(Leg other) {
            return false;
        }

        @Override
        public void cancel() {
        }
    }

    @Test
    void connectNeedsTheCallersMedia() {
        FakeLeg placed = (FakeLeg) h.core.originate(new Originate(fake("110"), Party.station("101", null), null,
                null, false, Sdp.at(4101)), (l, e) -> { });
        assertThrows(IllegalStateException.class,
                () -> h.core.connect(placed, fake("102"), placed.party(), Harness.RING, false));
        assertNull(h.provider.leg("102"));
    }

    private static EndCause endCause(Connection connection) {
        return assertInstanceOf(LegEndedException.class, failure(connection.bridged())).endCause();
    }

    private static void assertUntouched(FakeLeg caller) {
        assertEquals(Leg.State.CALLING, caller.state());
        assertEquals(List.of(), caller.answered);
        assertEquals(List.of(), caller.offered);
        assertEquals(List.of(), caller.hangUps);
    }
}
