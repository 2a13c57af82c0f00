package org.branchline.sip.internal.call;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;

/**
 * Transfers asked by a phone the call core holds as a leg (a retrieved call, one an application connected): the
 * core carries them out, blind to what rings (an extension, a station) or attended between two of its legs. The
 * transferor hears the outcome before the core hangs it up. A blind transfer to an application's number is not
 * offered for such calls yet (501).
 */
final class LegTransfers {
    private static final Duration RING = Duration.ofMinutes(2);
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

    private void blind(CallControl core, Side side, PhoneLeg transferor, Leg transferee, String digits) {
        Caller caller = transferee instanceof PhoneLeg phone && phone.side() != null ? engine.callerOf(phone.side())
                : new Caller(null, null, transferee.party().number(), transferee.party().name(), false);
        Dialed dialed = engine.router().map(r -> r.dial(caller, digits == null ? "" : digits))
                .orElse(new Dialed.Unknown("routing is not installed"));
        if (!(dialed instanceof Dialed.Ring)) {
            Transfers.notifyOutcome(engine, side, dialed instanceof Dialed.Application ? Response.NOT_IMPLEMENTED
                    : Response.NOT_FOUND);
            return;
        }
        Transfers.notifyOutcome(engine, side, Response.OK);
        core.transfer(transferor, LegAddress.extension(digits), RING);
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
