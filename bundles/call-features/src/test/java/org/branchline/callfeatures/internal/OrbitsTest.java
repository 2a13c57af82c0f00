package org.branchline.callfeatures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.Parked;
import org.branchline.api.routing.Caller;
import org.junit.jupiter.api.Test;

class OrbitsTest {
    private static final List<String> ORBITS = List.of("701", "702", "4950");
    private static final Caller BOB = new Caller("5101", "bob", "102", "Bob", true);
    private final Orbits orbits = new Orbits();

    /** A parked call whose waiting the test sets. */
    private static final class Waiting implements Parked {
        final String orbit;
        boolean waiting = true;

        Waiting(String orbit) {
            this.orbit = orbit;
        }

        @Override
        public Leg leg() {
            return null;
        }

        @Override
        public String orbit() {
            return orbit;
        }

        @Override
        public boolean waiting() {
            return waiting;
        }
    }

    private Waiting park() {
        Orbits.Slot slot = orbits.take(ORBITS, BOB).orElseThrow();
        Waiting call = new Waiting(slot.orbit);
        slot.waits(call);
        return call;
    }

    @Test
    void theLowestFreeOrbitIsTakenUntilAllAre() {
        assertEquals(List.of("701", "702", "4950"), List.of(park().orbit, park().orbit, park().orbit));
        assertTrue(orbits.take(ORBITS, BOB).isEmpty(), "every orbit is taken");
    }

    @Test
    void anOrbitBeingParkedIsTakenBeforeItsCallWaits() {
        orbits.take(ORBITS, BOB).orElseThrow();
        assertEquals("702", orbits.take(ORBITS, BOB).orElseThrow().orbit);
        assertTrue(orbits.retrieve("701").isEmpty(), "nothing waits there yet");
    }

    @Test
    void aRetrievedCallLeavesItsOrbitFree() {
        Waiting first = park();
        park();
        Orbits.Slot slot = orbits.retrieve("701").orElseThrow();
        assertSame(first, slot.waiting().orElseThrow());
        assertSame(BOB, slot.parkedBy);
        assertTrue(orbits.retrieve("701").isEmpty(), "retrieved once");
        assertEquals("701", park().orbit);
    }

    @Test
    void anOrbitWhoseCallHungUpIsFreeAndRetrievesNothing() {
        Waiting gone = park();
        gone.waiting = false;
        assertTrue(orbits.retrieve("701").isEmpty());
        assertEquals("701", park().orbit);
    }

    @Test
    void aTimedOutCallIsReleasedOnceAndOnlyFromItsOwnOrbit() {
        Waiting timedOut = park();
        assertTrue(orbits.release(new Waiting("701")).isEmpty(), "another call's release frees nothing");
        assertSame(BOB, orbits.release(timedOut).orElseThrow().parkedBy);
        assertTrue(orbits.release(timedOut).isEmpty());
        assertEquals("701", park().orbit);
    }
}
