package org.branchline.sip.internal.call;

import java.util.Optional;
import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Dialed;
import org.branchline.sip.internal.relay.RelaySession;

/**
 * Call functions dialed from a phone: retrieve a parked call (701...), pick up a call ringing at an extension
 * (7 + extension); DND and forwarding are recorded by routing. Parking is a transfer to 700 (see Transfers).
 */
final class PhoneFeatures {
    private final CallEngine engine;

    PhoneFeatures(CallEngine engine) {
        this.engine = engine;
    }

    void handle(NewCall call, Dialed.Feature feature, CallRouter router) {
        switch (feature.feature()) {
            case RETRIEVE -> retrieve(call, feature.argument());
            case PICKUP -> pickup(call, feature.argument());
            case PARK -> call.failed(Response.FORBIDDEN, "transfer a call to " + call.dialed + " to park it",
                    CallDisposition.FAILED);
            default -> call.failed(Response.TEMPORARILY_UNAVAILABLE, router.apply(call.caller, feature),
                    CallDisposition.FAILED);
        }
    }

    private void retrieve(NewCall call, String orbit) {
        Optional<ParkingLot.Parked> parked = engine.parking().retrieve(orbit);
        if (parked.isEmpty()) {
            call.failed(Response.NOT_FOUND, "parking orbit " + orbit + " is empty", CallDisposition.FAILED);
            return;
        }
        Side waiting = parked.get().side();
        RelaySession relay = engine.relayFor(call.relayWanted || waiting.anchor != null).orElse(null);
        Side retriever = call.answer(waiting.sdp, relay == null ? null : relay.caller());
        if (retriever != null) {
            waiting.anchor(relay == null ? null : relay.callee());
        } else if (relay != null) {
            relay.close();
        }
        if (retriever == null) {
            engine.parking().repark(parked.get());
            return;
        }
        Bridge bridge = waiting.bridge;
        bridge.log.answered(call.caller.userId(), "retrieved from " + orbit + " by " + call.caller.userId());
        bridge.join(waiting, retriever);
        engine.reoffer(waiting, retriever.sdp);
        call.log.route("retrieve " + orbit);
        call.log.answered(waiting.userId);
        call.log.end(CallDisposition.ANSWERED);
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
