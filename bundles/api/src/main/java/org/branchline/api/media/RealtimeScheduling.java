package org.branchline.api.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Puts the calling thread under the SCHED_FIFO real-time policy with {@code chrt} (util-linux), as PBXs do for
 * their media timing: under the default policy a sleeping thread can be woken several milliseconds late
 * whenever another process keeps the core busy, and every packet of every session inherits that lateness.
 * Java priorities do not reach the Linux scheduler. Needs CAP_SYS_NICE (root); otherwise the thread keeps the
 * default policy and a warning says so. Shared by every thread on the media path: the media engine's clocks and
 * the SIP core's media relay (a helper beside the API types, like {@code LocalAddress}).
 */
public final class RealtimeScheduling {
    private static final Logger LOG = Logger.getLogger(RealtimeScheduling.class.getName());

    private RealtimeScheduling() {
    }

    /** Applies {@code priority} (1-99) to the calling thread, named {@code what} in the log; 0 leaves it alone. */
    public static void applyToCurrentThread(int priority, String what) {
        if (priority <= 0) {
            return;
        }
        try {
            String task = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process chrt = new ProcessBuilder("chrt", "-f", "-p", Integer.toString(priority), task)
                    .redirectErrorStream(true).start();
            String output = new String(chrt.getInputStream().readAllBytes()).trim();
            if (!chrt.waitFor(5, TimeUnit.SECONDS) || chrt.exitValue() != 0) {
                LOG.warning(what + " left under the default scheduling policy: chrt said " + output);
                return;
            }
            LOG.info(what + " thread " + task + " scheduled SCHED_FIFO " + priority);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning(what + " left under the default scheduling policy: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
