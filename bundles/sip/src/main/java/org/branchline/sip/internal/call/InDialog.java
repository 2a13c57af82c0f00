package org.branchline.sip.internal.call;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.LegEvent;

/**
 * Requests inside a call: BYE ends it on both sides; re-INVITE (hold and resume), UPDATE and INFO are passed to
 * the other phone and its answer comes back; REFER transfers. A re-INVITE while another one on the same call
 * waits for its answer gets 491 (RFC 3261 §14.2).
 */
final class InDialog {
    private static final Logger LOG = Logger.getLogger(InDialog.class.getName());
    private final CallEngine engine;
    private final Transfers transfers;

    /** An in-dialog request passed on to the other phone; its answer goes back on {@code origin}. */
    record Relay(ServerTransaction origin, Side from, Side to) {
    }

    InDialog(CallEngine engine) {
        this.engine = engine;
        this.transfers = new Transfers(engine);
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
        if (side == null) {
            st.sendResponse(engine.sip().response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
            return;
        }
        PhoneLeg leg = side.leg;
        if (leg != null) {
            legRequest(st, side, leg);
            return;
        }
        switch (request.getMethod()) {
            case Request.BYE -> {
                st.sendResponse(engine.sip().messages().createResponse(Response.OK, request));
                engine.hungUp(side);
            }
            case Request.INVITE, Request.UPDATE, Request.INFO -> relay(st, side);
            case Request.REFER -> transfers.refer(st, side);
            case Request.NOTIFY, Request.PRACK -> st.sendResponse(engine.sip().messages().createResponse(Response.OK, request));
            default -> st.sendResponse(engine.sip().response(Response.NOT_IMPLEMENTED, request));
        }
    }

    /** A request of a phone the call core holds as a leg: the core carries out its transfers too. */
    private void legRequest(ServerTransaction st, Side side, PhoneLeg leg) throws Exception {
        Request request = st.getRequest();
        byte[] body = request.getRawContent();
        switch (request.getMethod()) {
            case Request.BYE -> {
                st.sendResponse(engine.sip().messages().createResponse(Response.OK, request));
                leg.phoneHungUp();
            }
            case Request.INVITE, Request.UPDATE -> {
                if (body == null || body.length == 0) {
                    engine.answerAlone(st, side, Request.INVITE.equals(request.getMethod()));
                } else {
                    leg.phoneOffered(st, side);
                }
            }
            case Request.REFER -> transfers.referOfLeg(st, side, leg);
            case Request.INFO -> {
                st.sendResponse(engine.sip().messages().createResponse(Response.OK, request));
                infoDigit(request).ifPresent(d -> leg.publish(new LegEvent.Digit(d)));
            }
            case Request.NOTIFY, Request.PRACK ->
                    st.sendResponse(engine.sip().messages().createResponse(Response.OK, request));
            default -> st.sendResponse(engine.sip().response(Response.NOT_IMPLEMENTED, request));
        }
    }

    private void relay(ServerTransaction st, Side side) throws Exception {
        Request request = st.getRequest();
        boolean invite = Request.INVITE.equals(request.getMethod());
        Side peer = side.peer;
        if (peer == null) {
            engine.answerAlone(st, side, invite);
            return;
        }
        if (invite && Sdp.holds(request.getRawContent()) && engine.holdMusic().available()) {
            holdWithMusic(st, side, peer);
            return;
        }
        if (invite && !side.bridge.beginReinvite()) {
            st.sendResponse(engine.sip().response(Response.REQUEST_PENDING, request));
            return;
        }
        side.bridge.refreshed();
        byte[] body = request.getRawContent();
        if (invite) {
            side.own(body);
        }
        Request passed = peer.dialog.createRequest(request.getMethod());
        engine.messages().setBody(passed, request, peer);
        if (invite || Request.UPDATE.equals(request.getMethod())) {
            passed.setHeader(engine.messages().contact(engine.transportOf(passed)));
        }
        ClientTransaction ct = engine.sip().provider().getNewClientTransaction(passed);
        ct.setApplicationData(new Relay(st, side, peer));
        peer.dialog.sendRequest(ct);
    }

    /**
     * A phone puts its call on hold: the server answers it itself (the other phone's description, not sending)
     * and the other phone hears music on hold until the call is resumed.
     */
    private void holdWithMusic(ServerTransaction st, Side side, Side peer) throws Exception {
        Request request = st.getRequest();
        side.own(request.getRawContent());
        Response ok = engine.sip().messages().createResponse(Response.OK, request);
        ok.addHeader(engine.messages().contact(engine.transportOf(request)));
        ok.setContent(side.show(Sdp.answeringHold(peer.sdp, request.getRawContent())), engine.messages().sdpType());
        st.sendResponse(ok);
        side.bridge.refreshed();
        engine.holdMusic().start(engine, peer);
    }

    void relayed(Relay relay, Response answer, Dialog dialog) {
        int status = answer.getStatusCode();
        if (status == 100) {
            return;
        }
        Request original = relay.origin().getRequest();
        boolean invite = Request.INVITE.equals(original.getMethod());
        try {
            if (invite && status >= 200) {
                relay.from().bridge.endReinvite();
                if (status < 300) {
                    engine.ack(dialog, answer);
                    relay.to().own(answer.getRawContent());
                    relay.to().stopMusic();
                }
            }
            Response back = engine.sip().messages().createResponse(status, original);
            engine.messages().setBody(back, answer, relay.from());
            if (status < 300 && invite) {
                back.addHeader(engine.messages().contact(engine.transportOf(original)));
            }
            relay.origin().sendResponse(back);
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not pass on " + status + " to " + original.getMethod(), e);
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
