package org.branchline.sip.internal.call;

import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.routing.Caller;

/**
 * A phone's call waiting for the call core to take it as a {@link CallerLeg}: a new caller still waiting for its
 * INVITE's answer (dialed to an application, or ringing when another phone picks it up), or a phone left alone in
 * a call (transferred to an application, its route ending in voicemail).
 */
interface WaitingCaller {
    Caller caller();

    /** Who handed the call over by a blind transfer, or null. */
    default Caller transferredBy() {
        return null;
    }

    String callId();

    CallLog log();

    /** The caller as the call core's leg (one per waiting call). */
    CallerLeg leg();

    /** The caller's description: what it answered with, or its INVITE's offer. */
    byte[] phoneDescription();

    /** CALLING while it waits unanswered, ANSWERED when it is in a call with the server, ENDED once gone. */
    Leg.State waitingState();

    /** The core takes the caller: its side, a caller still waiting answered with {@code media}; null when gone. */
    HandOver handOver(byte[] media);

    /** The far end rings for a caller still waiting unanswered ({@code early}: its early media, or null). */
    void alerting(byte[] early);

    /** The core ends a caller it never took: an INVITE gets a final answer saying why, a phone in a call BYE. */
    void turnAway(EndCause cause, String reason);

    /** The caller's side as the call core takes it; {@code answeredNow}: answered with the core's media. */
    record HandOver(Side side, boolean answeredNow) {
    }
}
