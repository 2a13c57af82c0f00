package org.branchline.media.internal.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.branchline.media.internal.rtp.ReceptionStats;
import org.branchline.media.internal.rtp.Rtcp;

/**
 * RTCP for one session (RFC 3550): what arrives is counted, and every 5 s a sender report with a reception
 * report block goes to the port above the phone's RTP port.
 */
final class ControlReports {
    private static final int TICKS_BETWEEN_REPORTS = 250;
    private final ReceptionStats stats = new ReceptionStats();
    private final byte[] out = new byte[256];
    private final int ssrc;
    private final String cname;
    private boolean following;
    private int source;
    private int ticks;
    private long packetsSent;
    private long octetsSent;

    ControlReports(int ssrc, String cname) {
        this.ssrc = ssrc;
        this.cname = cname;
    }

    /** An RTP packet arrived (receiver thread). */
    synchronized void received(int packetSsrc, int sequence, long timestamp) {
        if (!following || packetSsrc != source) {
            stats.reset(packetSsrc);
            following = true;
            source = packetSsrc;
        }
        stats.update(sequence, timestamp, System.nanoTime(), 8000);
    }

    /** An RTP packet was sent (clock thread); sends the report when one is due. */
    void sent(int payloadBytes, long rtpTimestamp, DatagramChannel rtcp, InetSocketAddress rtpPeer) {
        packetsSent++;
        octetsSent += payloadBytes;
        if (++ticks < TICKS_BETWEEN_REPORTS || rtpPeer == null) {
            return;
        }
        ticks = 0;
        int length;
        synchronized (this) {
            length = Rtcp.writeSenderReport(out, ssrc, System.currentTimeMillis(), rtpTimestamp, packetsSent,
                    octetsSent, stats, System.nanoTime(), cname);
        }
        try {
            rtcp.send(ByteBuffer.wrap(out, 0, length),
                    new InetSocketAddress(rtpPeer.getAddress(), rtpPeer.getPort() + 1));
        } catch (IOException e) {
            // a lost report is only a lost report; the next one goes out in 5 s
        }
    }
}
