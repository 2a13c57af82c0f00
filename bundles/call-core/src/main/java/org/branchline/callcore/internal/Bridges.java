package org.branchline.callcore.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegEvent;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * The bridges up now, by leg. Its monitor guards {@code byLeg} and is held only to change or read the map; a
 * bridge's own monitor guards its end (the two are never held together). Legs are called with no lock held.
 */
final class Bridges {
    private static final Logger LOG = Logger.getLogger(Bridges.class.getName());
    private final Map<Leg, LegBridge> byLeg = new HashMap<>();
    private final Music music;
    private final ApplicationLegs inApplications;

    Bridges(Music music, ApplicationLegs inApplications) {
        this.music = music;
        this.inApplications = inApplications;
    }

    /**
     * Joins {@code a} and {@code b}, each leaving its application or bridge first: {@code a} is told {@code b}'s
     * media, then {@code b} {@code a}'s, unless {@code b} was offered that already ({@code offeredToB}, null when
     * not).
     */
    Bridge bridge(Leg a, Leg b, SessionDescription offeredToB) {
        if (a.equals(b)) {
            throw new IllegalArgumentException("a leg cannot be bridged to itself");
        }
        SessionDescription bMedia = Exchange.media(b);
        leave(a);
        leave(b);
        music.stop(a);
        music.stop(b);
        LegBridge bridge = new LegBridge(a, b);
        synchronized (this) {
            byLeg.put(a, bridge);
            byLeg.put(b, bridge);
        }
        Negotiation negotiation = new Negotiation(bridge, music);
        a.negotiator(negotiation);
        b.negotiator(negotiation);
        CallSteps.bridged(a, b);
        a.listen((leg, event) -> changed(bridge, leg, event));
        b.listen((leg, event) -> changed(bridge, leg, event));
        joinMedia(a, b, bMedia, offeredToB);
        return bridge;
    }

    private static void joinMedia(Leg a, Leg b, SessionDescription bMedia, SessionDescription offeredToB) {
        Exchange.tell(a, bMedia)
                .thenCompose(aMedia -> offeredToB != null && Exchange.sameAudio(aMedia, offeredToB)
                        ? CompletableFuture.completedFuture(aMedia) : Exchange.tell(b, aMedia))
                .exceptionally(e -> {
                    LOG.log(Level.FINE, "media of " + a.id() + " and " + b.id() + " not joined", e);
                    return null;
                });
    }

    /** A digit sent out of band goes to the other leg; a leg ended: the bridge is over, the other leg hung up. */
    private void changed(LegBridge bridge, Leg leg, LegEvent event) {
        if (event instanceof LegEvent.Digit digit && bridge.active()) {
            bridge.other(leg).sendDigit(digit.digit());
        }
        if (!(event instanceof LegEvent.Ended) || !bridge.finish()) {
            return;
        }
        forget(bridge);
        Leg other = bridge.other(leg);
        if (other.state() != Leg.State.ENDED) {
            other.hangUp(EndCause.NORMAL);
        }
    }

    synchronized Optional<Bridge> of(Leg leg) {
        return Optional.ofNullable(byLeg.get(leg));
    }

    /** Undoes {@code bridge}; both legs stay up and answer their parties' offers themselves again. */
    void unbridge(Bridge bridge) {
        if (!(bridge instanceof LegBridge ours) || !ours.finish()) {
            return;
        }
        forget(ours);
        ours.a().negotiator(null);
        ours.b().negotiator(null);
    }

    /** Takes {@code leg} out of its call application and its bridge, if any; the other leg stays up, alone. */
    void leave(Leg leg) {
        inApplications.handOn(leg);
        of(leg).ifPresent(this::unbridge);
    }

    private synchronized void forget(LegBridge bridge) {
        byLeg.remove(bridge.a(), bridge);
        byLeg.remove(bridge.b(), bridge);
    }
}
