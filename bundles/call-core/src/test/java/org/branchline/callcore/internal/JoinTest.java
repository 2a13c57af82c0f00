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
import org.branchline.api.media.Audience;
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
    void aListenerIsHeardByNobodyInTheMixer() {
        h.core.join(answered("110"), mixing, JoinMode.LISTEN);
        assertEquals(Audience.nobody(), mixing.audiences.get(h.engine.last()));
    }

    @Test
    void aWhisperIsHeardByTheAgentAloneAndABargeInByEveryone() {
        FakeLeg agent = answered("110");
        h.core.join(agent, mixing, JoinMode.TALK);
        FakeMediaSession agentSession = h.engine.last();
        assertEquals(Audience.everyone(), mixing.audiences.get(agentSession));
        FakeLeg supervisor = answered("111");
        CompletionStage<Void> whispering = h.core.whisper(supervisor, mixing, agent);
        FakeMediaSession supervisorSession = h.engine.last();
        assertEquals(Audience.only(agentSession), mixing.audiences.get(supervisorSession));
        assertEquals(Direction.SENDRECV, supervisor.told().direction());

        h.core.join(supervisor, mixing, JoinMode.TALK);
        assertEquals(supervisorSession, h.engine.last(), "barging in keeps the seat and its session");
        assertEquals(Audience.everyone(), mixing.audiences.get(supervisorSession));
        assertEquals(2, mixing.seated.size());
        assertFalse(whispering.toCompletableFuture().isDone());
    }

    @Test
    void aWhisperToALegNotSeatedThereFails() {
        FakeLeg agent = answered("110");
        FakeLeg supervisor = answered("111");
        Throwable failure = failure(h.core.whisper(supervisor, mixing, agent));
        assertEquals("leg " + agent.id() + " is not seated in that mixing bridge",
                assertInstanceOf(IllegalStateException.class, failure).getMessage());
        h.core.join(agent, mixing, JoinMode.TALK);
        agent.hangUpByParty();
        assertInstanceOf(IllegalStateException.class, failure(h.core.whisper(supervisor, mixing, agent)),
                "once the agent hung up");
    }

    @Test
    void withoutAMediaEngineJoinFails() {
        h.core.unsetMediaEngine(h.engine);
        Throwable failure = failure(h.core.join(answered("110"), mixing, JoinMode.TALK));
        assertEquals("the media engine is not installed",
                assertInstanceOf(IllegalStateException.class, failure).getMessage());
    }
}
