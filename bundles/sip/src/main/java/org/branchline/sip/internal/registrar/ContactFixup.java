package org.branchline.sip.internal.registrar;

import java.text.ParseException;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;

/**
 * NAT: a phone behind NAT writes its private address in Contact; requests to it must go where its REGISTER
 * was seen instead. Same address as seen: the contact is kept as written (its port may differ on purpose).
 */
public final class ContactFixup {
    private ContactFixup() {
    }

    public static URI reachable(URI contact, Source source, AddressFactory addresses) throws ParseException {
        if (!(contact instanceof SipURI sip) || sip.getHost() == null
                || stripBrackets(sip.getHost()).equals(stripBrackets(source.address()))) {
            return contact;
        }
        SipURI fixed = (SipURI) sip.clone();
        fixed.setHost(source.address());
        fixed.setPort(source.port());
        if (!"udp".equalsIgnoreCase(source.transport())) {
            fixed.setTransportParam(source.transport().toLowerCase());
        } else {
            fixed.removeParameter("transport");
        }
        return fixed;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
