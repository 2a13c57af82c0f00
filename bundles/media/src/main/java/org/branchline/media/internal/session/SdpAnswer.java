package org.branchline.media.internal.session;

import java.util.concurrent.atomic.AtomicLong;

/** The engine's description of one session: the chosen codec and telephone-events on its RTP port. */
final class SdpAnswer {
    private static final AtomicLong SESSION_IDS = new AtomicLong(System.currentTimeMillis() / 1000);
    private final long sessionId = SESSION_IDS.incrementAndGet();
    private int version;

    /** The answer text; each call is a new version of the same origin (RFC 3264 §8). */
    synchronized String text(String host, int port, int payloadType, String encoding, int telephoneEvents,
            String direction) {
        StringBuilder sdp = new StringBuilder()
                .append("v=0\r\n")
                .append("o=branchline ").append(sessionId).append(' ').append(version++).append(" IN IP4 ")
                .append(host).append("\r\n")
                .append("s=-\r\nc=IN IP4 ").append(host).append("\r\nt=0 0\r\n")
                .append("m=audio ").append(port).append(" RTP/AVP ").append(payloadType);
        if (telephoneEvents >= 0) {
            sdp.append(' ').append(telephoneEvents);
        }
        sdp.append("\r\na=rtpmap:").append(payloadType).append(' ').append(encoding).append("/8000\r\n");
        if (telephoneEvents >= 0) {
            sdp.append("a=rtpmap:").append(telephoneEvents).append(" telephone-event/8000\r\n")
                    .append("a=fmtp:").append(telephoneEvents).append(" 0-15\r\n");
        }
        return sdp.append("a=ptime:20\r\na=").append(direction).append("\r\n").toString();
    }
}
