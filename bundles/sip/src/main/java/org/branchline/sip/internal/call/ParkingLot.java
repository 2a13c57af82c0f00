package org.branchline.sip.internal.call;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;

/**
 * Parking orbits (admin guide §29): numbered by the internal dial plan (701-709 and 4950-4999, *701.. in Extension
 * mode), the lowest free one is taken; a call left longer than the timeout is sent on.
 */
final class ParkingLot {
    record Parked(String orbit, Side side, String parkedBy, ScheduledFuture<?> timeout) {
    }

    private static final Logger LOG = Logger.getLogger(ParkingLot.class.getName());
    private final Map<String, Parked> orbits = new ConcurrentHashMap<>();
    private final CallEngine engine;

    ParkingLot(CallEngine engine) {
        this.engine = engine;
    }

    /** Parks {@code side}; the orbit, or empty when all are taken. */
    private synchronized Optional<String> park(Side side, String parkedBy, int timeoutSeconds) {
        for (String orbit : engine.router().map(CallRouter::parkingOrbits).orElse(List.of())) {
            if (!orbits.containsKey(orbit)) {
                ScheduledFuture<?> timeout = engine.timers().schedule(() -> timedOut(orbit), timeoutSeconds,
                        TimeUnit.SECONDS);
                orbits.put(orbit, new Parked(orbit, side, parkedBy, timeout));
                return Optional.of(orbit);
            }
        }
        return Optional.empty();
    }

    /** Puts back a call whose retriever hung up before it was answered. */
    void repark(Parked p) {
        park(p.side(), p.parkedBy(), timeout());
    }

    synchronized Optional<Parked> retrieve(String orbit) {
        Parked p = orbits.remove(orbit);
        if (p != null) {
            p.timeout().cancel(false);
        }
        return Optional.ofNullable(p);
    }

    /** Takes {@code side} out of its orbit (it hung up); true if it was parked. */
    synchronized boolean leave(Side side) {
        return orbits.values().removeIf(p -> {
            boolean match = p.side() == side;
            if (match) {
                p.timeout().cancel(false);
            }
            return match;
        });
    }

    private void timedOut(String orbit) {
        retrieve(orbit).ifPresent(this::sendOn);
    }

    /** Parks the transferee of a transfer to 700; false when every orbit is taken. */
    boolean park(Side parked, Side parker) {
        Optional<String> orbit = park(parked, parker.userId, timeout());
        if (orbit.isEmpty()) {
            return false;
        }
        parker.peer = null;
        parked.peer = null;
        parked.bridge.log.parked(orbit.get());
        engine.holdMusic().start(engine, parked);
        LOG.info(() -> "parked a call of " + parked.userId + " in orbit " + orbit.get());
        return true;
    }

    int timeout() {
        return engine.router().map(CallRouter::callPark).map(CallParkSettings::timeoutSeconds)
                .orElse(CallParkSettings.DEFAULT_TIMEOUT);
    }

    /** A parked call nobody retrieved: to the configured extension, or back to the phone that parked it. */
    private void sendOn(Parked p) {
        Side side = p.side();
        Bridge bridge = side.bridge;
        bridge.log.route("park timeout in " + p.orbit());
        String target = engine.router().map(CallRouter::callPark).map(CallParkSettings::timeoutExtension)
                .orElse(null);
        Caller caller = engine.callerOf(side);
        String digits = target != null ? target : p.parkedBy();
        Dialed dialed = engine.router().map(r -> r.dial(caller, digits)).orElse(new Dialed.Unknown("no routing"));
        WaitingSide outcome = new WaitingSide(engine, side, bridge);
        if (!(dialed instanceof Dialed.Ring ring)) {
            side.waitingFor = null;
            engine.bye(side.dialog);
            bridge.log.end(CallDisposition.NO_ANSWER);
            return;
        }
        RouteRun run = new RouteRun(engine, caller, side.sdp, side.anchor != null, bridge.log, outcome);
        side.waitingFor = run;
        run.start(ring);
    }

}
