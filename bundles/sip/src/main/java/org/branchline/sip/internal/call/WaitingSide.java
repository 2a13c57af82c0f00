package org.branchline.sip.internal.call;

import javax.sip.message.Response;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;

/**
 * A phone left alone in a call (transferred) while a route rings for it: the callee who answers takes the empty
 * place; a route ending in voicemail hands the phone to the call core for the voicemail application; if nobody
 * takes the call, the phone is hung up. A phone blind-transferred to an application's number waits here too.
 */
final class WaitingSide implements RouteOutcome, WaitingCaller {
    private final CallEngine engine;
    private final Side waiting;
    private final Bridge bridge;
    private final Caller transferredBy;
    private CallerLeg leg;
    private boolean done;

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
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
        }
        if (reason != null) {
            bridge.log.route(reason);
        }
        engine.bye(waiting.dialog);
        waiting.release();
        bridge.log.end(disposition);
    }

    @Override
    public void toVoicemail(CallEngine engine, String extension) {
        engine.applications().voicemail(this, extension);
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
    public Caller transferredBy() {
        return transferredBy;
    }

    @Override
    public synchronized CallerLeg leg() {
        if (leg == null) {
            leg = new CallerLeg(engine, this);
        }
        return leg;
    }

    @Override
    public byte[] phoneDescription() {
        return waiting.sdp;
    }

    @Override
    public synchronized Leg.State waitingState() {
        return done ? Leg.State.ENDED : Leg.State.ANSWERED;
    }

    /** The phone leaves the bridge it waited alone in; the core re-INVITEs it where its media goes now. */
    @Override
    public synchronized HandOver handOver(byte[] media) {
        if (done) {
            return null;
        }
        done = true;
        waiting.waitingFor = null;
        waiting.anchor(null);
        waiting.stopMusic();
        return new HandOver(waiting, false);
    }

    @Override
    public void alerting(byte[] early) {
    }

    @Override
    public void turnAway(EndCause cause, String reason) {
        waiting.waitingFor = null;
        hangUp(reason, CallDisposition.FAILED);
    }
}
