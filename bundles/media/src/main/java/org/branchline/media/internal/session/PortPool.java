package org.branchline.media.internal.session;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.ArrayDeque;
import java.util.Deque;

/** Even RTP ports of the configured range (RTCP on the port above), handed out and given back. */
final class PortPool {
    private final InetAddress address;
    private final Deque<Integer> free = new ArrayDeque<>();

    PortPool(InetAddress address, int minimum, int maximum) {
        this.address = address;
        for (int port = minimum + (minimum & 1); port + 1 <= maximum; port += 2) {
            free.add(port);
        }
    }

    /** A bound RTP/RTCP pair, or null when every port of the range is taken. */
    synchronized Ports take() {
        for (int tries = free.size(); tries > 0; tries--) {
            int port = free.poll();
            Ports ports = bind(port);
            if (ports != null) {
                return ports;
            }
            free.add(port);
        }
        return null;
    }

    synchronized void give(Ports ports) {
        ports.close();
        free.add(ports.rtpPort());
    }

    synchronized int available() {
        return free.size();
    }

    private Ports bind(int port) {
        DatagramChannel rtp = null;
        try {
            rtp = open(port);
            return new Ports(port, rtp, open(port + 1));
        } catch (IOException e) {
            if (rtp != null) {
                Ports.quietly(rtp);
            }
            return null;
        }
    }

    private DatagramChannel open(int port) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.bind(new InetSocketAddress(address, port));
        channel.configureBlocking(false);
        return channel;
    }

    record Ports(int rtpPort, DatagramChannel rtp, DatagramChannel rtcp) {
        void close() {
            quietly(rtp);
            quietly(rtcp);
        }

        static void quietly(DatagramChannel channel) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a datagram channel cannot lose data
            }
        }
    }
}
