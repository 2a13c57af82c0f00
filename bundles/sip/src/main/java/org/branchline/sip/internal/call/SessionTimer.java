package org.branchline.sip.internal.call;

import java.text.ParseException;
import javax.sip.header.Header;
import javax.sip.header.SupportedHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.sip.internal.SipContext;

/**
 * Session timers (RFC 4028) towards the caller: a requested interval below {@link #MIN_SE} gets 422; otherwise
 * the interval is accepted with the caller as refresher, and a call whose session is not refreshed in time
 * (a re-INVITE or UPDATE from either phone) is ended by the server.
 */
final class SessionTimer {
    static final int MIN_SE = 90;

    private SessionTimer() {
    }

    /** The Session-Expires the request asks for, 0 when none. */
    static int requested(Request request) {
        Header h = request.getHeader("Session-Expires");
        if (h == null) {
            h = request.getHeader("x"); // the compact form
        }
        if (h == null) {
            return 0;
        }
        String value = h.toString().substring(h.toString().indexOf(':') + 1).trim();
        try {
            return Integer.parseInt(value.split(";", 2)[0].trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static boolean tooSmall(Request request) {
        int se = requested(request);
        return se > 0 && se < MIN_SE;
    }

    static Response intervalTooSmall(Request request, SipContext sip) throws ParseException {
        Response r = sip.response(422, request);
        r.setReasonPhrase("Session Interval Too Small");
        r.addHeader(sip.headers().createHeader("Min-SE", Integer.toString(MIN_SE)));
        return r;
    }

    static void answer(Request request, Response ok, SipContext sip) throws ParseException {
        int se = requested(request);
        if (se == 0) {
            return;
        }
        ok.addHeader(sip.headers().createHeader("Session-Expires", se + ";refresher=uac"));
        if (supportsTimer(request)) {
            ok.addHeader(sip.headers().createRequireHeader("timer"));
        }
    }

    private static boolean supportsTimer(Request request) {
        var it = request.getHeaders(SupportedHeader.NAME);
        while (it.hasNext()) {
            if (((SupportedHeader) it.next()).getOptionTag().equalsIgnoreCase("timer")) {
                return true;
            }
        }
        return false;
    }
}
