package org.branchline.callfeatures.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchline.api.callcontrol.Parked;
import org.branchline.api.routing.Caller;

/**
 * The parking orbits in use (admin guide §29): the lowest free orbit of the dial plan's is taken; an orbit whose
 * call hung up is free again. Its monitor guards the map only.
 */
final class Orbits {
    /** One orbit taken: by whom, and the call once it waits there. */
    static final class Slot {
        final String orbit;
        final Caller parkedBy;
        private volatile Parked parked;

        Slot(String orbit, Caller parkedBy) {
            this.orbit = orbit;
            this.parkedBy = parkedBy;
        }

        void waits(Parked call) {
            parked = call;
        }

        /** The call waiting here, if it still does. */
        Optional<Parked> waiting() {
            Parked p = parked;
            return p != null && p.waiting() ? Optional.of(p) : Optional.empty();
        }

        /** Taken: being parked, or a call still waiting. */
        boolean taken() {
            Parked p = parked;
            return p == null || p.waiting();
        }
    }

    private final Map<String, Slot> slots = new HashMap<>();

    /** Takes the lowest free orbit of {@code orbits} for {@code parkedBy}; empty when all are taken. */
    synchronized Optional<Slot> take(List<String> orbits, Caller parkedBy) {
        for (String orbit : orbits) {
            Slot slot = slots.get(orbit);
            if (slot == null || !slot.taken()) {
                Slot fresh = new Slot(orbit, parkedBy);
                slots.put(orbit, fresh);
                return Optional.of(fresh);
            }
        }
        return Optional.empty();
    }

    /** The call waiting in {@code orbit}, taken out of it; empty when none waits there. */
    synchronized Optional<Slot> retrieve(String orbit) {
        Slot slot = slots.get(orbit);
        if (slot == null || slot.waiting().isEmpty()) {
            return Optional.empty();
        }
        slots.remove(orbit);
        return Optional.of(slot);
    }

    /** Frees the orbit of {@code parked} (it timed out); the slot, if it was still there. */
    synchronized Optional<Slot> release(Parked parked) {
        Slot slot = slots.get(parked.orbit());
        if (slot == null || slot.parked != parked) {
            return Optional.empty();
        }
        slots.remove(parked.orbit());
        return Optional.of(slot);
    }
}
