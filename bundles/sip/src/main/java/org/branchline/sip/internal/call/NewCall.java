package org.branchline.sip.internal.call;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;
import org.branchline.sip.internal.SipContext;
import org.branchline.sip.internal.relay.RelaySession;

/** A caller's INVITE waiting for its route: ringback, then the answer, or the final error. */
final class NewCall implements RouteOutcome, CallEntry {
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

    synchronized boolean waiting() {
        return !done;
    }

    @Override
    public synchronized void ringing(Response provisional) {
        if (done) {
            return;
        }
        byte[] early = provisional.getRawContent();
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
    synchronized Side answer(byte[] sdp, RelaySession.End anchor) {
        if (done) {
            return null;
        }
        done = true;
        engine.forget(this);
        Side side = new Side(dialog, caller.userId(), request().getRawContent(), engine.sip().host());
        side.anchor(anchor);
        respond(Response.OK, side.show(sdp), null);
        return side;
    }

    @Override
    public CallEntry entry() {
        return this;
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

    @Override
    public byte[] offer() {
        return request().getRawContent();
    }

    @Override
    public boolean relayWanted() {
        return relayWanted;
    }

    @Override
    public Side connect(byte[] sdp, RelaySession.End anchor) {
        return answer(sdp, anchor);
    }

    @Override
    public Side takeAnswered() {
        return null;
    }

    @Override
    public void fail(int status, String reason, CallDisposition disposition) {
        failed(status, reason, disposition);
    }

    @Override
    public void ring(Dialed.Ring ring) {
        route().start(ring);
    }

    /** The session interval agreed with the caller (RFC 4028), 0 without session timer. */
    int sessionInterval() {
        return SessionTimer.requested(request());
    }

    @Override
    public synchronized void failed(int status, String reason, CallDisposition disposition) {
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
    }

    /** The caller sent CANCEL. */
    void cancelled() {
        if (run != null) {
            run.fail(Response.REQUEST_TERMINATED, null, CallDisposition.CANCELLED);
        } else {
            failed(Response.REQUEST_TERMINATED, null, CallDisposition.CANCELLED);
        }
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
