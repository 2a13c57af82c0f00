package org.branchline.callcore.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallEndedException;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.MediaSession;
import org.branchline.api.media.MediaSession.PlayEnd;
import org.branchline.api.media.MediaSession.Played;
import org.branchline.api.media.MediaSession.RecordLimits;
import org.branchline.api.media.MediaSession.Recorded;
import org.branchline.api.media.Prompt;
import org.branchline.api.media.sdp.SessionDescription;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;

/**
 * A call application's call on a leg of any technology. A media engine session answers the leg when the
 * application first needs media (an unanswered leg is answered with it, an answered one offered it); prompts,
 * recordings and digits are that session's, and while the call is in the application the party's own offers are
 * answered by it. The call leaves the application when the core takes the leg elsewhere ({@link #handedOn}) or the
 * leg ends ({@link #legEnded}). Its monitor guards {@code session}, {@code away} and {@code ended}; the leg and the
 * session are called outside it.
 */
final class LegApplicationCall implements ApplicationCall {
    private final Leg leg;
    private final Dialed.Application dialed;
    private final boolean fromCallRoute;
    private final Caller transferredBy;
    private final Supplier<MediaEngine> engine;
    private final Routes routes;
    private MediaSession session;
    private boolean away;
    private boolean ended;

    LegApplicationCall(Leg leg, Dialed.Application dialed, boolean fromCallRoute, Caller transferredBy,
            Supplier<MediaEngine> engine, Routes routes) {
        this.leg = leg;
        this.dialed = dialed;
        this.fromCallRoute = fromCallRoute;
        this.transferredBy = transferredBy;
        this.engine = engine;
        this.routes = routes;
    }

    @Override
    public String application() {
        return dialed.name();
    }

    @Override
    public String instance() {
        return dialed.instance();
    }

    @Override
    public String extension() {
        return dialed.extension();
    }

    @Override
    public boolean fromCallRoute() {
        return fromCallRoute;
    }

    @Override
    public Caller caller() {
        return leg.asCaller();
    }

    @Override
    public Caller transferredBy() {
        return transferredBy;
    }

    @Override
    public String callId() {
        return leg.callId();
    }

    @Override
    public Leg leg() {
        return leg;
    }

    @Override
    public void answer() {
        session();
    }

    @Override
    public Played play(List<Prompt> prompts, boolean stopOnDigit) {
        Played played = await(session().play(prompts, stopOnDigit));
        if (played.end() == PlayEnd.CLOSED) {
            throw ended();
        }
        return played;
    }

    @Override
    public Recorded record(Path file, RecordLimits limits) {
        return await(session().record(file, limits));
    }

    @Override
    public Optional<Character> digit(Duration timeout) {
        MediaSession s = session();
        try {
            Optional<Character> d = s.nextDigit(timeout);
            if (d.filter(c -> c == '\0').isPresent() || d.isEmpty() && !active()) {
                throw ended();
            }
            return d;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ended();
        }
    }

    @Override
    public String collect(int maximum, String terminators, Duration first, Duration between) {
        StringBuilder digits = new StringBuilder();
        Optional<Character> d = digit(first);
        while (d.isPresent() && terminators.indexOf(d.get()) < 0) {
            digits.append(d.get());
            if (digits.length() >= maximum) {
                break;
            }
            d = digit(between);
        }
        return digits.toString();
    }

    @Override
    public void clearDigits() {
        opened().ifPresent(MediaSession::clearDigits);
    }

    @Override
    public boolean transfer(String digits) {
        Optional<Dialed.Ring> ring = routes.rings(leg, digits);
        if (ring.isEmpty()) {
            return false;
        }
        if (!leaveForElsewhere()) {
            throw ended();
        }
        leg.told(CallEvent.Kind.TRANSFERRED, digits, "transferred to " + digits);
        routes.ring(leg, ring.get().extension(), ring.get());
        return true;
    }

    @Override
    public void conference(ConferenceBridge bridge) {
        MediaSession s = session();
        await(bridge.join(s));
        if (!active() || !s.isOpen()) {
            throw ended();
        }
    }

    @Override
    public void hangUp() {
        synchronized (this) {
            if (away || ended) {
                return;
            }
            ended = true;
        }
        close();
        leg.hangUp(EndCause.NORMAL);
    }

    @Override
    public synchronized boolean active() {
        return !away && !ended;
    }

    /** The core took the leg elsewhere (a bridge, a park, a mixing bridge): the application lets it go. */
    void handedOn() {
        leaveForElsewhere();
    }

    /** A digit the party sent out of band, heard as if it came in the media. */
    void digitSent(char digit) {
        if (active()) {
            opened().ifPresent(s -> s.digit(digit));
        }
    }

    void legEnded() {
        synchronized (this) {
            ended = true;
        }
        close();
    }

    /** The application returned: a call it neither handed on nor hung up is hung up now. */
    void leaveApplication() {
        hangUp();
    }

    /** False when the call had left the application already. */
    private boolean leaveForElsewhere() {
        synchronized (this) {
            if (away || ended) {
                return false;
            }
            away = true;
        }
        leg.negotiator(null);
        close();
        return true;
    }

    /** The session facing the leg, opened (and the leg answered or offered it) when first needed. */
    private MediaSession session() {
        MediaSession s;
        synchronized (this) {
            if (!active()) {
                throw ended();
            }
            if (session != null) {
                return session;
            }
            s = open();
            session = s;
        }
        routes.stopMusic(leg);
        try {
            SessionDescription party = await(Exchange.tell(leg, SessionDescription.parse(s.answerSdp())));
            s.update(party.text());
        } catch (MediaException | RuntimeException e) {
            hangUp();
            throw ended();
        }
        leg.negotiator(this::offered);
        leg.told(CallEvent.Kind.ANSWERED, dialed.name(), null);
        return s;
    }

    private MediaSession open() {
        MediaEngine media = engine.get();
        try {
            if (media == null) {
                throw new MediaException(503, "the media engine is not installed");
            }
            return media.answer(Exchange.media(leg).text());
        } catch (MediaException | IllegalStateException e) {
            ended = true;
            leg.hangUp(EndCause.FAILED);
            throw new CallEndedException(dialed.name() + " has no media for " + callId() + ": " + e.getMessage());
        }
    }

    /** The party's own offer while it is in the application (a hold, a codec change): the session answers. */
    private CompletionStage<SessionDescription> offered(Leg from, SessionDescription offer) {
        Optional<MediaSession> s = opened();
        if (s.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("no media yet"));
        }
        try {
            return CompletableFuture.completedFuture(SessionDescription.parse(s.get().update(offer.text())));
        } catch (MediaException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private synchronized Optional<MediaSession> opened() {
        return Optional.ofNullable(session);
    }

    private void close() {
        opened().ifPresent(MediaSession::close);
    }

    private CallEndedException ended() {
        return new CallEndedException(callId() + " is over for " + dialed.name());
    }

    private <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw ended();
        } catch (ExecutionException e) {
            if (!active()) {
                throw ended();
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
