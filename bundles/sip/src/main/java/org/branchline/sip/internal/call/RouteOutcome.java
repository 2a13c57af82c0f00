package org.branchline.sip.internal.call;

import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;

/** Who waits for a route to be answered: a new caller, or the phone left in a call being transferred. */
interface RouteOutcome {
    /** The first callee rings; {@code provisional} is its 180 or 183 (with early media, if any). */
    void ringing(Response provisional);

    /** A callee answered; {@code callee} is its side, its description in {@code answer}. */
    void answered(Side callee, Response answer);

    /** Nobody answered and the route ended this way. */
    void failed(int status, String reason, CallDisposition disposition);

    /**
     * The route ended in voicemail (it rings no more): a waiting phone goes to the voicemail application routing
     * names; a leg the core placed ends, for the core to take its caller there.
     */
    void toVoicemail(CallEngine engine, String extension);
}
