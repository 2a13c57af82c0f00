package org.branchline.sip.internal.call;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.routing.Dialed;

/**
 * Transfers asked by a phone the call core holds as a leg (a retrieved call, one an application connected): the
 * core carries them out, blind to where the digits lead (an extension, a station, an application's number: 700
 * parks the call again) or attended between two of its legs. The transferor hears the outcome before the core
 * hangs it up.
 */
final class LegTransfers {
    private final CallEngine engine;

    LegTransfers(CallEngine engine) {
        this.engine = engine;
    }

    void refer(ServerTransaction st, Side side, PhoneLeg transferor, SipURI target) throws Exception {
        Optional<CallControl> core = engine.callControl();
        Optional<Bridge> bridge = core.flatMap(c -> c.bridgeOf(transferor));
        if (bridge.isEmpty()) {
            st.sendResponse(engine.sip().response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, st.getRequest()));
            return;
        }
        st.sendResponse(engine.sip().messages().createResponse(Response.ACCEPTED, st.getRequest()));
        String replaces = target.getHeader("Replaces");
        if (replaces == null) {
            blind(core.get(), side, transferor, bridge.get().other(transferor), target.getUser());
        } else {
            attended(core.get(), side, transferor, URLDecoder.decode(replaces, StandardCharsets.UTF_8));
        }
    }

    /** Digits that reach nothing (or a phone feature) are refused (404) and the call stays as it was. */
    private void blind(CallControl core, Side side, PhoneLeg transferor, Leg transferee, String digits) {
        String dialed = digits == null ? "" : digits;
        Dialed to = engine.router().map(r -> r.dial(transferee.asCaller(), dialed))
                .orElse(new Dialed.Unknown("routing is not installed"));
        if (!(to instanceof Dialed.Ring) && !(to instanceof Dialed.Application)) {
            Transfers.notifyOutcome(engine, side, Response.NOT_FOUND);
            return;
        }
        Transfers.notifyOutcome(engine, side, Response.OK);
        core.transfer(transferor, dialed);
    }

    /** {@code replaces} names the transferor's other call, which the core must hold as a leg too. */
    private void attended(CallControl core, Side side, PhoneLeg transferor, String replaces) {
        Side consulted = engine.sideOfCall(replaces.split(";", 2)[0]);
        PhoneLeg other = consulted == null ? null : consulted.leg;
        if (other == null || other == transferor || core.bridgeOf(other).isEmpty()) {
            Transfers.notifyOutcome(engine, side, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        Transfers.notifyOutcome(engine, side, Response.OK);
        core.transfer(transferor, other);
    }
}
