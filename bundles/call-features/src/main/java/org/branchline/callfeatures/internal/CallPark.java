package org.branchline.callfeatures.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Parked;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Caller;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Call park (admin guide §29) on the call core alone: a call transferred to the park number (700) waits with music
 * on hold in the lowest free orbit of the dial plan's (701-709, 4950-4999; *701.. in Extension mode); dialing the
 * orbit retrieves it; unretrieved after the Call Park timeout it goes to the configured extension, or to the
 * parker's, as a call dialed there: that extension's call route rings, and its Finally action (voicemail, hang up)
 * ends it.
 */
@Component(property = {CallApplication.NAMES + "=" + CallPark.PARK, CallApplication.NAMES + "=" + CallPark.RETRIEVE})
public final class CallPark implements CallApplication {
    static final String PARK = "call-park";
    static final String RETRIEVE = "call-park-retrieve";
    private static final Logger LOG = Logger.getLogger(CallPark.class.getName());
    private final CallControl calls;
    private final String version;
    private final Orbits orbits = new Orbits();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CallRouter router;

    @Activate
    public CallPark(@Reference CallControl calls, BundleContext context) {
        this.calls = calls;
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    public void handle(ApplicationCall call) {
        if (RETRIEVE.equals(call.application())) {
            retrieve(call);
        } else {
            park(call);
        }
    }

    /** Only a transferred call is parked: 700 dialed as such reaches nobody. */
    private void park(ApplicationCall call) {
        Caller parkedBy = call.transferredBy();
        CallRouter r = router;
        List<String> free = r == null ? List.of() : r.parkingOrbits();
        Optional<Orbits.Slot> slot = parkedBy == null ? Optional.empty() : orbits.take(free, parkedBy);
        if (slot.isEmpty()) {
            LOG.info(() -> call.callId() + ": not parked (" + (parkedBy == null ? "dialed, not transferred"
                    : "every orbit is taken") + ")");
            call.hangUp();
            return;
        }
        Parked parked = calls.park(call.leg(), slot.get().orbit, Duration.ofSeconds(settings().timeoutSeconds()),
                this::timedOut);
        slot.get().waits(parked);
        LOG.info(() -> call.callId() + " parked in " + slot.get().orbit + " by " + parkedBy.number());
    }

    private void retrieve(ApplicationCall call) {
        Optional<Parked> parked = orbits.retrieve(call.extension()).flatMap(Orbits.Slot::waiting);
        if (parked.isEmpty() || calls.retrieve(parked.get(), call.leg()).isEmpty()) {
            LOG.info(() -> call.callId() + ": nothing waits in orbit " + call.extension());
            call.hangUp();
            return;
        }
        LOG.info(() -> call.callId() + " retrieved the call parked in " + call.extension());
    }

    /** Nobody retrieved the call: to the configured extension, else back to the phone that parked it. */
    private void timedOut(Parked parked) {
        Optional<Orbits.Slot> slot = orbits.release(parked);
        String target = Optional.ofNullable(settings().timeoutExtension())
                .orElse(slot.map(s -> s.parkedBy.number()).orElse(null));
        if (target == null) {
            parked.leg().hangUp(EndCause.NO_ANSWER);
            return;
        }
        LOG.info(() -> "park timeout in " + parked.orbit() + ": ringing " + target);
        calls.route(parked.leg(), target);
    }

    private CallParkSettings settings() {
        CallRouter r = router;
        return r == null ? new CallParkSettings(CallParkSettings.DEFAULT_TIMEOUT, null) : r.callPark();
    }

    @Override
    public String version() {
        return version;
    }
}
