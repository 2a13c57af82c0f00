package org.branchline.sip.internal.call;

import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Dialed;
import org.branchline.sip.internal.relay.RelaySession;

/**
 * Call functions dialed from a phone: pick up a call ringing at an extension (7 + extension); DND and forwarding
 * are recorded by routing. Park and retrieve are the call-features bundle's applications.
 */
final class PhoneFeatures {
    private final CallEngine engine;

    PhoneFeatures(CallEngine engine) {
        this.engine = engine;
    }

    void handle(NewCall call, Dialed.Feature feature, CallRouter router) {
        switch (feature.feature()) {
            case PICKUP -> pickup(call, feature.argument());
            default -> call.failed(Response.TEMPORARILY_UNAVAILABLE, router.apply(call.caller, feature),
                    CallDisposition.FAILED);
        }
    }

    private void pickup(NewCall call, String extension) {
        NewCall ringing = engine.ringingAt(extension);
        if (ringing == null || !ringing.route().takeOver()) {
            call.failed(Response.NOT_FOUND, "nothing rings at " + extension, CallDisposition.FAILED);
            return;
        }
        RelaySession relay = engine.relayFor(call.relayWanted || ringing.relayWanted).orElse(null);
        Side original = ringing.answer(call.request().getRawContent(), relay == null ? null : relay.caller());
        Side picker = original == null ? null : call.answer(original.sdp, relay == null ? null : relay.callee());
        if (original == null && relay != null) {
            relay.close();
        }
        if (picker == null) {
            if (original != null) {
                engine.bye(original.dialog);
            }
            call.failed(Response.NOT_FOUND, "the call is gone", CallDisposition.FAILED);
            return;
        }
        ringing.log.answered(call.caller.userId(), "picked up by " + call.caller.userId());
        new Bridge(engine, original, picker, ringing.log);
        call.log.route("pickup " + extension);
        call.log.end(CallDisposition.ANSWERED);
    }
}
