package org.branchline.sip.internal.call;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ReferToHeader;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.routing.Dialed;

/**
 * Transfers by REFER (RFC 3515, admin guide §19), carried out by the call core: blind to where the Refer-To's
 * digits lead (an extension, a station, an application's number: 700 parks the call), or attended (Refer-To with
 * Replaces, RFC 3891) between the legs of the transferor's two calls. The transferor hears the outcome (a final
 * NOTIFY) before the core hangs it up.
 */
final class LegTransfers {
    private static final Logger LOG = Logger.getLogger(LegTransfers.class.getName());
    private final CallEngine engine;

    LegTransfers(CallEngine engine) {
        this.engine = engine;
    }

    void refer(ServerTransaction st, Side side, PhoneLeg transferor) throws Exception {
        ReferToHeader referTo = (ReferToHeader) st.getRequest().getHeader(ReferToHeader.NAME);
        if (referTo == null || !(referTo.getAddress().getURI() instanceof SipURI target)) {
            st.sendResponse(engine.sip().response(Response.BAD_REQUEST, st.getRequest()));
            return;
        }
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
            notifyOutcome(side, Response.NOT_FOUND);
            return;
        }
        notifyOutcome(side, Response.OK);
        transferor.transferring();
        core.transfer(transferor, dialed);
    }

    /** {@code replaces} names the transferor's other call, which the core must hold as a leg too. */
    private void attended(CallControl core, Side side, PhoneLeg transferor, String replaces) {
        Side consulted = engine.sideOfCall(replaces.split(";", 2)[0]);
        PhoneLeg other = consulted == null ? null : consulted.leg;
        if (other == null || other == transferor || core.bridgeOf(other).isEmpty()) {
            notifyOutcome(side, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
            return;
        }
        notifyOutcome(side, Response.OK);
        transferor.transferring();
        core.transfer(transferor, other);
    }

    /** Tells the transferor how its transfer went (NOTIFY of the refer subscription, final). */
    private void notifyOutcome(Side transferor, int status) {
        try {
            Request notify = transferor.dialog.createRequest(Request.NOTIFY);
            notify.addHeader(engine.sip().headers().createEventHeader("refer"));
            SubscriptionStateHeader state = engine.sip().headers()
                    .createSubscriptionStateHeader(SubscriptionStateHeader.TERMINATED);
            state.setReasonCode("noresource");
            notify.addHeader(state);
            ContentTypeHeader type = engine.sip().headers().createContentTypeHeader("message", "sipfrag");
            type.setParameter("version", "2.0");
            notify.setContent("SIP/2.0 " + status + " " + reason(status) + "\r\n", type);
            ClientTransaction ct = engine.sip().provider().getNewClientTransaction(notify);
            transferor.dialog.sendRequest(ct);
        } catch (Exception e) {
            LOG.log(Level.FINE, "could not NOTIFY the transferor", e);
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case Response.OK -> "OK";
            case Response.NOT_FOUND -> "Not Found";
            default -> "Call/Transaction Does Not Exist";
        };
    }
}
