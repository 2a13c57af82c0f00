package org.branchline.callcore.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.MediaSession;
import org.branchline.api.media.Prompt;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * Music on hold: a media engine session for each leg on hold, playing the default music class, closed when the
 * music stops or the leg ends. The session map is concurrent; nothing else is shared.
 */
final class Music {
    private static final Logger LOG = Logger.getLogger(Music.class.getName());
    private final Supplier<MediaEngine> engine;
    private final Map<Leg, MediaSession> sessions = new ConcurrentHashMap<>();

    Music(Supplier<MediaEngine> engine) {
        this.engine = engine;
    }

    /** Plays music to {@code leg}; false when there is no media engine (the leg then hears silence). */
    boolean hold(Leg leg) {
        MediaEngine media = engine.get();
        if (media == null) {
            return false;
        }
        if (sessions.containsKey(leg)) {
            return true;
        }
        MediaSession session;
        try {
            session = media.answer(Exchange.media(leg).text());
        } catch (MediaException | IllegalStateException e) {
            LOG.log(Level.WARNING, "no music on hold for leg " + leg.id(), e);
            return false;
        }
        if (sessions.putIfAbsent(leg, session) != null) {
            session.close();
            return true;
        }
        play(leg, session);
        return true;
    }

    private void play(Leg leg, MediaSession session) {
        session.play(List.of(new Prompt.Music(0)), false);
        LegEnds.then(leg, () -> stop(leg));
        Exchange.tell(leg, SessionDescription.parse(session.answerSdp()))
                .thenAccept(answer -> update(session, answer))
                .exceptionally(e -> {
                    LOG.log(Level.FINE, "leg " + leg.id() + " refused the music", e);
                    return null;
                });
    }

    private static void update(MediaSession session, SessionDescription answer) {
        try {
            session.update(answer.text());
        } catch (MediaException e) {
            LOG.log(Level.WARNING, "the music session did not take the leg's answer", e);
        }
    }

    /** Ends the music of {@code leg}; false when none played. */
    boolean stop(Leg leg) {
        MediaSession session = sessions.remove(leg);
        if (session == null) {
            return false;
        }
        session.close();
        return true;
    }

    boolean playing(Leg leg) {
        return sessions.containsKey(leg);
    }
}
