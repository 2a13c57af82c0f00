package org.branchline.callcore.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.branchline.api.callcontrol.CallControl.JoinMode;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.media.Audience;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.MediaSession;
import org.branchline.api.media.sdp.Direction;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * Seats legs in mixing bridges of the media engine: a session of its own for each leg, closed when the leg ends or
 * is seated elsewhere. A leg leaves its bridge and its music first. A leg seated again in the same mixing bridge
 * keeps its session and changes only who hears it (listen, whisper, talk). {@code seated} is a concurrent map: the
 * seat each leg has now.
 */
final class Mixing {
    private final Supplier<MediaEngine> engine;
    private final Bridges bridges;
    private final Music music;
    private final Map<Leg, Seat> seated = new ConcurrentHashMap<>();

    /** A leg's session in a mixing bridge. */
    private record Seat(MediaSession session, ConferenceBridge mixing) {
    }

    Mixing(Supplier<MediaEngine> engine, Bridges bridges, Music music) {
        this.engine = engine;
        this.bridges = bridges;
        this.music = music;
    }

    CompletionStage<Void> join(Leg leg, ConferenceBridge mixing, JoinMode mode) {
        return seat(leg, mixing, mode, mode == JoinMode.LISTEN ? Audience.nobody() : Audience.everyone());
    }

    /** Seats {@code leg} heard by {@code to} alone, which must be seated in {@code mixing} by this core already. */
    CompletionStage<Void> whisper(Leg leg, ConferenceBridge mixing, Leg to) {
        Seat target = seated.get(to);
        if (target == null || target.mixing() != mixing) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("leg " + to.id() + " is not seated in that mixing bridge"));
        }
        return seat(leg, mixing, JoinMode.TALK, Audience.only(target.session()));
    }

    private CompletionStage<Void> seat(Leg leg, ConferenceBridge mixing, JoinMode mode, Audience audience) {
        Seat already = seated.get(leg);
        if (already != null && already.mixing() == mixing) {
            return Exchange.tell(leg, ours(already.session(), mode))
                    .thenCompose(answer -> take(already.session(), answer, mixing, audience));
        }
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
        Seat seat = new Seat(session, mixing);
        Seat before = seated.put(leg, seat);
        if (before != null) {
            before.session().close();
        }
        LegEnds.then(leg, () -> {
            seated.remove(leg, seat);
            session.close();
        });
        return Exchange.tell(leg, ours(session, mode)).thenCompose(answer -> take(session, answer, mixing, audience))
                .whenComplete((left, failure) -> seated.remove(leg, seat));
    }

    /** The engine's description; a listener's phone only receives. */
    private static SessionDescription ours(MediaSession session, JoinMode mode) {
        SessionDescription answer = SessionDescription.parse(session.answerSdp());
        return mode == JoinMode.LISTEN ? answer.withDirection(Direction.SENDONLY) : answer;
    }

    private static CompletionStage<Void> take(MediaSession session, SessionDescription answer,
            ConferenceBridge mixing, Audience audience) {
        try {
            session.update(answer.text());
            return mixing.join(session, audience);
        } catch (MediaException | RuntimeException e) {
            session.close();
            throw new CompletionException(e);
        }
    }
}
