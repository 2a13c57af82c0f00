package org.branchline.media.internal.session;

import java.util.concurrent.atomic.AtomicLong;
import org.branchline.api.media.sdp.Media;
import org.branchline.api.media.sdp.Origin;
import org.branchline.api.media.sdp.SessionDescription;

/** The engine's description of one session: the chosen codec and telephone-events on its RTP port. */
final class SdpAnswer {
    private static final AtomicLong SESSION_IDS = new AtomicLong(System.currentTimeMillis() / 1000);
    private final long sessionId = SESSION_IDS.incrementAndGet();
    private int version;

    /** The answer text; each call is a new version of the same origin (RFC 3264 §8). */
    synchronized String text(String host, int port, MediaSessionImpl.Negotiated n) {
        Media audio = Media.audio(port, n.payloadType(), n.codec().name(), n.telephoneEvents(), n.direction());
        return SessionDescription.of(new Origin("branchline", sessionId, version++, host), audio).text();
    }
}
