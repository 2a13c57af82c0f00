package org.branchline.callcore.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.media.sdp.Direction;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * Answers a bridged party's own offers. A hold puts the other leg on music (with a media engine) and is answered
 * with the other's media, receive only; anything else goes to the other leg, whose answer is the answer (ending
 * its music first).
 */
final class Negotiation implements Leg.Negotiator {
    private final LegBridge bridge;
    private final Music music;

    Negotiation(LegBridge bridge, Music music) {
        this.bridge = bridge;
        this.music = music;
    }

    @Override
    public CompletionStage<SessionDescription> offered(Leg leg, SessionDescription offer) {
        Leg other = bridge.other(leg);
        if (offer.holds()) {
            SessionDescription otherMedia = Exchange.media(other);
            if (music.hold(other)) {
                return CompletableFuture.completedFuture(otherMedia.withDirection(heldDirection(offer)));
            }
        }
        music.stop(other);
        return other.offer(offer);
    }

    private static Direction heldDirection(SessionDescription offer) {
        return offer.direction() == Direction.INACTIVE ? Direction.INACTIVE : Direction.RECVONLY;
    }
}
