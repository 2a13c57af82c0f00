package org.branchline.media.internal.session;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.MediaSession;

/**
 * The sessions of one engine configuration: the port pool, the clocks (one per core, each sending its share of
 * the sessions, so no packet waits for a long loop over all of them), the receiver and the writer.
 */
public final class Engine implements SessionContext, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Engine.class.getName());
    private static final int SERVICE_UNAVAILABLE = 503;
    private final String host;
    private final int jitterFrames;
    private final Clips clips;
    private final PortPool ports;
    private final MediaClock[] clocks;
    private final AtomicInteger nextClock = new AtomicInteger();
    private final Receiver receiver = new Receiver();
    private final RecordingWriter writer = new RecordingWriter();
    private final Set<MediaSessionImpl> open = ConcurrentHashMap.newKeySet();
    private final Set<MixingBridge> bridges = ConcurrentHashMap.newKeySet();
    private volatile long lastSendWarning;

    public Engine(InetAddress address, int portMinimum, int portMaximum, int jitterMillis, int clockPriority,
            Clips clips) {
        this.clocks = new MediaClock[Runtime.getRuntime().availableProcessors()];
        for (int i = 0; i < clocks.length; i++) {
            clocks[i] = new MediaClock(clockPriority);
        }
        this.host = address.getHostAddress();
        this.jitterFrames = Math.max(1, jitterMillis / 20);
        this.clips = clips;
        this.ports = new PortPool(address, portMinimum, portMaximum);
    }

    public MediaSession answer(String offerSdp) throws MediaException {
        SdpOffer offer = SdpOffer.parse(offerSdp);
        PortPool.Ports pair = ports.take();
        if (pair == null) {
            throw new MediaException(SERVICE_UNAVAILABLE, "every media port is in use");
        }
        MediaSessionImpl session;
        try {
            session = new MediaSessionImpl(this, pair, offer);
        } catch (MediaException e) {
            ports.give(pair);
            throw e;
        }
        open.add(session);
        receiver.add(session);
        session.clock = clocks[Math.floorMod(nextClock.getAndIncrement(), clocks.length)];
        session.clock.add(session);
        return session;
    }

    /** A conference bridge mixed on one of the clocks, taken off it when it closes. */
    public ConferenceBridge openBridge(int seats) {
        MediaClock clock = clocks[Math.floorMod(nextClock.getAndIncrement(), clocks.length)];
        MixingBridge bridge = new MixingBridge(seats, closed -> {
            clock.remove(closed);
            bridges.remove(closed);
        });
        bridges.add(bridge);
        clock.add(bridge);
        return bridge;
    }

    public int sessions() {
        return open.size();
    }

    public long lateTicks() {
        return Arrays.stream(clocks).mapToLong(MediaClock::lateTicks).sum();
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int jitterFrames() {
        return jitterFrames;
    }

    @Override
    public Clips clips() {
        return clips;
    }

    @Override
    public RecordingWriter writer() {
        return writer;
    }

    @Override
    public void closed(MediaSessionImpl session, PortPool.Ports pair) {
        session.clock.remove(session);
        open.remove(session);
        receiver.remove(pair, () -> ports.give(pair));
    }

    @Override
    public void sendFailed(IOException e) {
        long now = System.currentTimeMillis();
        if (now - lastSendWarning > 10_000) {
            lastSendWarning = now;
            LOG.log(Level.WARNING, "could not send RTP", e);
        }
    }

    /**
     * Closes every bridge and session (their plays and recordings end, recordings reach the disk), then the
     * threads.
     */
    @Override
    public void close() {
        bridges.forEach(MixingBridge::close);
        open.forEach(MediaSessionImpl::close);
        for (MediaClock clock : clocks) {
            clock.close();
        }
        writer.close();
        receiver.close();
    }
}
