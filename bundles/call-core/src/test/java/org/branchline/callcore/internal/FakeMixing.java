package org.branchline.callcore.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.branchline.api.media.Audience;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaSession;

/** Seats sessions; a seat's future completes when the test calls {@link #leave}. */
final class FakeMixing implements ConferenceBridge {
    final List<MediaSession> seated = new CopyOnWriteArrayList<>();
    final Map<MediaSession, Audience> audiences = new ConcurrentHashMap<>();
    private final Map<MediaSession, CompletableFuture<Void>> seats = new ConcurrentHashMap<>();

    @Override
    public int seats() {
        return 8;
    }

    @Override
    public int participants() {
        return seats.size();
    }

    @Override
    public CompletableFuture<Void> join(MediaSession session, Audience audience) {
        audiences.put(session, audience);
        if (!seated.contains(session)) {
            seated.add(session);
        }
        return seats.computeIfAbsent(session, s -> new CompletableFuture<>());
    }

    @Override
    public void leave(MediaSession session) {
        CompletableFuture<Void> seat = seats.remove(session);
        if (seat != null) {
            seat.complete(null);
        }
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
        List.copyOf(seats.keySet()).forEach(this::leave);
    }
}
