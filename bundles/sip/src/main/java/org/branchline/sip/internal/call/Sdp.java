package org.branchline.sip.internal.call;

import java.util.concurrent.ThreadLocalRandom;
import org.branchline.api.media.sdp.Direction;
import org.branchline.api.media.sdp.Origin;
import org.branchline.api.media.sdp.SessionDescription;

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
        return SessionDescription.read(offer).map(SessionDescription::holds).orElse(false);
    }

    /** The held phone's description answering a hold offer: receiving only, or inactive as offered. */
    static byte[] answeringHold(byte[] held, byte[] offer) {
        Direction direction = SessionDescription.read(offer).map(SessionDescription::direction)
                .filter(Direction.INACTIVE::equals).orElse(Direction.RECVONLY);
        return SessionDescription.parse(held).withDirection(direction).bytes();
    }

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
