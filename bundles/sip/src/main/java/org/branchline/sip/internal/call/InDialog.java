package org.branchline.sip.internal.call;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Requests inside an answered call: BYE ends it on both sides; re-INVITE (hold and resume), UPDATE and INFO are
 * passed to the other side and its answer comes back. Two re-INVITEs crossing on one call get 491.
 */
final class InDialog {
    private static final Logger LOG = Logger.getLogger(InDialog.class.getName());
    private final CallEngine engine;

    InDialog(CallEngine engine) {
        this.engine = engine;
    }

    void request(RequestEvent event) throws Exception {
        Request request = event.getRequest();
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        ServerTransaction st = event.getServerTransaction() != null ? event.getServerTransaction()
                : engine.sip().provider().getNewServerTransaction(request);
        Dialog dialog = event.getDialog();
        DialogSide side = dialog == null ? null : (DialogSide) dialog.getApplicationData();
        if (side == null) {
            st.sendResponse(engine.sip().response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
            return;
        }
        switch (request.getMethod()) {
            case Request.BYE -> {
                st.sendResponse(engine.sip().messages().createResponse(Response.OK, request));
                side.call().hungUp(side);
            }
            case Request.INVITE, Request.UPDATE, Request.INFO -> relay(st, side);
            default -> st.sendResponse(engine.sip().response(Response.NOT_IMPLEMENTED, request));
        }
    }

    private void relay(ServerTransaction st, DialogSide side) throws Exception {
        Request request = st.getRequest();
        DialogSide towards = side.call().other(side);
        if (towards == null) {
            st.sendResponse(engine.sip().response(Response.REQUEST_PENDING, request));
            return;
        }
        Dialog target = towards.caller() ? side.call().callerDialog : towards.leg().dialog;
        boolean invite = Request.INVITE.equals(request.getMethod());
        if (invite && !side.call().beginReinvite()) {
            st.sendResponse(engine.sip().response(Response.REQUEST_PENDING, request));
            return;
        }
        Request passed = target.createRequest(request.getMethod());
        Messages.copyBody(request, passed);
        if (invite || Request.UPDATE.equals(request.getMethod())) {
            passed.addHeader(engine.messages().contact(engine.transportOf(passed)));
        }
        ClientTransaction ct = engine.sip().provider().getNewClientTransaction(passed);
        ct.setApplicationData(new Relay(st, towards));
        target.sendRequest(ct);
    }

    void relayed(Relay relay, Response answer, Dialog dialog) {
        int status = answer.getStatusCode();
        if (status < 200 && status != 180 && status != 183) {
            return;
        }
        Request original = relay.origin().getRequest();
        boolean invite = Request.INVITE.equals(original.getMethod());
        try {
            if (invite && status >= 200) {
                relay.towards().call().endReinvite();
                if (status < 300 && dialog != null) {
                    engine.ack(dialog, answer);
                }
            }
            Response back = engine.sip().messages().createResponse(status, original);
            Messages.copyBody(answer, back);
            if (status < 300 && invite) {
                back.addHeader(engine.messages().contact(engine.transportOf(original)));
            }
            relay.origin().sendResponse(back);
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not pass on " + status + " to " + original.getMethod(), e);
        }
    }
}
