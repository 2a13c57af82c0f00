package org.branchline.sip.internal.call;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;

/**
 * Transfers by REFER (RFC 3515), done by the server itself (admin guide §19): blind, the phone left in the call
 * follows the target's route, or becomes the call of the application the target names (700: call park);
 * attended (Refer-To with Replaces, RFC 3891), the
 * two phones the transferor talked to are joined and the transferor leaves both calls.
 */
final class Transfers {
    private static final Logger LOG = Logger.getLogger(Transfers.class.getName());
    private final CallEngine engine;
    private final LegTransfers ofLegs;

    Transfers(CallEngine engine) {
        this.engine = engine;
        this.ofLegs = new LegTransfers(engine);
    }

    /** A REFER of a phone the call core holds as a leg. */
    void referOfLeg(ServerTransaction st, Side side, PhoneLeg transferor) throws Exception {
        SipURI target = target(st);
        if (target != null) {
            ofLegs.refer(st, side, transferor, target);
        }
    }

    /** The REFER's Refer-To as a SIP URI; null when it has none, and the REFER was answered 400. */
    private SipURI target(ServerTransaction st) throws Exception {
        ReferToHeader referTo = (ReferToHeader) st.getRequest().getHeader(ReferToHeader.NAME);
        if (referTo == null || !(referTo.getAddress().getURI() instanceof SipURI target)) {
            st.sendResponse(engine.sip().response(Response.BAD_REQUEST, st.getRequest()));
            return null;
        }
        return target;
    }

    void refer(ServerTransaction st, Side transferor) throws Exception {
        Request refer = st.getRequest();
        SipURI target = target(st);
        if (target == null) {
            return;
        }
        Side transferee = transferor.peer;
        if (transferee == null) {
            st.sendResponse(engine.sip().response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, refer));
            return;
        }
        st.sendResponse(engine.sip().messages().createResponse(Response.ACCEPTED, refer));
        String replaces = target.getHeader("Replaces");
        int outcome = replaces == null ? blind(transferor, transferee, target.getUser())
                : attended(transferor, transferee, URLDecoder.decode(replaces, StandardCharsets.UTF_8));
        notifyOutcome(engine, transferor, outcome);
    }

    private int blind(Side transferor, Side transferee, String digits) {
        Caller caller = engine.callerOf(transferee);
        Dialed dialed = engine.router().map(r -> r.dial(caller, digits == null ? "" : digits))
                .orElse(new Dialed.Unknown("routing is not installed"));
        Bridge bridge = transferee.bridge;
        if (dialed instanceof Dialed.Application application) {
            return toApplication(transferor, transferee, digits, application);
        }
        if (!(dialed instanceof Dialed.Ring ring)) {
            return Response.NOT_FOUND;
        }
        transferor.peer = null;
        transferee.peer = null;
        bridge.log.transferred(digits);
        RouteRun run = new RouteRun(engine, caller, transferee.sdp, transferee.anchor != null, bridge.log,
                new WaitingSide(engine, transferee, bridge));
        transferee.waitingFor = run;
        run.start(ring);
        return Response.OK;
    }

    /**
     * A blind transfer to an application's number (700 parks the call): the transferee is that application's
     * call, the transferor named as who handed it over. An application that is not running refuses (404).
     */
    private int toApplication(Side transferor, Side transferee, String digits, Dialed.Application application) {
        if (!engine.applications().answers(application.name())) {
            return Response.NOT_FOUND;
        }
        Bridge bridge = transferee.bridge;
        transferor.peer = null;
        transferee.peer = null;
        bridge.log.transferred(digits);
        engine.applications().start(new WaitingSide(engine, transferee, bridge, engine.callerOf(transferor)),
                application, false);
        return Response.OK;
    }

    /** {@code replaces} is "call-id;to-tag=...;from-tag=..." of the transferor's other call with the server. */
    private int attended(Side transferor, Side transferee, String replaces) {
        Side consulted = engine.sideOfCall(replaces.split(";", 2)[0]);
        if (consulted == null || consulted == transferor || consulted.peer == null) {
            return Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST;
        }
        Side target = consulted.peer;
        transferor.peer = null;
        consulted.peer = null;
        Bridge kept = transferee.bridge;
        kept.log.transferred(target.userId);
        kept.log.answered(target.userId);
        target.bridge.log.end(CallDisposition.ANSWERED);
        engine.anchorTogether(transferee, target, transferee.anchor != null || target.anchor != null);
        kept.join(transferee, target);
        engine.reoffer(transferee, target.sdp);
        engine.reoffer(target, transferee.sdp);
        kept.drop(consulted);
        return Response.OK;
    }

    /** Tells the transferor how its transfer went (NOTIFY of the refer subscription, final). */
    static void notifyOutcome(CallEngine engine, Side transferor, int status) {
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
            case Response.BUSY_HERE -> "Busy Here";
            case Response.NOT_FOUND -> "Not Found";
            case Response.NOT_IMPLEMENTED -> "Not Implemented";
            default -> "Call/Transaction Does Not Exist";
        };
    }
}
