package org.branchline.sip.internal.call;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.MediaSession;

/**
 * The media session facing an application's caller, opened when the application first needs it: a caller the
 * application hands to the call core unanswered never gets a stream from the media engine before the real one.
 */
final class AppMedia {
    private final Supplier<MediaEngine> engine;
    private final byte[] offer;
    private MediaSession session;
    private boolean closed;

    AppMedia(Supplier<MediaEngine> engine, byte[] offer) {
        this.engine = engine;
        this.offer = offer;
    }

    /** The session, opened now if need be, answering the caller's offer. */
    synchronized MediaSession open() throws MediaException {
        if (closed) {
            throw new MediaException(503, "the call left the application");
        }
        if (session == null) {
            MediaEngine media = engine.get();
            if (media == null) {
                throw new MediaException(503, "the media engine is not installed");
            }
            session = media.answer(offer == null ? "" : new String(offer, StandardCharsets.UTF_8));
        }
        return session;
    }

    synchronized Optional<MediaSession> opened() {
        return Optional.ofNullable(session);
    }

    synchronized void close() {
        closed = true;
        if (session != null) {
            session.close();
        }
    }
}
