package org.branchline.sip.internal.call;

import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;
import org.branchline.sip.internal.relay.RelaySession;

/**
 * A phone left alone in a call (transferred, or its park timed out) while a route rings for it: the callee who
 * answers takes the empty place; a route ending in voicemail re-INVITEs the phone to it; if nobody takes the
 * call, the phone is hung up.
 */
final class WaitingSide implements RouteOutcome, CallEntry {
    private final CallEngine engine;
    private final Side waiting;
    private final Bridge bridge;
    private final Caller transferredBy;

    WaitingSide(CallEngine engine, Side waiting, Bridge bridge) {
        this(engine, waiting, bridge, null);
    }

    /** The phone handed by {@code transferredBy}'s blind transfer to a call application. */
    WaitingSide(CallEngine engine, Side waiting, Bridge bridge, Caller transferredBy) {
        this.engine = engine;
        this.waiting = waiting;
        this.bridge = bridge;
        this.transferredBy = transferredBy;
    }

    @Override
    public void ringing(Response provisional) {
    }

    @Override
    public void answered(Side callee, Response answer) {
        waiting.waitingFor = null;
        waiting.anchor(callee.anchor == null ? null : callee.anchor.opposite());
        bridge.join(waiting, callee);
        engine.reoffer(waiting, callee.sdp);
    }

    @Override
    public void failed(int status, String reason, CallDisposition disposition) {
        if (waiting.waitingFor == null) {
            return;
        }
        waiting.waitingFor = null;
        hangUp(reason, disposition);
    }

    private void hangUp(String reason, CallDisposition disposition) {
        if (reason != null) {
            bridge.log.route(reason);
        }
        engine.bye(waiting.dialog);
        waiting.release();
        bridge.log.end(disposition);
    }

    @Override
    public CallEntry entry() {
        return this;
    }

    @Override
    public Caller caller() {
        return engine.callerOf(waiting);
    }

    @Override
    public String callId() {
        return waiting.dialog.getCallId().getCallId();
    }

    @Override
    public CallLog log() {
        return bridge.log;
    }

    @Override
    public byte[] offer() {
        return waiting.sdp;
    }

    @Override
    public Side connect(byte[] sdp, RelaySession.End anchor) {
        takeAnswered().anchor(anchor);
        engine.reoffer(waiting, sdp);
        return waiting;
    }

    @Override
    public boolean relayWanted() {
        return waiting.anchor != null;
    }

    @Override
    public Side takeAnswered() {
        waiting.waitingFor = null;
        waiting.anchor(null);
        waiting.stopMusic();
        return waiting;
    }

    @Override
    public Caller transferredBy() {
        return transferredBy;
    }

    /** Nobody takes the call: a route ringing for it ends; a phone handed straight to an application is hung up. */
    @Override
    public void fail(int status, String reason, CallDisposition disposition) {
        if (waiting.waitingFor != null) {
            failed(status, reason, disposition);
        } else {
            hangUp(reason, disposition);
        }
    }

    @Override
    public void ring(Dialed.Ring ring) {
        RouteRun run = new RouteRun(engine, caller(), waiting.sdp, false, bridge.log,
                new WaitingSide(engine, waiting, bridge));
        waiting.waitingFor = run;
        run.start(ring);
    }
}
