package org.branchline.sip.internal.call;

import java.util.concurrent.ThreadLocalRandom;
import org.branchline.api.media.sdp.Origin;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * The session description a phone sees from the server: whatever the call core joined it to, under one origin
 * line per dialog whose version goes up with every change (RFC 3264 §8), so the media can move between parties.
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

    /** {@code body} under this dialog's origin; a body that is not a description is shown as it is. */
    synchronized byte[] present(byte[] body) {
        if (body == null || body.length == 0) {
            return body;
        }
        last = SessionDescription.read(body)
                .map(sdp -> sdp.withOrigin(new Origin("branchline", session, version++, host)).bytes()).orElse(body);
        return last;
    }
}
