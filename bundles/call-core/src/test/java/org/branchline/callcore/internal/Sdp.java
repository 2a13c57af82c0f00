package org.branchline.callcore.internal;

import org.branchline.api.media.sdp.SessionDescription;

/** Descriptions for tests: one PCMU stream with telephone-events at a port of 10.0.0.1 (or another host). */
final class Sdp {
    private Sdp() {
    }

    static SessionDescription at(int port) {
        return at("10.0.0.1", port);
    }

    static SessionDescription at(String host, int port) {
        return SessionDescription.parse("v=0\r\no=- 1 1 IN IP4 " + host + "\r\ns=-\r\nc=IN IP4 " + host
                + "\r\nt=0 0\r\nm=audio " + port + " RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=sendrecv\r\n");
    }

    static int port(SessionDescription description) {
        return description.audioAddress().orElseThrow().getPort();
    }
}
