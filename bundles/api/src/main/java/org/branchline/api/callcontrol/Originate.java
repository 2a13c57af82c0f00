package org.branchline.api.callcontrol;

import java.time.Duration;
import org.branchline.api.media.sdp.SessionDescription;
import org.branchline.api.routing.Dialed;

/**
 * A leg to place.
 *
 * @param to where
 * @param caller the caller identity the party is shown
 * @param callId the call the new leg belongs to (call events), or null for a call of its own
 * @param ringTimeout how long it may ring before it ends {@link EndCause#NO_ANSWER}
 * @param autoAnswer asks the phone to answer by itself (intercom, paging); phones that cannot simply ring
 * @param offer the media the party is offered (usually the description of the leg it will be joined to)
 * @param route for an {@code extension:} address, the call route routing chose for this call already (the
 *        provider runs it rather than asking routing again); null: the provider asks routing
 */
public record Originate(LegAddress to, Party caller, String callId, Duration ringTimeout, boolean autoAnswer,
        SessionDescription offer, Dialed.Ring route) {
    public static final Duration DEFAULT_RING = Duration.ofSeconds(30);

    public Originate {
        if (to == null || caller == null || offer == null) {
            throw new IllegalArgumentException("an originate needs an address, a caller and an offer");
        }
        ringTimeout = ringTimeout == null ? DEFAULT_RING : ringTimeout;
    }

    /** A leg to place with no call route chosen beforehand. */
    public Originate(LegAddress to, Party caller, String callId, Duration ringTimeout, boolean autoAnswer,
            SessionDescription offer) {
        this(to, caller, callId, ringTimeout, autoAnswer, offer, null);
    }

    public Originate autoAnswering() {
        return new Originate(to, caller, callId, ringTimeout, true, offer, route);
    }
}
