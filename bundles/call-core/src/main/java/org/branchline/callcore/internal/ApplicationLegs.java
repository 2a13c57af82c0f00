package org.branchline.callcore.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegEvent;

/** The legs inside call applications run by the core; the map is concurrent, nothing else is shared. */
final class ApplicationLegs {
    private final Map<Leg, LegApplicationCall> inside = new ConcurrentHashMap<>();

    /** The call's leg is inside it now: digits the party sends out of band reach it, its end ends the call. */
    void entered(Leg leg, LegApplicationCall call) {
        inside.put(leg, call);
        leg.listen((from, event) -> {
            if (event instanceof LegEvent.Digit digit) {
                call.digitSent(digit.digit());
            } else if (event instanceof LegEvent.Ended) {
                inside.remove(leg, call);
                call.legEnded();
            }
        });
    }

    void left(Leg leg, LegApplicationCall call) {
        inside.remove(leg, call);
    }

    /** The core takes {@code leg} elsewhere: an application it is in lets it go (its media session closes). */
    void handOn(Leg leg) {
        LegApplicationCall call = inside.remove(leg);
        if (call != null) {
            call.handedOn();
        }
    }
}
