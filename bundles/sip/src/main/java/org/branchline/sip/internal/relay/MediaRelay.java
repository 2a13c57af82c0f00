package org.branchline.sip.internal.relay;

import org.branchline.api.media.RealtimeScheduling;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.BitSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The media relay of "Force Remote Phone audio through server" (admin guide §17.1): UDP ports from a
 * configured range, four per relayed call (RTP and RTCP towards each phone), served by one thread.
 */
public final class MediaRelay implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(MediaRelay.class.getName());
    private final String host;
    private final int minPort;
    private final int maxPort;
    private final BitSet used = new BitSet();
    private final Selector selector;
    private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final Thread loop;
    private final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();

    /** What a channel's key carries: the end it belongs to, and whether it is the RTCP one. */
    private record Route(RelaySession.End end, boolean rtcp) {
    }

    public MediaRelay(String host, int minPort, int maxPort, int realtimePriority) throws IOException {
        this.host = host;
        this.minPort = minPort + (minPort % 2);
        this.maxPort = maxPort;
        this.selector = Selector.open();
        this.loop = new Thread(() -> {
            RealtimeScheduling.applyToCurrentThread(realtimePriority, "media relay");
            run();
        }, "branchline-media-relay");
        loop.setDaemon(true);
        loop.start();
    }

    String host() {
        return host;
    }

    /** True when {@code address} is one of this relay's ports. */
    public boolean owns(InetSocketAddress address) {
        return address.getHostString().equals(host) && address.getPort() >= minPort && address.getPort() <= maxPort;
    }

    public int sessions() {
        return open.get();
    }

    /** A new relayed call, or empty when the port range is used up. */
    public Optional<RelaySession> open() {
        int[] ports = new int[2];
        synchronized (used) {
            for (int i = 0; i < 2; i++) {
                int p = freePair();
                if (p < 0) {
                    for (int j = 0; j < i; j++) {
                        used.clear(ports[j] - minPort, ports[j] - minPort + 2);
                    }
                    return Optional.empty();
                }
                used.set(p - minPort, p - minPort + 2);
                ports[i] = p;
            }
        }
        try {
            DatagramChannel[] channels = {bind(ports[0]), bind(ports[0] + 1), bind(ports[1]), bind(ports[1] + 1)};
            RelaySession session = new RelaySession(this, channels, ports[0], ports[1]);
            pending.add(() -> register(session));
            selector.wakeup();
            open.incrementAndGet();
            return Optional.of(session);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "media relay ports " + ports[0] + "/" + ports[1] + " unavailable", e);
            synchronized (used) {
                used.clear(ports[0] - minPort, ports[0] - minPort + 2);
                used.clear(ports[1] - minPort, ports[1] - minPort + 2);
            }
            return Optional.empty();
        }
    }

    void release(RelaySession session) {
        pending.add(() -> {
            for (RelaySession.End end : new RelaySession.End[] {session.a, session.b}) {
                closeQuietly(end.rtp);
                closeQuietly(end.rtcp);
                synchronized (used) {
                    used.clear(end.port - minPort, end.port - minPort + 2);
                }
            }
            open.decrementAndGet();
        });
        selector.wakeup();
    }

    private int freePair() {
        for (int p = minPort; p + 1 <= maxPort; p += 2) {
            if (!used.get(p - minPort)) {
                return p;
            }
        }
        return -1;
    }

    private DatagramChannel bind(int port) throws IOException {
        DatagramChannel c = DatagramChannel.open();
        c.bind(new InetSocketAddress(host, port));
        c.configureBlocking(false);
        return c;
    }

    private void register(RelaySession s) {
        try {
            s.a.rtp.register(selector, SelectionKey.OP_READ, new Route(s.a, false));
            s.a.rtcp.register(selector, SelectionKey.OP_READ, new Route(s.a, true));
            s.b.rtp.register(selector, SelectionKey.OP_READ, new Route(s.b, false));
            s.b.rtcp.register(selector, SelectionKey.OP_READ, new Route(s.b, true));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not start relaying", e);
        }
    }

    private void run() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(2048);
        try {
            while (selector.isOpen()) {
                selector.select(1000);
                Runnable r;
                while ((r = pending.poll()) != null) {
                    r.run();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid() && key.isReadable()) {
                        forward((DatagramChannel) key.channel(), (Route) key.attachment(), buffer);
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException e) {
            LOG.log(Level.FINE, "media relay stopped", e);
        }
    }

    /** A packet from one phone: learn where it really is (symmetric RTP), send it on from the other end. */
    private void forward(DatagramChannel from, Route route, ByteBuffer buffer) {
        try {
            SocketAddress source;
            while ((source = receive(from, buffer)) != null) {
                if (!route.rtcp() && source instanceof InetSocketAddress s) {
                    route.end().phone = s;
                }
                RelaySession.End out = route.end().opposite();
                InetSocketAddress to = out.phone;
                if (to != null) {
                    buffer.flip();
                    out.session().packets++;
                    (route.rtcp() ? out.rtcp : out.rtp).send(buffer,
                            route.rtcp() ? new InetSocketAddress(to.getAddress(), to.getPort() + 1) : to);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "relaying failed", e);
        }
    }

    private static SocketAddress receive(DatagramChannel from, ByteBuffer buffer) throws IOException {
        buffer.clear();
        return from.receive(buffer);
    }

    private static void closeQuietly(DatagramChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a relay port", e);
        }
    }

    @Override
    public void close() throws IOException {
        selector.close();
    }
}
