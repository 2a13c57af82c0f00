package org.branchline.callcore.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.Connection;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.callcontrol.LegEndedException;
import org.branchline.api.callcontrol.LegEvent;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * A leg placed for {@code from} ({@link org.branchline.api.callcontrol.CallControl#connect}), ringing until it
 * answers, ends, is taken over or cancelled. Its monitor guards {@code state} and {@code placed}; legs are called
 * after it is released. Whoever stops the ringing hangs up the placed leg, or, when the provider has not handed
 * it over yet, whoever hands it over.
 */
final class Ringing implements Connection {
    private enum State {
        RINGING, ANSWERED, FAILED, CANCELLED, TAKEN;

        boolean cancels() {
            return this == CANCELLED || this == TAKEN;
        }
    }

    private final Leg from;
    private final LegAddress to;
    private final SessionDescription offer;
    private final Bridges bridges;
    private final Consumer<Ringing> stopped;
    private final CompletableFuture<Bridge> bridged = new CompletableFuture<>();
    private State state = State.RINGING;
    private Leg placed;

    /** @param stopped hears when it no longer rings */
    Ringing(Leg from, LegAddress to, SessionDescription offer, Bridges bridges, Consumer<Ringing> stopped) {
        this.from = from;
        this.to = to;
        this.offer = offer;
        this.bridges = bridges;
        this.stopped = stopped;
    }

    /** The placed leg, as originate returned it (its events may have come first). */
    void placed(Leg leg) {
        State now;
        synchronized (this) {
            if (placed != null) {
                return;
            }
            placed = leg;
            now = state;
        }
        if (now.cancels()) {
            leg.hangUp(EndCause.CANCELLED);
        }
    }

    /** An event of the placed leg. */
    void changed(Leg leg, LegEvent event) {
        placed(leg);
        if (event instanceof LegEvent.Ringing) {
            alerting(null);
        } else if (event instanceof LegEvent.EarlyMedia early) {
            alerting(early.media());
        } else if (event instanceof LegEvent.Answered) {
            answered(leg);
        } else if (event instanceof LegEvent.Ended ended && stop(State.FAILED)) {
            bridged.completeExceptionally(new LegEndedException(ended.cause(), "nobody took the call to " + to,
                    ended.mailbox()));
        }
    }

    /** An event of {@code from}: hanging up cancels. */
    void fromChanged(Leg leg, LegEvent event) {
        if (event instanceof LegEvent.Ended && stop(State.CANCELLED)) {
            bridged.completeExceptionally(new LegEndedException(EndCause.CANCELLED, "the caller hung up"));
        }
    }

    /** The caller, while it waits for its answer and this still rings, hears the ringing or the early media. */
    private void alerting(SessionDescription earlyMedia) {
        if (ringing() && from.state() != Leg.State.ANSWERED) {
            from.farEndAlerting(earlyMedia);
        }
    }

    private void answered(Leg leg) {
        if (!stop(State.ANSWERED)) {
            if (cancelled()) {
                leg.hangUp(EndCause.NORMAL);
            }
        } else if (from.state() == Leg.State.ENDED) {
            leg.hangUp(EndCause.NORMAL);
            bridged.completeExceptionally(new LegEndedException(EndCause.CANCELLED, "the caller hung up"));
        } else {
            bridge(leg);
        }
    }

    private void bridge(Leg leg) {
        try {
            bridged.complete(bridges.bridge(from, leg, offer));
        } catch (RuntimeException e) {
            leg.hangUp(EndCause.FAILED);
            bridged.completeExceptionally(e);
        }
    }

    /** True when cancelled or taken over (a leg answering then answered too late). */
    private synchronized boolean cancelled() {
        return state.cancels();
    }

    /** Leaves RINGING for {@code next}; false when it rang no more. A cancelling state hangs up the placed leg. */
    private boolean stop(State next) {
        Leg leg;
        synchronized (this) {
            if (state != State.RINGING) {
                return false;
            }
            state = next;
            leg = placed;
        }
        stopped.accept(this);
        if (leg != null && next.cancels()) {
            leg.hangUp(EndCause.CANCELLED);
        }
        return true;
    }

    @Override
    public Leg from() {
        return from;
    }

    @Override
    public LegAddress to() {
        return to;
    }

    @Override
    public CompletionStage<Bridge> bridged() {
        return bridged.minimalCompletionStage();
    }

    @Override
    public synchronized boolean ringing() {
        return state == State.RINGING;
    }

    @Override
    public boolean takeOver(Leg other) {
        Exchange.media(other); // fails before the ringing stops
        if (!stop(State.TAKEN)) {
            return false;
        }
        try {
            bridged.complete(bridges.bridge(from, other, null));
        } catch (RuntimeException e) {
            bridged.completeExceptionally(e);
            throw e;
        }
        return true;
    }

    @Override
    public void cancel() {
        if (stop(State.CANCELLED)) {
            bridged.completeExceptionally(new LegEndedException(EndCause.CANCELLED, "cancelled"));
        }
    }
}
