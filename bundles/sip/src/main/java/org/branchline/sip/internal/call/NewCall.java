package org.branchline.sip.internal.call;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;
import org.branchline.sip.internal.SipContext;

/**
 * A caller's INVITE waiting for the call core: ringback while the core rings for it, then the answer with the
 * media the core joins it to, or the final error. A caller whose media must be relayed is answered through a relay
 * session of its own, unless what it is joined to is at the relay already (a phone rung for it, relayed).
 */
final class NewCall {
    private static final Logger LOG = Logger.getLogger(NewCall.class.getName());
    private final CallEngine engine;
    final ServerTransaction invite;
    final Dialog dialog;
    final Caller caller;
    final CallLog log;
    private final String toTag = SipContext.newTag();
    private final Sdp earlyMedia;
    /** The caller's media must go through the server's relay (behind NAT, or every call is relayed). */
    final boolean relayWanted;
    private boolean done;
    private CallerLeg leg;

    NewCall(CallEngine engine, ServerTransaction invite, Dialog dialog, Caller caller, CallLog log,
            boolean relayWanted) {
        this.engine = engine;
        this.invite = invite;
        this.dialog = dialog;
        this.caller = caller;
        this.log = log;
        this.relayWanted = relayWanted;
        this.earlyMedia = new Sdp(engine.sip().host());
    }

    Request request() {
        return invite.getRequest();
    }

    /** The caller as the call core's leg. */
    synchronized CallerLeg leg() {
        if (leg == null) {
            leg = new CallerLeg(engine, this);
        }
        return leg;
    }

    /** CALLING while it waits unanswered, ENDED once answered or gone. */
    synchronized Leg.State waitingState() {
        return done ? Leg.State.ENDED : Leg.State.CALLING;
    }

    /** The caller's offer. */
    byte[] phoneDescription() {
        return request().getRawContent();
    }

    /** The core ends a caller it never answered: its INVITE gets a final answer saying why. */
    void turnAway(EndCause cause, String reason) {
        end(finalStatus(cause), reason, switch (cause) {
            case BUSY -> CallDisposition.BUSY;
            case NO_ANSWER, VOICEMAIL -> CallDisposition.NO_ANSWER;
            case CANCELLED -> CallDisposition.CANCELLED;
            default -> CallDisposition.FAILED;
        }, cause);
    }

    /**
     * The final answer telling a caller why nobody took its call: busy (every phone busy, an application that is
     * full, or one that answers busy while it is not installed, user guide 2.3.3), not found, cancelled, failed;
     * else 480.
     */
    static int finalStatus(EndCause cause) {
        return switch (cause) {
            case BUSY -> Response.BUSY_HERE;
            case REJECTED -> Response.NOT_FOUND;
            case CANCELLED -> Response.REQUEST_TERMINATED;
            case FAILED -> Response.SERVICE_UNAVAILABLE;
            default -> Response.TEMPORARILY_UNAVAILABLE;
        };
    }

    /** Answers the caller with {@code media}, through a relay session when it needs one; its side, null when gone. */
    Side answer(byte[] media) {
        Side side;
        synchronized (this) {
            if (done) {
                return null;
            }
            done = true;
            engine.forget(this);
            side = new Side(dialog, caller.userId(), request().getRawContent(), engine.sip().host());
            side.anchor(relayWanted ? engine.anchorFor(media) : null);
            respond(Response.OK, side.show(media), null);
        }
        return side;
    }

    /** The caller hears ringback: 180, or 183 with {@code early} media (null or empty: none). */
    synchronized void alerting(byte[] early) {
        if (done) {
            return;
        }
        if (early != null && early.length > 0) {
            respond(Response.SESSION_PROGRESS, earlyMedia.present(early), null);
        } else {
            respond(Response.RINGING, null, null);
        }
    }

    String callId() {
        return CallEngine.callId(request());
    }

    /** The session interval agreed with the caller (RFC 4028), 0 without session timer. */
    int sessionInterval() {
        return SessionTimer.requested(request());
    }

    /** The SIP core refuses the call itself: {@code status}, {@code reason} as its phrase. */
    void refuse(int status, String reason) {
        end(status, reason, CallDisposition.FAILED, EndCause.FAILED);
    }

    /** Nobody takes the call: the caller gets {@code status} ({@code reason} as its phrase when not null). */
    private void end(int status, String reason, CallDisposition disposition, EndCause cause) {
        CallerLeg asLeg;
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            engine.forget(this);
            if (reason != null) {
                log.route(reason);
            }
            respond(status, null, reason);
            log.end(disposition);
            asLeg = leg;
        }
        if (asLeg != null) {
            asLeg.end(cause, reason);
        }
    }

    /** The caller sent CANCEL: the core stops what it rings for it. */
    void cancelled() {
        end(Response.REQUEST_TERMINATED, null, CallDisposition.CANCELLED, EndCause.CANCELLED);
    }

    private void respond(int status, byte[] sdp, String reason) {
        try {
            Response r = engine.sip().messages().createResponse(status, request());
            ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(toTag);
            if (reason != null) {
                r.setReasonPhrase(reason);
            }
            if (status < 300) {
                r.addHeader(engine.messages().contact(engine.transportOf(request())));
            }
            if (status == Response.OK) {
                SessionTimer.answer(request(), r, engine.sip());
            }
            if (sdp != null && sdp.length > 0) {
                r.setContent(sdp, engine.messages().sdpType());
            }
            invite.sendResponse(r);
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not answer " + status + " to the caller", e);
        }
    }
}
