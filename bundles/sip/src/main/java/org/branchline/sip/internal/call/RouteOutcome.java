package org.branchline.sip.internal.call;

import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;

/** Who waits for a route to be answered: the leg the core placed to an extension or a station. */
interface RouteOutcome {
    /** The first callee rings; {@code provisional} is its 180 or 183 (with early media, if any). */
    void ringing(Response provisional);

    /** A callee answered; {@code callee} is its side, its description in {@code answer}. */
    void answered(Side callee, Response answer);

    /** Nobody answered and the route ended this way. */
    void failed(int status, String reason, CallDisposition disposition);

    /** The route ended in voicemail of {@code extension} (it rings no more), for the core to take the caller there. */
    void toVoicemail(String extension);
}
