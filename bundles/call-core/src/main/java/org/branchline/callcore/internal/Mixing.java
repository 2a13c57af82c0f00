package org.branchline.callcore.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.branchline.api.callcontrol.CallControl.JoinMode;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.MediaSession;
import org.branchline.api.media.sdp.Direction;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * Seats legs in mixing bridges of the media engine: a session of its own for each leg, closed when the leg
 * ends. A leg leaves its bridge and its music first. No state of its own.
 */
final class Mixing {
    private final Supplier<MediaEngine> engine;
    private final Bridges bridges;
    private final Music music;

    Mixing(Supplier<MediaEngine> engine, Bridges bridges, Music music) {
        this.engine = engine;
        this.bridges = bridges;
        this.music = music;
    }

    CompletionStage<Void> join(Leg leg, ConferenceBridge mixing, JoinMode mode) {
        MediaEngine media = engine.get();
        if (media == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the media engine is not installed"));
        }
        MediaSession session;
        try {
            session = media.answer(Exchange.media(leg).text());
        } catch (MediaException | IllegalStateException e) {
            return CompletableFuture.failedFuture(e);
        }
        bridges.leave(leg);
        music.stop(leg);
        LegEnds.then(leg, session::close);
        return Exchange.tell(leg, ours(session, mode)).thenCompose(answer -> seat(session, answer, mixing));
    }

    /** The engine's description; a listener's phone only receives. */
    private static SessionDescription ours(MediaSession session, JoinMode mode) {
        SessionDescription answer = SessionDescription.parse(session.answerSdp());
        return mode == JoinMode.LISTEN ? answer.withDirection(Direction.SENDONLY) : answer;
    }

    private static CompletionStage<Void> seat(MediaSession session, SessionDescription answer,
            ConferenceBridge mixing) {
        try {
            session.update(answer.text());
            return mixing.join(session);
        } catch (MediaException | RuntimeException e) {
            session.close();
            throw new CompletionException(e);
        }
    }
}
