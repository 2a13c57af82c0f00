package org.branchline.sip.internal.call;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.branchline.api.callcontrol.CallApplications;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.LegEvent;
import org.branchline.api.routing.Dialed;

/**
 * Phones' calls dialed to a call application, or sent to one (a call route's Finally voicemail, a blind transfer
 * to 700): each phone becomes a {@link CallerLeg} the call core runs the application on. The phones inside
 * applications are hung up when the SIP core stops.
 */
final class ApplicationCalls {
    private final Supplier<CallApplications> whiteboard;
    private final Set<CallerLeg> inside = ConcurrentHashMap.newKeySet();
    private CallEngine engine;

    ApplicationCalls(Supplier<CallApplications> whiteboard) {
        this.whiteboard = whiteboard;
    }

    void attach(CallEngine engine) {
        this.engine = engine;
    }

    /** True while an application of that name is on the whiteboard. */
    boolean answers(String name) {
        CallApplications w = whiteboard.get();
        return w != null && w.answers(name);
    }

    /** The call core runs the application {@code dialed} names with {@code caller}'s phone as its leg. */
    void start(WaitingCaller caller, Dialed.Application dialed, boolean fromCallRoute) {
        Optional<CallControl> core = engine.callControl();
        if (core.isEmpty()) {
            caller.turnAway(EndCause.whileAbsent(dialed.whileAbsent()), "the call core is not installed");
            return;
        }
        CallerLeg leg = caller.leg();
        inside.add(leg);
        leg.listen((from, event) -> {
            if (event instanceof LegEvent.Ended) {
                inside.remove(leg);
            }
        });
        core.get().runApplication(leg, dialed, fromCallRoute, caller.transferredBy());
    }

    /** The caller's call route ended in voicemail: the voicemail application routing names takes it. */
    void voicemail(WaitingCaller caller, String extension) {
        Optional<Dialed.Application> voicemail = engine.router().map(r -> r.voicemail(extension));
        if (voicemail.isEmpty()) {
            caller.turnAway(EndCause.NO_ANSWER, "routing is not installed");
            return;
        }
        start(caller, voicemail.get(), true);
    }

    void shutdown() {
        inside.forEach(leg -> leg.hangUp(EndCause.FAILED));
    }
}
