package org.branchline.sip.internal;

import gov.nist.javax.sip.message.SIPRequest;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.Set;
import javax.sip.header.RequireHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * What the stack's parser lets through but a UAS must refuse (RFC 3261 §8.2, RFC 4475 cases): another SIP
 * version (505), a Request-URI scheme it does not serve (416), a header that may appear once given twice
 * (400), a required extension it does not know (420 with Unsupported).
 */
final class RequestChecks {
    static final Set<String> SUPPORTED = Set.of("timer", "replaces", "100rel");
    private static final Set<String> SCHEMES = Set.of("sip", "sips", "tel");
    private static final List<String> ONCE = List.of("From", "To", "Call-ID", "CSeq", "Max-Forwards");

    private RequestChecks() {
    }

    static Optional<Response> refusal(SipContext sip, Request request) throws ParseException {
        String version = request instanceof SIPRequest r && r.getRequestLine() != null
                ? r.getRequestLine().getSipVersion() : "SIP/2.0";
        if (!"SIP/2.0".equalsIgnoreCase(version)) {
            return Optional.of(sip.response(Response.VERSION_NOT_SUPPORTED, request));
        }
        if (!SCHEMES.contains(request.getRequestURI().getScheme().toLowerCase())) {
            return Optional.of(sip.response(Response.UNSUPPORTED_URI_SCHEME, request));
        }
        for (String name : ONCE) {
            if (count(request, name) > 1) {
                Response r = sip.response(Response.BAD_REQUEST, request);
                r.setReasonPhrase("Bad Request: more than one " + name);
                return Optional.of(r);
            }
        }
        List<String> unknown = unsupported(request);
        if (!unknown.isEmpty()) {
            Response r = sip.response(Response.BAD_EXTENSION, request);
            for (String tag : unknown) {
                r.addHeader(sip.headers().createUnsupportedHeader(tag));
            }
            return Optional.of(r);
        }
        return Optional.empty();
    }

    private static int count(Request request, String name) {
        int n = 0;
        for (ListIterator<?> it = request.getHeaders(name); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static List<String> unsupported(Request request) {
        List<String> out = new ArrayList<>();
        for (ListIterator<?> it = request.getHeaders(RequireHeader.NAME); it.hasNext();) {
            String tag = ((RequireHeader) it.next()).getOptionTag();
            if (tag != null && !SUPPORTED.contains(tag.toLowerCase())) {
                out.add(tag);
            }
        }
        return out;
    }
}
