package org.branchline.callcore.internal;

import static org.branchline.callcore.internal.Harness.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.Leg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BridgeTest {
    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void anUnansweredLegIsAnsweredAndTheOtherOfferedItsDescription() {
        FakeLeg waiting = caller("101");
        FakeLeg talking = caller("102");
        talking.answer(Sdp.at("10.0.0.9", 9000));
        Bridge bridge = h.core.bridge(waiting, talking);
        assertEquals(List.of(4102), waiting.answered.stream().map(Sdp::port).toList());
        assertEquals(List.of(4101), talking.offered.stream().map(Sdp::port).toList());
        assertSame(bridge, h.core.bridgeOf(talking).orElseThrow());
        assertNotNull(waiting.negotiator());
        assertEquals(List.of("BRIDGED 102", "BRIDGED 101"), h.events(), "legs of two calls: both told");
    }

    @Test
    void aLegInABridgeLeavesItAndTheOtherStaysUpAlone() {
        FakeLeg a = caller("101");
        FakeLeg b = h.connected(a, "102");
        FakeLeg c = caller("103");
        Bridge first = h.core.bridgeOf(a).orElseThrow();
        Bridge second = h.core.bridge(a, c);
        assertFalse(first.active());
        assertTrue(second.active());
        assertTrue(h.core.bridgeOf(b).isEmpty());
        assertNull(b.negotiator());
        b.hangUpByParty();
        assertEquals(List.of(), a.hangUps, "the old bridge no longer hangs up");
        assertEquals(Leg.State.ANSWERED, a.state());
        assertEquals(4103, Sdp.port(a.told()));
    }

    @Test
    void digitsSentOutOfBandReachTheOtherLegWhileBridged() {
        FakeLeg a = caller("101");
        FakeLeg b = h.connected(a, "102");
        a.sendsDigit('5');
        b.sendsDigit('#');
        assertEquals(List.of('5'), b.digitsSent);
        assertEquals(List.of('#'), a.digitsSent);
        h.core.unbridge(h.core.bridgeOf(a).orElseThrow());
        a.sendsDigit('7');
        assertEquals(List.of('5'), b.digitsSent, "an undone bridge passes nothing on");
    }

    @Test
    void unbridgedLegsStayUpAndAnswerForThemselves() {
        FakeLeg a = caller("101");
        FakeLeg b = h.connected(a, "102");
        h.core.unbridge(h.core.bridgeOf(a).orElseThrow());
        assertTrue(h.core.bridgeOf(a).isEmpty());
        assertNull(a.negotiator());
        assertNull(b.negotiator());
        a.hangUpByParty();
        assertEquals(List.of(), b.hangUps);
        assertEquals(List.of("BRIDGED 102"), h.events());
    }

    @Test
    void aLegCannotBeBridgedToItselfNorToALegWithoutMedia() {
        FakeLeg a = caller("101");
        assertThrows(IllegalArgumentException.class, () -> h.core.bridge(a, a));
        FakeLeg placed = new FakeLeg("110", Sdp.at(5110), "c", Sdp.at(4101), (l, e) -> { });
        assertThrows(IllegalStateException.class, () -> h.core.bridge(a, placed));
        assertEquals(List.of(), a.answered);
    }
}
