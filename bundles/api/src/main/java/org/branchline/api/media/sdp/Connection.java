package org.branchline.api.media.sdp;

import java.util.Locale;

/**
 * The network, address type and address of a c= line ({@code IN IP4 192.0.2.1}, {@code IN IP6 2001:db8::1}),
 * also the last three fields of an o= line. A multicast address keeps its {@code /ttl} suffix.
 */
public record Connection(String network, String addressType, String address) {

    /** The Internet connection to {@code host}: IP6 for an IPv6 address, else IP4. */
    public static Connection of(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return new Connection("IN", bare.contains(":") ? "IP6" : "IP4", bare);
    }

    static Connection parse(String fields) {
        String[] parts = Lines.FIELDS.split(fields.strip());
        if (parts.length != 3) {
            throw new SdpException("malformed connection: " + fields);
        }
        return new Connection(parts[0], parts[1], parts[2]);
    }

    /** The address without a multicast {@code /ttl} or {@code /count}. */
    public String host() {
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }

    /** The unspecified address (0.0.0.0 or ::), the old way of putting a call on hold. */
    boolean unspecified() {
        String host = host().toLowerCase(Locale.ROOT);
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0");
    }

    String text() {
        return network + " " + addressType + " " + address;
    }
}
