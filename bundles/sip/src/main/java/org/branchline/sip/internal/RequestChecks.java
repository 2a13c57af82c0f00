package org.branchline.sip.internal;

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
 * What the stack's parser lets through but a UAS must refuse (RFC 3261 §8.2, RFC 4475 cases): a Request-URI
 * scheme it does not serve (416), a required extension it does not know (420 with Unsupported). (The parser
 * itself reads any version as SIP/2.0 and keeps one of a repeated single header, so those are not seen here.)
 */
final class RequestChecks {
    static final Set<String> SUPPORTED = Set.of("timer", "replaces", "100rel");
    private static final Set<String> SCHEMES = Set.of("sip", "sips", "tel");

    private RequestChecks() {
    }

    static Optional<Response> refusal(SipContext sip, Request request) throws ParseException {
        if (!SCHEMES.contains(request.getRequestURI().getScheme().toLowerCase())) {
            return Optional.of(sip.response(Response.UNSUPPORTED_URI_SCHEME, request));
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
