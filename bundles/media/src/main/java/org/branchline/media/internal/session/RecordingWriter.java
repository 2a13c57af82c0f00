package org.branchline.media.internal.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes recordings to disk off the media clock: chunks in arrival order, each file forced to the disk at least
 * once a second, and a recording's end (truncate, force, close) before anyone is told it is kept.
 */
final class RecordingWriter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RecordingWriter.class.getName());
    private static final long FORCE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "branchline-media-recordings");
        t.setDaemon(true);
        return t;
    });

    /** Appends {@code bytes} to the file; forces it when its last force is a second old. */
    void append(Target target, byte[] bytes) {
        thread.execute(() -> {
            try {
                target.channel.write(ByteBuffer.wrap(bytes));
                if (System.nanoTime() - target.forced > FORCE_NANOS) {
                    target.channel.force(false);
                    target.forced = System.nanoTime();
                }
            } catch (IOException e) {
                target.failed = e;
            }
        });
    }

    /** Cuts the file to {@code length} bytes, forces and closes it, then runs {@code done}. */
    void finish(Target target, long length, Runnable done) {
        thread.execute(() -> {
            try (FileChannel channel = target.channel) {
                if (length < channel.size()) {
                    channel.truncate(length);
                }
                channel.force(true);
            } catch (IOException e) {
                target.failed = e;
                LOG.log(Level.WARNING, "could not finish a recording", e);
            }
            done.run();
        });
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One recording's file. */
    static final class Target {
        final FileChannel channel;
        volatile long forced = System.nanoTime();
        volatile IOException failed;

        Target(FileChannel channel) {
            this.channel = channel;
        }
    }
}
