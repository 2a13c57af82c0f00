package org.branchline.sip.internal.call;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.LegEndedException;
import org.branchline.api.callcontrol.Party;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.media.sdp.SessionDescription;
import org.branchline.api.routing.Caller;

/**
 * A phone's call as a leg of the core while it waits (for a call application, or ringing when picked up): the first
 * offer or answer of the core takes the caller from where it waits and the phone's dialog becomes the leg's.
 */
final class CallerLeg extends PhoneLeg {
    private final WaitingCaller waiting;

    CallerLeg(CallEngine engine, WaitingCaller waiting) {
        super(engine, Party.station(waiting.caller().number(), waiting.caller().name()));
        this.waiting = waiting;
    }

    @Override
    public String callId() {
        return waiting.callId();
    }

    /** The phone's user and owner too, as the call's route found them. */
    @Override
    public Caller asCaller() {
        return waiting.caller();
    }

    @Override
    CallLog log() {
        return waiting.log();
    }

    @Override
    String station() {
        String userId = waiting.caller().userId();
        return userId != null ? userId : super.station();
    }

    @Override
    public State state() {
        State s = super.state();
        return s != State.CALLING ? s : waiting.waitingState();
    }

    @Override
    byte[] offered() {
        return waiting.phoneDescription();
    }

    /** Answer and offer are one for the caller: the first takes it out of the application. */
    @Override
    public CompletionStage<SessionDescription> answer(SessionDescription media) {
        return offer(media);
    }

    @Override
    public CompletionStage<SessionDescription> offer(SessionDescription media) {
        if (side() != null) {
            return super.offer(media);
        }
        WaitingCaller.HandOver taken = waiting.handOver(media.bytes());
        if (taken == null) {
            return gone();
        }
        attach(taken.side());
        return taken.answeredNow() ? CompletableFuture.completedFuture(media().orElseThrow()) : super.offer(media);
    }

    /** A caller the application never answered is answered by whoever it is bridged to. */
    @Override
    public void told(CallEvent.Kind kind, String party, String step) {
        if (kind == CallEvent.Kind.BRIDGED && !log().answered()) {
            log().answered(party);
        }
        super.told(kind, party, step);
    }

    @Override
    public void farEndAlerting(SessionDescription earlyMedia) {
        if (side() == null) {
            waiting.alerting(earlyMedia == null ? null : earlyMedia.bytes());
        }
    }

    /** A caller the core never answered is turned away where it waits. */
    @Override
    public void hangUp(EndCause cause) {
        if (side() == null && state() != State.ENDED) {
            waiting.turnAway(cause, "hung up by the call core (" + cause + ")");
        }
        super.hangUp(cause);
    }

    @Override
    void over(EndCause cause) {
        log().end(cause == EndCause.NORMAL ? CallDisposition.ANSWERED : CallDisposition.FAILED);
    }

    private CompletionStage<SessionDescription> gone() {
        end(EndCause.CANCELLED, "the caller hung up");
        return CompletableFuture.failedFuture(new LegEndedException(EndCause.CANCELLED, "the caller hung up"));
    }
}
