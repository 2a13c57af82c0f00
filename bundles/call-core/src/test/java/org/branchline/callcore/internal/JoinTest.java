package org.branchline.callcore.internal;

import static org.branchline.callcore.internal.Harness.caller;
import static org.branchline.callcore.internal.Harness.done;
import static org.branchline.callcore.internal.Harness.failure;
import static org.branchline.callcore.internal.Harness.fake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.branchline.api.callcontrol.CallControl.JoinMode;
import org.branchline.api.callcontrol.Originate;
import org.branchline.api.callcontrol.Party;
import org.branchline.api.media.sdp.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JoinTest {
    private final Harness h = new Harness();
    private final FakeMixing mixing = new FakeMixing();

    @AfterEach
    void close() {
        h.close();
    }

    private FakeLeg answered(String number) {
        h.core.originate(new Originate(fake(number), Party.station("400", null), null, null, true,
                Sdp.at("10.0.0.9", 9000)), (l, e) -> { });
        FakeLeg leg = h.provider.leg(number);
        leg.answerByParty();
        return leg;
    }

    @Test
    void aListenerIsOfferedSendOnlyAndSeated() {
        FakeLeg monitor = answered("110");
        CompletionStage<Void> joined = h.core.join(monitor, mixing, JoinMode.LISTEN);
        FakeMediaSession session = h.engine.last();
        assertEquals(monitor.own.text(), session.offer);
        assertEquals(7000, Sdp.port(monitor.told()));
        assertEquals(Direction.SENDONLY, monitor.told().direction());
        assertEquals(List.of(monitor.media().orElseThrow().text()), session.updates);
        assertEquals(Direction.RECVONLY, monitor.media().orElseThrow().direction());
        assertEquals(List.of(session), mixing.seated);

        assertFalse(joined.toCompletableFuture().isDone());
        mixing.leave(session);
        done(joined);
        monitor.hangUpByParty();
        assertFalse(session.isOpen());
    }

    @Test
    void aTalkerIsOfferedSendReceiveAndLeavesItsBridge() {
        FakeLeg caller = caller("101");
        FakeLeg callee = h.connected(caller, "102");
        h.core.join(callee, mixing, JoinMode.TALK);
        assertEquals(Direction.SENDRECV, callee.told().direction());
        assertEquals(7000, Sdp.port(callee.told()));
        assertTrue(h.core.bridgeOf(caller).isEmpty());
        callee.hangUpByParty();
        assertEquals(List.of(), caller.hangUps, "out of the bridge, the caller stays");
    }

    @Test
    void withoutAMediaEngineJoinFails() {
        h.core.unsetMediaEngine(h.engine);
        Throwable failure = failure(h.core.join(answered("110"), mixing, JoinMode.TALK));
        assertEquals("the media engine is not installed",
                assertInstanceOf(IllegalStateException.class, failure).getMessage());
    }
}
