package org.branchline.conference.internal;

import java.util.concurrent.CompletableFuture;
import org.branchline.api.media.Audience;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaSession;

/** Counts joins; a join completes at once (the caller "leaves" when the fake call says so). */
final class FakeBridge implements ConferenceBridge {
    final int seats;
    int participants;
    boolean open = true;

    FakeBridge(int seats) {
        this.seats = seats;
    }

    @Override
    public int seats() {
        return seats;
    }

    @Override
    public int participants() {
        return participants;
    }

    @Override
    public CompletableFuture<Void> join(MediaSession session, Audience audience) {
        if (!open || participants == seats) {
            throw new IllegalStateException("full or closed");
        }
        participants++;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void leave(MediaSession session) {
        participants--;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
