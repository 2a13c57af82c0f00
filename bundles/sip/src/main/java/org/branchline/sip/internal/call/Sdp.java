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
