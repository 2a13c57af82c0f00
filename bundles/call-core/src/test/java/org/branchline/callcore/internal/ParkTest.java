package org.branchline.callcore.internal;

import static org.branchline.callcore.internal.Harness.caller;
import static org.branchline.callcore.internal.Harness.done;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.Parked;
import org.branchline.api.media.Prompt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParkTest {
    private static final Duration LONG = Duration.ofMinutes(1);
    private final Harness h = new Harness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aParkedLegHearsMusicUntilRetrieved() {
        FakeLeg caller = caller("101");
        FakeLeg parker = h.connected(caller, "102");
        Parked parked = h.core.park(caller, "701", LONG, p -> { });
        assertTrue(parked.waiting());
        assertEquals("701", parked.orbit());
        assertTrue(h.core.bridgeOf(caller).isEmpty());
        assertTrue(h.core.bridgeOf(parker).isEmpty());
        assertEquals(List.of(), parker.hangUps, "the parker stays up");
        FakeMediaSession music = h.engine.last();
        assertEquals(List.of(List.of(new Prompt.Music(0))), music.played);
        assertEquals(7000, Sdp.port(caller.told()));
        assertEquals(List.of(caller.media().orElseThrow().text()), music.updates);

        FakeLeg retriever = caller("103");
        Bridge bridge = h.core.retrieve(parked, retriever).orElseThrow();
        assertSame(caller, bridge.other(retriever));
        assertFalse(parked.waiting());
        assertFalse(music.isOpen());
        assertEquals(4101, Sdp.port(retriever.told()));
        assertEquals(4103, Sdp.port(caller.told()));
        assertTrue(h.core.retrieve(parked, caller("104")).isEmpty());
        assertEquals(List.of("BRIDGED 102", "PARKED 701 parked in 701", "BRIDGED 101", "BRIDGED 103"), h.events());
    }

    @Test
    void aParkedLegNobodyRetrievesTimesOutStillUpWithMusic() {
        FakeLeg caller = caller("101");
        h.connected(caller, "102");
        CompletableFuture<Parked> timedOut = new CompletableFuture<>();
        Parked parked = h.core.park(caller, "702", Duration.ofMillis(20), timedOut::complete);
        assertSame(parked, done(timedOut));
        assertFalse(parked.waiting());
        assertEquals(Leg.State.ANSWERED, caller.state());
        assertTrue(h.engine.last().isOpen());
        assertTrue(h.core.retrieve(parked, caller("103")).isEmpty());
    }

    @Test
    void aParkedLegHangingUpNoLongerWaits() throws InterruptedException {
        FakeLeg caller = caller("101");
        h.connected(caller, "102");
        CompletableFuture<Parked> timedOut = new CompletableFuture<>();
        Parked parked = h.core.park(caller, "703", Duration.ofMillis(100), timedOut::complete);
        caller.hangUpByParty();
        assertFalse(parked.waiting());
        assertFalse(h.engine.last().isOpen());
        TimeUnit.MILLISECONDS.sleep(250);
        assertFalse(timedOut.isDone(), "the timer was cancelled");
        assertTrue(h.core.retrieve(parked, caller("103")).isEmpty());
    }
}
