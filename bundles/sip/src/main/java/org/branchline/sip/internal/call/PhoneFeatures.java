package org.branchline.sip.internal.call;

import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Dialed;

/** Call functions dialed from a phone: DND and forwarding are recorded by routing; pickup takes a ringing call. */
final class PhoneFeatures {
    private final CallEngine engine;

    PhoneFeatures(CallEngine engine) {
        this.engine = engine;
    }

    void handle(B2bCall call, Dialed.Feature feature, CallRouter router) {
        switch (feature.feature()) {
            case DO_NOT_DISTURB, FORWARD -> {
                String result = router.apply(call.caller, feature);
                call.reject(Response.TEMPORARILY_UNAVAILABLE, CallDisposition.FAILED, result);
            }
            default -> call.reject(Response.NOT_IMPLEMENTED, CallDisposition.FAILED,
                    feature.feature() + " is not available yet");
        }
    }
}
