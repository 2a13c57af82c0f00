package org.branchline.sip.internal.call;

import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;

/** A phone already in a call with the server, left alone, reaching a call application: it is re-INVITEd to it. */
final class LeftAlone implements CallEntry {
    private final CallEngine engine;
    private final Side side;
    private final Bridge bridge;

    LeftAlone(CallEngine engine, Side side, Bridge bridge) {
        this.engine = engine;
        this.side = side;
        this.bridge = bridge;
    }

    @Override
    public Caller caller() {
        return engine.callerOf(side);
    }

    @Override
    public String callId() {
        return side.dialog.getCallId().getCallId();
    }

    @Override
    public String dialed() {
        return null;
    }

    @Override
    public CallLog log() {
        return bridge.log;
    }

    @Override
    public byte[] offer() {
        return side.sdp;
    }

    @Override
    public Side connect(byte[] sdp) {
        side.waitingFor = null;
        side.anchor(null);
        side.stopMusic();
        engine.reoffer(side, sdp);
        return side;
    }

    @Override
    public void fail(int status, String reason, CallDisposition disposition) {
        side.waitingFor = null;
        if (reason != null) {
            bridge.log.route(reason);
        }
        engine.bye(side.dialog);
        side.release();
        engine.record(bridge.log.end(status == Response.BUSY_HERE ? CallDisposition.BUSY : disposition));
    }

    @Override
    public void ring(Dialed.Ring ring) {
        RouteRun run = new RouteRun(engine, caller(), side.sdp, false, bridge.log,
                new WaitingSide(engine, side, bridge));
        side.waitingFor = run;
        run.start(ring);
    }
}
