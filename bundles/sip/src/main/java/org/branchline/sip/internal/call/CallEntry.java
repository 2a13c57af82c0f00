package org.branchline.sip.internal.call;

import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;

/**
 * How a call reaches a call application: a new caller's INVITE still waiting for its answer, or a phone already in
 * a call with the server and left alone (transferred, its park timed out) whose route ended in voicemail.
 */
interface CallEntry {
    Caller caller();

    String callId();

    CallLog log();

    /** The phone's description, from which the media engine answers. */
    byte[] offer();

    /** Connects the phone to {@code sdp} (the application's media); its side, or null when the caller is gone. */
    Side connect(byte[] sdp);

    /** Nobody takes the call. */
    void fail(int status, String reason, CallDisposition disposition);

    /** The phone, not yet connected, goes along a route instead. */
    void ring(Dialed.Ring ring);
}
