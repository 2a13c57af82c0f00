package org.branchline.callcore.internal;

import org.branchline.api.callcontrol.Leg;
import org.branchline.api.calls.CallEvent.Kind;

/**
 * What the core did with legs, told to the legs' calls ({@link Leg#told}): each provider publishes it among its
 * call's own events, in order. The legs' own changes (ringing, answered, left, ended) are theirs to publish.
 */
final class CallSteps {
    private CallSteps() {
    }

    /** {@code joining} talks to {@code leg} now; a leg of another call hears it too. */
    static void bridged(Leg leg, Leg joining) {
        leg.told(Kind.BRIDGED, number(joining), null);
        if (!leg.callId().equals(joining.callId())) {
            joining.told(Kind.BRIDGED, number(leg), null);
        }
    }

    /** {@code leg} was handed to {@code target}. */
    static void transferred(Leg leg, String target) {
        leg.told(Kind.TRANSFERRED, target, "transferred to " + target);
    }

    static void parked(Leg leg, String orbit) {
        leg.told(Kind.PARKED, orbit, "parked in " + orbit);
    }

    /** A leg as call records name who answered: a station by its station number, anything else by its number. */
    private static String number(Leg leg) {
        String station = leg.asCaller().userId();
        return station != null ? station : leg.party() == null ? null : leg.party().number();
    }
}
