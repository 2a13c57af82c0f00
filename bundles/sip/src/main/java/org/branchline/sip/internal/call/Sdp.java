package org.branchline.sip.internal.call;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The session description a phone sees from the B2BUA: whatever the other phone sent, under one origin line
 * per dialog whose version goes up with every change (RFC 3264 §8), so the media can move between phones.
 */
final class Sdp {
    private final long session = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    private long version = session;
    private final String host;

    Sdp(String host) {
        this.host = host;
    }

    private byte[] last;

    /** True when a phone's offer puts the call on hold (sendonly, inactive, or the old c=0.0.0.0). */
    static boolean holds(byte[] offer) {
        if (offer == null) {
            return false;
        }
        String text = new String(offer, StandardCharsets.UTF_8);
        return text.contains("a=sendonly") || text.contains("a=inactive") || text.contains("c=IN IP4 0.0.0.0");
    }

    /** The held phone's description answering a hold offer: receiving only, or inactive as offered. */
    static byte[] answeringHold(byte[] held, byte[] offer) {
        String direction = new String(offer, StandardCharsets.UTF_8).contains("a=inactive") ? "a=inactive"
                : "a=recvonly";
        StringBuilder out = new StringBuilder();
        for (String line : new String(held, StandardCharsets.UTF_8).split("\\r?\\n")) {
            if (!line.matches("a=(sendrecv|sendonly|recvonly|inactive)")) {
                out.append(line).append("\r\n");
            }
        }
        return out.append(direction).append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What this phone was last shown, for answering its own refresh while it waits alone. */
    synchronized byte[] last() {
        return last;
    }

    synchronized byte[] present(byte[] body) {
        if (body == null || body.length == 0) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String origin = "o=branchline " + session + " " + (version++) + " IN IP4 " + host;
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : text.split("\r?\n")) {
            out.append(line.startsWith("o=") ? origin : line).append("\r\n");
        }
        last = out.toString().getBytes(StandardCharsets.UTF_8);
        return last;
    }
}
