package org.branchline.api.media;

import java.util.concurrent.CompletableFuture;

/**
 * A conference bridge of the media engine: every 20 ms each seated session hears the sum of the others (not its
 * own voice), encoded in its own codec. Those already seated hear a "ding" when someone joins and a "dong" when
 * someone leaves.
 */
public interface ConferenceBridge extends AutoCloseable {
    /** The most sessions the bridge seats at once. */
    int seats();

    /** Sessions seated now. */
    int participants();

    /**
     * Seats {@code session} (a session of the engine that opened the bridge); what plays to it stops. The
     * future completes when it leaves: {@link #leave}, the session closing, or the bridge closing.
     *
     * @throws IllegalStateException when every seat is taken or the bridge is closed
     */
    default CompletableFuture<Void> join(MediaSession session) {
        return join(session, Audience.everyone());
    }

    /**
     * Seats {@code session} as {@link #join(MediaSession)} does, heard by {@code audience} only; a session seated
     * already keeps its seat and takes the new audience.
     */
    CompletableFuture<Void> join(MediaSession session, Audience audience);

    /** The session leaves the bridge and goes back to hearing what it plays (silence). */
    void leave(MediaSession session);

    boolean isOpen();

    /** Every seated session leaves; the bridge takes nobody more. */
    @Override
    void close();
}
