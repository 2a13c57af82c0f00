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
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;
import org.branchline.sip.internal.SipContext;
import org.branchline.sip.internal.relay.RelaySession;

/** A caller's INVITE waiting for its route: ringback, then the answer, or the final error. */
final class NewCall implements RouteOutcome, WaitingCaller {
    private static final Logger LOG = Logger.getLogger(NewCall.class.getName());
    private final CallEngine engine;
    final ServerTransaction invite;
    final Dialog dialog;
    final Caller caller;
    final String dialed;
    final CallLog log;
    private final String toTag = SipContext.newTag();
    private final Sdp earlyMedia;
    private RouteRun run;
    private boolean done;
    private CallerLeg leg;
    private RingingCall offered;
    /** The caller's phone needs its media relayed (behind NAT, or every call is relayed). */
    boolean relayWanted;

    NewCall(CallEngine engine, ServerTransaction invite, Dialog dialog, Caller caller, String dialed, CallLog log) {
        this.engine = engine;
        this.invite = invite;
        this.dialog = dialog;
        this.caller = caller;
        this.dialed = dialed;
        this.log = log;
        this.earlyMedia = new Sdp(engine.sip().host());
    }

    Request request() {
        return invite.getRequest();
    }

    synchronized RouteRun route() {
        if (run == null) {
            run = new RouteRun(engine, caller, request().getRawContent(), relayWanted, log, this);
        }
        return run;
    }

    /** The extension whose route rings for this caller now, or null. */
    synchronized String ringingAt() {
        return done || run == null ? null : run.extension();
    }

    /** This call as the call core sees it while it rings (for pickup); null when it does not ring. */
    synchronized RingingCall asRinging() {
        String at = ringingAt();
        if (offered == null && at != null) {
            offered = new RingingCall(engine, this, LegAddress.extension(at));
        }
        return offered;
    }

    /** Stops the ringing for someone else to take the call; false when it no longer rings. */
    boolean takeOver() {
        RouteRun r;
        synchronized (this) {
            if (done || run == null) {
                return false;
            }
            r = run;
        }
        return r.takeOver();
    }

    @Override
    public synchronized CallerLeg leg() {
        if (leg == null) {
            leg = new CallerLeg(engine, this);
        }
        return leg;
    }

    @Override
    public synchronized Leg.State waitingState() {
        return done ? Leg.State.ENDED : Leg.State.CALLING;
    }

    @Override
    public byte[] phoneDescription() {
        return request().getRawContent();
    }

    @Override
    public void turnAway(EndCause cause, String reason) {
        failed(finalStatus(cause), reason, switch (cause) {
            case BUSY -> CallDisposition.BUSY;
            case NO_ANSWER, VOICEMAIL -> CallDisposition.NO_ANSWER;
            case CANCELLED -> CallDisposition.CANCELLED;
            default -> CallDisposition.FAILED;
        });
    }

    /**
     * The final answer telling a caller why nobody took its call: busy (an application that is full, or one that
     * answers busy while it is not installed, user guide 2.3.3), not found, cancelled, failed; else 480.
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

    /** Answers the caller with {@code media}, through a relay session of its own when its media must be relayed. */
    @Override
    public HandOver handOver(byte[] media) {
        RelaySession.End anchor = relayWanted ? engine.relayFor(true).map(RelaySession::caller).orElse(null) : null;
        if (anchor != null) {
            anchor.opposite().learn(media);
        }
        Side side = answer(media, anchor);
        if (side == null && anchor != null) {
            anchor.session().close();
        }
        return side == null ? null : new HandOver(side, true);
    }

    @Override
    public void ringing(Response provisional) {
        alerting(provisional.getRawContent());
    }

    /** The caller hears ringback: 180, or 183 with {@code early} media (null or empty: none). */
    @Override
    public synchronized void alerting(byte[] early) {
        if (done) {
            return;
        }
        if (early != null && early.length > 0) {
            respond(Response.SESSION_PROGRESS, earlyMedia.present(early), null);
        } else {
            respond(Response.RINGING, null, null);
        }
    }

    @Override
    public void answered(Side callee, Response answer) {
        Side callerSide = answer(callee.sdp, callee.anchor == null ? null : callee.anchor.opposite());
        if (callerSide == null) {
            engine.bye(callee.dialog);
            callee.release();
            return;
        }
        new Bridge(engine, callerSide, callee, log).expireUnlessRefreshed(sessionInterval());
    }

    /** Answers the caller with {@code sdp} (through the relay end {@code anchor}, or direct when null); its side, or null when the caller is gone. */
    Side answer(byte[] sdp, RelaySession.End anchor) {
        Side side;
        synchronized (this) {
            if (done) {
                return null;
            }
            done = true;
            engine.forget(this);
            side = new Side(dialog, caller.userId(), request().getRawContent(), engine.sip().host());
            side.anchor(anchor);
            respond(Response.OK, side.show(sdp), null);
        }
        stopOffering("answered");
        return side;
    }

    @Override
    public void toVoicemail(CallEngine engine, String extension) {
        engine.applications().voicemail(this, extension);
    }

    @Override
    public Caller caller() {
        return caller;
    }

    @Override
    public String callId() {
        return CallEngine.callId(request());
    }

    @Override
    public CallLog log() {
        return log;
    }

    /** The session interval agreed with the caller (RFC 4028), 0 without session timer. */
    int sessionInterval() {
        return SessionTimer.requested(request());
    }

    @Override
    public void failed(int status, String reason, CallDisposition disposition) {
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
        stopOffering(reason == null ? "the caller hung up" : reason);
        if (asLeg != null) {
            asLeg.end(disposition == CallDisposition.CANCELLED ? EndCause.CANCELLED : EndCause.FAILED, reason);
        }
    }

    /** Whoever asked the call core for this ringing call hears that it no longer rings. */
    private void stopOffering(String why) {
        RingingCall o;
        synchronized (this) {
            o = offered;
        }
        if (o != null) {
            o.over(why);
        }
    }

    /** The caller sent CANCEL: its route stops ringing (one taken over rings no more, the caller is failed here). */
    void cancelled() {
        RouteRun r;
        synchronized (this) {
            r = run;
        }
        if (r != null) {
            r.fail(Response.REQUEST_TERMINATED, null, CallDisposition.CANCELLED);
        }
        failed(Response.REQUEST_TERMINATED, null, CallDisposition.CANCELLED);
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
