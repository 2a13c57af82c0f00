package org.branchline.callcore.internal;

import static org.branchline.callcore.internal.Harness.caller;
import static org.branchline.callcore.internal.Harness.done;
import static org.branchline.callcore.internal.Harness.failure;
import static org.branchline.callcore.internal.Harness.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.branchline.api.callcontrol.Connection;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.Originate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransferTest {
    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aBlindTransferConnectsTheOtherLegAndHangsUpTheTransferor() {
        FakeLeg caller = caller("101");
        FakeLeg transferor = h.connected(caller, "102");
        Connection connection = h.core.transfer(transferor, fake("103"), Harness.RING).orElseThrow();
        assertEquals(List.of(EndCause.NORMAL), transferor.hangUps);
        assertEquals(List.of(), caller.hangUps, "the caller stays");
        Originate request = h.provider.requests.get(1);
        assertEquals(4101, Sdp.port(request.offer()));
        assertEquals(caller.party(), request.caller());
        assertEquals(caller.callId(), request.callId());

        FakeLeg target = h.provider.leg("103");
        target.answerByParty();
        assertSame(target, done(connection.bridged()).other(caller));
        assertEquals(5103, Sdp.port(caller.told()));
        assertSame(target, h.core.bridgeOf(caller).orElseThrow().other(caller));
        assertEquals(List.of("BRIDGED 102", "TRANSFERRED 103 transferred to 103", "BRIDGED 103"),
                h.events());
    }

    @Test
    void whenNobodyTakesABlindTransferTheTransfereeIsHungUpForTheSameCause() {
        FakeLeg caller = caller("101");
        FakeLeg transferor = h.connected(caller, "102");
        Connection connection = h.core.transfer(transferor, fake("103"), Harness.RING).orElseThrow();
        h.provider.leg("103").endByParty(EndCause.NO_ANSWER);
        failure(connection.bridged());
        assertEquals(List.of(EndCause.NO_ANSWER), caller.hangUps);
        assertEquals(Leg.State.ENDED, caller.state());
    }

    @Test
    void aLegInNoBridgeCannotTransfer() {
        assertTrue(h.core.transfer(caller("101"), fake("103"), Harness.RING).isEmpty());
        assertEquals(List.of(), h.provider.requests);
    }

    @Test
    void anAttendedTransferJoinsTheTwoOtherLegs() {
        FakeLeg caller = caller("101");
        FakeLeg transferor = h.connected(caller, "102");
        FakeLeg consulting = caller("201");
        FakeLeg consulted = h.connected(consulting, "103");

        assertTrue(h.core.transfer(transferor, consulting));
        assertSame(consulted, h.core.bridgeOf(caller).orElseThrow().other(caller));
        assertEquals(List.of(EndCause.NORMAL), transferor.hangUps);
        assertEquals(List.of(EndCause.NORMAL), consulting.hangUps);
        assertEquals(List.of(), caller.hangUps);
        assertEquals(List.of(), consulted.hangUps);
        assertEquals(5103, Sdp.port(caller.told()));
        assertEquals(4101, Sdp.port(consulted.told()));
        assertEquals(List.of("BRIDGED 102", "BRIDGED 103", "TRANSFERRED 103 transferred to 103", "BRIDGED 103",
                "BRIDGED 101"), h.events());
    }

    @Test
    void anAttendedTransferNeedsBothLegsInBridges() {
        FakeLeg caller = caller("101");
        FakeLeg transferor = h.connected(caller, "102");
        assertFalse(h.core.transfer(transferor, caller("201")));
        assertFalse(h.core.transfer(transferor, caller), "the two legs of one bridge");
        assertTrue(h.core.bridgeOf(caller).isPresent());
        assertEquals(List.of(), transferor.hangUps);
    }
}
