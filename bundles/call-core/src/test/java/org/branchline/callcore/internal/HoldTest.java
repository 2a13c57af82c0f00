package org.branchline.callcore.internal;

import static org.branchline.callcore.internal.Harness.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.branchline.api.media.Prompt;
import org.branchline.api.media.sdp.Direction;
import org.branchline.api.media.sdp.SessionDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HoldTest {
    private final Harness h = new Harness();
    private final FakeLeg caller = caller("101");
    private final FakeLeg callee = h.connected(caller, "102");

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aPartyHoldingPutsTheOtherOnMusicAndResumingTakesItBack() {
        SessionDescription answer = caller.partyOffers(Sdp.at(4101).withDirection(Direction.SENDONLY));
        assertEquals(5102, Sdp.port(answer));
        assertEquals(Direction.RECVONLY, answer.direction());
        FakeMediaSession music = h.engine.last();
        assertEquals(List.of(List.of(new Prompt.Music(0))), music.played);
        assertEquals(7000, Sdp.port(callee.told()), "the other leg hears the music");
        assertEquals(List.of(callee.media().orElseThrow().text()), music.updates);

        SessionDescription resumed = caller.partyOffers(Sdp.at(4101));
        assertFalse(music.isOpen());
        assertEquals(4101, Sdp.port(callee.told()));
        assertEquals(Direction.SENDRECV, callee.told().direction());
        assertEquals(5102, Sdp.port(resumed));
        assertEquals(Direction.SENDRECV, resumed.direction());
    }

    @Test
    void anInactiveHoldIsAnsweredInactive() {
        SessionDescription answer = callee.partyOffers(Sdp.at("10.0.0.2", 5102).withDirection(Direction.INACTIVE));
        assertEquals(Direction.INACTIVE, answer.direction());
        assertEquals(4101, Sdp.port(answer));
        assertEquals(7000, Sdp.port(caller.told()));
    }

    @Test
    void withoutAMediaEngineAHoldGoesToTheOtherParty() {
        h.core.unsetMediaEngine(h.engine);
        SessionDescription answer = caller.partyOffers(Sdp.at(4101).withDirection(Direction.SENDONLY));
        assertEquals(Direction.SENDONLY, callee.told().direction());
        assertEquals(Direction.RECVONLY, answer.direction());
        assertEquals(5102, Sdp.port(answer));
        assertEquals(List.of(), h.engine.opened);
    }

    @Test
    void aCodecChangeGoesToTheOtherParty() {
        SessionDescription answer = caller.partyOffers(Sdp.at(4111));
        assertEquals(4111, Sdp.port(callee.told()));
        assertEquals(5102, Sdp.port(answer));
        assertEquals(List.of(), h.engine.opened);
    }

    @Test
    void holdPlaysMusicAndResumeRejoinsTheOtherLeg() {
        h.core.hold(caller);
        FakeMediaSession music = h.engine.last();
        assertEquals(7000, Sdp.port(caller.told()));
        assertTrue(h.core.bridgeOf(caller).isPresent(), "the bridge stays");
        h.core.hold(caller);
        assertEquals(1, h.engine.opened.size(), "held once");

        h.core.resume(caller);
        assertFalse(music.isOpen());
        assertEquals(5102, Sdp.port(caller.told()));
    }

    @Test
    void withoutAMediaEngineHoldDoesNothing() {
        h.core.unsetMediaEngine(h.engine);
        int offers = caller.offered.size();
        h.core.hold(caller);
        assertEquals(offers, caller.offered.size());
    }

    @Test
    void aHeldLegHangingUpClosesItsMusic() {
        h.core.hold(caller);
        caller.hangUpByParty();
        assertFalse(h.engine.last().isOpen());
        assertEquals(1, callee.hangUps.size());
    }
}
