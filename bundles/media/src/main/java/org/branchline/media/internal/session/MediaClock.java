package org.branchline.media.internal.session;

import org.branchline.api.media.RealtimeScheduling;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one thread that sends every session's audio: every 20 ms, on a schedule fixed to the clock rather than to
 * the previous tick, so that lateness never accumulates. More than 100 ms behind (a stalled machine), it skips
 * ahead instead of bursting.
 */
final class MediaClock implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(MediaClock.class.getName());
    private static final long PERIOD = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long GIVE_UP = TimeUnit.MILLISECONDS.toNanos(100);
    private final CopyOnWriteArrayList<Ticking> sessions = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long lateTicks;

    interface Ticking {
        void tick();
    }

    /** @param realtimePriority the SCHED_FIFO priority of the clock thread, 0 for the default policy */
    MediaClock(int realtimePriority) {
        thread = new Thread(() -> {
            RealtimeScheduling.applyToCurrentThread(realtimePriority, "media clock");
            run();
        }, "branchline-media-clock");
        thread.setDaemon(true);
        thread.start();
    }

    void add(Ticking session) {
        sessions.add(session);
    }

    void remove(Ticking session) {
        sessions.remove(session);
    }

    /** Ticks that started more than one period late. */
    long lateTicks() {
        return lateTicks;
    }

    private void run() {
        long next = System.nanoTime();
        while (running) {
            next += PERIOD;
            for (Ticking s : sessions) {
                tick(s);
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (-wait > GIVE_UP) {
                next = System.nanoTime();
                lateTicks++;
            } else if (-wait > PERIOD) {
                lateTicks++;
            }
        }
    }

    private static void tick(Ticking s) {
        try {
            s.tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a media session failed its tick", e);
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
