package org.branchline.media.internal.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one thread that reads every session's RTP (and drains RTCP), over a selector. */
final class Receiver implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Receiver.class.getName());
    private final Selector selector;
    private final Queue<Runnable> changes = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(2048);
    private final Thread thread = new Thread(this::run, "branchline-media-receiver");

    Receiver() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.setDaemon(true);
        thread.start();
    }

    void add(MediaSessionImpl session) {
        change(() -> {
            register(session.ports().rtp(), session);
            register(session.ports().rtcp(), null);
        });
    }

    /** Forgets the session's channels; the caller closes them afterwards. */
    void remove(PortPool.Ports ports, Runnable then) {
        change(() -> {
            cancel(ports.rtp());
            cancel(ports.rtcp());
            then.run();
        });
    }

    private void change(Runnable change) {
        changes.add(change);
        selector.wakeup();
    }

    private void register(DatagramChannel channel, MediaSessionImpl session) {
        try {
            channel.register(selector, SelectionKey.OP_READ, session);
        } catch (ClosedChannelException e) {
            LOG.fine("a session closed before its ports were watched");
        }
    }

    private void cancel(DatagramChannel channel) {
        SelectionKey key = channel.keyFor(selector);
        if (key != null) {
            key.cancel();
        }
    }

    private void run() {
        try {
            while (selector.isOpen()) {
                selector.select(1000);
                for (Runnable r; (r = changes.poll()) != null;) {
                    r.run();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid()) {
                        read(key);
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | RuntimeException e) {
            if (selector.isOpen()) {
                LOG.log(Level.SEVERE, "the media receiver stopped", e);
            }
        }
    }

    private void read(SelectionKey key) {
        DatagramChannel channel = (DatagramChannel) key.channel();
        MediaSessionImpl session = (MediaSessionImpl) key.attachment();
        try {
            for (int i = 0; i < 16; i++) {
                buffer.clear();
                InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
                if (from == null) {
                    return;
                }
                buffer.flip();
                if (session != null) {
                    session.received(buffer, from);
                }
            }
        } catch (IOException e) {
            key.cancel();
        }
    }

    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException ignored) {
            // the thread ends either way
        }
    }
}
