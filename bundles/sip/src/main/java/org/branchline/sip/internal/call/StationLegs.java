package org.branchline.sip.internal.call;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.callcontrol.LegListener;
import org.branchline.api.callcontrol.Originate;
import org.branchline.api.callcontrol.Party;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.Dialed;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.RingAttempt;
import org.branchline.api.routing.RingPlan;
import org.branchline.api.routing.RingTarget;

/**
 * The SIP core as a leg provider: a station's registered phones ring together, or an extension's call route runs
 * (as routing chose it for the call, else as routing chooses it now): its attempts, On Busy, a Finally transfer;
 * a Finally voicemail ends the leg {@link EndCause#VOICEMAIL}, for the core to take its caller there. Whoever
 * answers is the leg. The leg ends {@link EndCause#NO_ANSWER} after the ring timeout. A leg placed in a call of
 * the SIP core's tells its steps in that call's story.
 */
public final class StationLegs {
    private final CallEngine engine;

    public StationLegs(CallEngine engine) {
        this.engine = engine;
    }

    public Leg originate(Originate request, LegListener listener) {
        LegAddress to = request.to();
        boolean ownsCall = request.callId() == null;
        String callId = ownsCall ? engine.sip().provider().getNewCallId().getCallId() : request.callId();
        Caller caller = new Caller(null, null, request.caller().number(), request.caller().name(), true);
        CallLog log = ownsCall ? engine.callLog(callId, caller, to.target(), true)
                : engine.logOf(callId).orElseGet(() -> engine.callLog(callId, caller, to.target(), false));
        OriginatedLeg leg = new OriginatedLeg(engine, new Party(to.target(), null, Party.Kind.STATION), callId, log,
                ownsCall);
        leg.listen(listener);
        Optional<Dialed.Ring> ring = ring(to, caller, request);
        if (ring.isEmpty()) {
            leg.end(EndCause.UNREACHABLE, "nothing rings at " + to);
            return leg;
        }
        RouteRun run = new RouteRun(engine, caller, request.offer().bytes(),
                request.callId() != null && engine.relayWanted(request.callId()), log, leg);
        if (request.autoAnswer()) {
            run.autoAnswer();
        }
        ScheduledFuture<?> timeout = engine.timers().schedule(
                () -> run.fail(Response.REQUEST_TIMEOUT, "no answer within " + request.ringTimeout().toSeconds() + " s",
                        CallDisposition.NO_ANSWER),
                request.ringTimeout().toMillis(), TimeUnit.MILLISECONDS);
        leg.ringing(run, timeout);
        run.start(ring.get());
        return leg;
    }

    private Optional<Dialed.Ring> ring(LegAddress to, Caller caller, Originate request) {
        if (LegAddress.STATION.equals(to.technology())) {
            if (engine.location().contacts(to.target()).isEmpty()) {
                return Optional.empty();
            }
            int rings = (int) Math.max(1, (request.ringTimeout().toSeconds() + Destination.RING_SECONDS - 1)
                    / Destination.RING_SECONDS) + 1;
            RingPlan plan = new RingPlan(List.of(new RingAttempt(List.of(new RingTarget(to.target(), rings)))),
                    FinalAction.hangUp());
            return Optional.of(new Dialed.Ring(to.target(), "station " + to.target(), plan, null));
        }
        Dialed.Ring chosen = request.route();
        if (chosen != null && chosen.extension().equals(to.target())) {
            return Optional.of(chosen);
        }
        return engine.router().map(r -> r.transfer(caller, to.target()))
                .filter(Dialed.Ring.class::isInstance).map(Dialed.Ring.class::cast);
    }
}
