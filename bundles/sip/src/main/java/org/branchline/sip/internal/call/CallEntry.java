package org.branchline.sip.internal.call;

import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;
import org.branchline.sip.internal.relay.RelaySession;

/**
 * How a call reaches a call application: a new caller's INVITE still waiting for its answer, or a phone already in
 * a call with the server and left alone (transferred, its park timed out) whose route ended in voicemail.
 */
interface CallEntry {
    Caller caller();

    /** Who handed the call over by a blind transfer, or null. */
    default Caller transferredBy() {
        return null;
    }

    String callId();

    CallLog log();

    /** The phone's description, from which the media engine answers. */
    byte[] offer();

    /**
     * Connects the phone to {@code sdp} (the application's or another leg's media), through the relay end
     * {@code anchor} (null: direct); its side, or null when the caller is gone.
     */
    Side connect(byte[] sdp, RelaySession.End anchor);

    /** The phone's media must go through the server's relay (behind NAT, or every call is relayed). */
    boolean relayWanted();

    /** The phone's side when it is already in a call with the server (no longer waiting alone), else null. */
    Side takeAnswered();

    /** Nobody takes the call. */
    void fail(int status, String reason, CallDisposition disposition);

    /** The phone, not yet connected, goes along a route instead. */
    void ring(Dialed.Ring ring);
}
