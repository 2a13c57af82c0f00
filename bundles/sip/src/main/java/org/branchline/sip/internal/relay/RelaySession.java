package org.branchline.sip.internal.relay;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * The media of one call anchored at the server: each phone is shown a port of the server (RTP, and RTCP on
 * the next port) and what arrives there is sent on to the other phone from the other end's port. Each end
 * learns its phone's address from the phone's description and then from the packets it actually sends
 * (symmetric RTP, what gets media through the phone's NAT).
 */
public final class RelaySession {
    /** One end: the server's ports facing one phone, and where that phone receives. */
    public final class End {
        final DatagramChannel rtp;
        final DatagramChannel rtcp;
        final int port;
        volatile InetSocketAddress phone;
        End other;

        End(DatagramChannel rtp, DatagramChannel rtcp, int port) {
            this.rtp = rtp;
            this.rtcp = rtcp;
            this.port = port;
        }

        /** The phone's own description: where it wants media. */
        public void learn(byte[] sdp) {
            SessionDescription.read(sdp).flatMap(SessionDescription::audioAddress).ifPresent(a -> phone = a);
        }

        /** The other phone's description as this phone must see it: media to this end's port. */
        public byte[] show(byte[] sdp) {
            return SessionDescription.read(sdp).map(d -> d.withFirstAudioAt(relay.host(), port).bytes()).orElse(sdp);
        }

        public End opposite() {
            return other;
        }

        public RelaySession session() {
            return RelaySession.this;
        }
    }

    private final MediaRelay relay;
    final End a;
    final End b;
    volatile long packets;
    private boolean closed;

    RelaySession(MediaRelay relay, DatagramChannel[] channels, int portA, int portB) {
        this.relay = relay;
        this.a = new End(channels[0], channels[1], portA);
        this.b = new End(channels[2], channels[3], portB);
        a.other = b;
        b.other = a;
    }

    public End caller() {
        return a;
    }

    public End callee() {
        return b;
    }

    public long packets() {
        return packets;
    }

    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        relay.release(this);
    }
}
