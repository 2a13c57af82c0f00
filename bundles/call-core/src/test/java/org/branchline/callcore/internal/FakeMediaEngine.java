package org.branchline.callcore.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.media.MediaSession;

/** Opens {@link FakeMediaSession}s at 10.0.0.9, ports 7000, 7002, ... */
final class FakeMediaEngine implements MediaEngine {
    final List<FakeMediaSession> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger(7000);

    @Override
    public MediaSession answer(String offerSdp) {
        FakeMediaSession session = new FakeMediaSession(offerSdp, next.getAndAdd(2));
        opened.add(session);
        return session;
    }

    @Override
    public ConferenceBridge openBridge(int seats) {
        throw new UnsupportedOperationException("tests seat sessions in a FakeMixing");
    }

    @Override
    public int sessions() {
        return (int) opened.stream().filter(FakeMediaSession::isOpen).count();
    }

    FakeMediaSession last() {
        return opened.get(opened.size() - 1);
    }
}
