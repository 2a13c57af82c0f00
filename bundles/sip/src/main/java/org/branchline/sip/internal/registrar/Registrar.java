package org.branchline.sip.internal.registrar;

import java.text.ParseException;
import java.util.Calendar;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import javax.sip.InvalidArgumentException;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.sip.internal.SipContext;
import org.branchline.sip.internal.SipSettings;
import org.branchline.sip.internal.handset.AppearanceRecord;

/**
 * REGISTER (RFC 3261 §10): digest authentication against the call appearance's Login ID, then the location
 * service. Answers are stateless: a retransmitted REGISTER is simply processed again.
 */
public class Registrar {
    private final SipContext sip;
    private final SipSettings settings;
    private final Location location;
    private final Authenticator authenticator;

    public Registrar(SipContext sip, SipSettings settings, Location location, Authenticator authenticator) {
        this.sip = sip;
        this.settings = settings;
        this.location = location;
        this.authenticator = authenticator;
    }

    public void register(Request request, Source source) throws ParseException, InvalidArgumentException {
        Optional<AppearanceRecord> who = authenticator.authenticate(request, source, AuthorizationHeader.NAME,
                Response.UNAUTHORIZED);
        if (who.isPresent()) {
            sip.sendStateless(bind(request, who.get(), source));
        }
    }

    private Response bind(Request request, AppearanceRecord appearance, Source source)
            throws ParseException, InvalidArgumentException {
        URI aor = ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI();
        String user = aor instanceof SipURI s ? s.getUser() : null;
        if (user == null || !(user.equals(appearance.userId()) || user.equals(appearance.loginId()))) {
            return sip.response(Response.FORBIDDEN, request);
        }
        long now = System.currentTimeMillis();
        ExpiresHeader expiresHeader = request.getExpires();
        int requested = expiresHeader == null ? settings.defaultExpires() : expiresHeader.getExpires();
        ListIterator<?> contacts = request.getHeaders(ContactHeader.NAME);
        while (contacts.hasNext()) {
            ContactHeader c = (ContactHeader) contacts.next();
            if (c.getAddress().isWildcard()) {
                if (requested != 0) {
                    return sip.response(Response.BAD_REQUEST, request);
                }
                location.removeAll(appearance.userId());
                continue;
            }
            int expires = c.getExpires() >= 0 ? c.getExpires() : requested;
            if (expires > 0 && expires < settings.minExpires()) {
                Response r = sip.response(Response.INTERVAL_TOO_BRIEF, request);
                MinExpiresHeader min = sip.headers().createMinExpiresHeader(settings.minExpires());
                r.addHeader(min);
                return r;
            }
            URI written = c.getAddress().getURI();
            String contact = ContactFixup.reachable(written, source, sip.addresses()).toString();
            boolean behindNat = !contact.equals(written.toString());
            if (expires == 0) {
                location.remove(appearance.userId(), contact);
            } else {
                location.put(new Binding(appearance.userId(), appearance.loginId(), contact, source.toString(),
                        now + Math.min(expires, settings.maxExpires()) * 1000L,
                        ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
                        ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber(), userAgent(request),
                        behindNat));
            }
        }
        return registered(request, location.contacts(appearance.userId()), now);
    }

    private Response registered(Request request, List<Binding> bindings, long now)
            throws ParseException, InvalidArgumentException {
        Response ok = sip.response(Response.OK, request);
        for (Binding b : bindings) {
            ContactHeader c = sip.headers().createContactHeader(sip.addresses().createAddress(b.contact()));
            c.setExpires(b.secondsLeft(now));
            ok.addHeader(c);
        }
        ok.addHeader(sip.headers().createDateHeader(Calendar.getInstance()));
        return ok;
    }

    private static String userAgent(Request request) {
        UserAgentHeader ua = (UserAgentHeader) request.getHeader(UserAgentHeader.NAME);
        if (ua == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        ua.getProduct().forEachRemaining(p -> out.append(out.length() > 0 ? " " : "").append(p));
        return out.toString();
    }
}
