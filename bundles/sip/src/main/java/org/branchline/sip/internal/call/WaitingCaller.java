package org.branchline.sip.internal.call;

import org.branchline.api.callcontrol.Leg;
import org.branchline.api.routing.Caller;
import org.branchline.sip.internal.relay.RelaySession;

/**
 * A phone's call waiting for the call core to take it as a {@link CallerLeg}: inside a call application, or
 * still ringing its route when another phone picks it up.
 */
interface WaitingCaller {
    Caller caller();

    String callId();

    CallLog log();

    /** The caller's description: what it answered with, or its INVITE's offer. */
    byte[] phoneDescription();

    /** CALLING while it waits unanswered, ANSWERED when answered where it waits, ENDED once gone. */
    Leg.State waitingState();

    /** The core takes the caller: its side, a caller still waiting answered with {@code media}; null when gone. */
    HandOver handOver(byte[] media);

    /** The caller's side as the call core takes it; {@code answeredNow}: answered with the core's media. */
    record HandOver(Side side, boolean answeredNow) {
    }

    /**
     * Answers a caller still waiting for its INVITE's answer with {@code media}, through a relay session of its own
     * when its media must be relayed; null when the caller is gone.
     */
    static HandOver answer(CallEngine engine, CallEntry call, byte[] media) {
        RelaySession.End anchor = anchorFor(engine, call);
        if (anchor != null) {
            anchor.opposite().learn(media);
        }
        Side side = call.connect(media, anchor);
        if (side == null && anchor != null) {
            anchor.session().close();
        }
        return side == null ? null : new HandOver(side, true);
    }

    /** The relay end a caller taken by the core is anchored at, or null for direct media. */
    static RelaySession.End anchorFor(CallEngine engine, CallEntry call) {
        return call.relayWanted() ? engine.relayFor(true).map(RelaySession::caller).orElse(null) : null;
    }
}
