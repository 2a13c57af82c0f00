package org.branchline.sip.internal.call;

import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;

/**
 * A phone left alone in a call (transferred, or its park timed out) while a route rings for it: the callee who
 * answers takes the empty place; if nobody does, the phone is hung up.
 */
final class WaitingSide implements RouteOutcome {
    private final CallEngine engine;
    private final Side waiting;
    private final Bridge bridge;

    WaitingSide(CallEngine engine, Side waiting, Bridge bridge) {
        this.engine = engine;
        this.waiting = waiting;
        this.bridge = bridge;
    }

    @Override
    public void ringing(Response provisional) {
    }

    @Override
    public CallEntry entry() {
        return new LeftAlone(engine, waiting, bridge);
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
        if (reason != null) {
            bridge.log.route(reason);
        }
        engine.bye(waiting.dialog);
        waiting.release();
        engine.record(bridge.log.end(disposition));
    }
}
