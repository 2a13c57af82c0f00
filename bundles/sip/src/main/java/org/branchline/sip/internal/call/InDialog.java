package org.branchline.sip.internal.call;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.LegEvent;

/**
 * Requests inside a phone's call, for the call core's leg the phone is: BYE ends the leg; a re-INVITE or UPDATE
 * with an offer (hold, resume) goes to the leg's negotiator, one without refreshes the session; INFO digits are the
 * leg's; REFER transfers, carried out by the core.
 */
final class InDialog {
    private final CallEngine engine;
    private final LegTransfers transfers;

    InDialog(CallEngine engine) {
        this.engine = engine;
        this.transfers = new LegTransfers(engine);
    }

    void request(RequestEvent event) throws Exception {
        Request request = event.getRequest();
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        ServerTransaction st = engine.sip().serverTransaction(event);
        if (st == null) {
            return;
        }
        Dialog dialog = event.getDialog();
        Side side = dialog != null && dialog.getApplicationData() instanceof Side s ? s : null;
        PhoneLeg leg = side == null ? null : side.leg;
        if (leg != null) {
            legRequest(st, side, leg);
        } else if (side != null && Request.BYE.equals(request.getMethod())) {
            st.sendResponse(engine.sip().messages().createResponse(Response.OK, request)); // its leg ended already
        } else {
            st.sendResponse(engine.sip().response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
        }
    }

    private void legRequest(ServerTransaction st, Side side, PhoneLeg leg) throws Exception {
        Request request = st.getRequest();
        byte[] body = request.getRawContent();
        switch (request.getMethod()) {
            case Request.BYE -> {
                st.sendResponse(engine.sip().messages().createResponse(Response.OK, request));
                leg.phoneHungUp();
            }
            case Request.INVITE, Request.UPDATE -> {
                leg.refreshed();
                if (body == null || body.length == 0) {
                    engine.answerAlone(st, side, Request.INVITE.equals(request.getMethod()));
                } else {
                    leg.phoneOffered(st, side);
                }
            }
            case Request.REFER -> transfers.refer(st, side, leg);
            case Request.INFO -> {
                st.sendResponse(engine.sip().messages().createResponse(Response.OK, request));
                infoDigit(request).ifPresent(d -> leg.publish(new LegEvent.Digit(d)));
            }
            case Request.NOTIFY, Request.PRACK ->
                    st.sendResponse(engine.sip().messages().createResponse(Response.OK, request));
            default -> st.sendResponse(engine.sip().response(Response.NOT_IMPLEMENTED, request));
        }
    }

    /** The digit of a SIP INFO: application/dtmf-relay ("Signal=5") or application/dtmf ("5"). */
    static Optional<Character> infoDigit(Request info) {
        ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
        byte[] body = info.getRawContent();
        if (type == null || body == null) {
            return Optional.empty();
        }
        String text = new String(body, StandardCharsets.UTF_8).trim();
        String subtype = type.getContentSubType().toLowerCase();
        if (subtype.equals("dtmf-relay")) {
            for (String line : text.split("\r?\n")) {
                String[] kv = line.split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("signal")) {
                    text = kv[1].trim();
                }
            }
        } else if (!subtype.equals("dtmf")) {
            return Optional.empty();
        }
        return text.length() == 1 && "0123456789*#ABCDabcd".indexOf(text.charAt(0)) >= 0
                ? Optional.of(Character.toUpperCase(text.charAt(0))) : Optional.empty();
    }
}
