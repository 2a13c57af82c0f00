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
 * A phone's new call as a leg of the core: the core's first offer or answer answers the phone's INVITE, and the
 * phone's dialog becomes the leg's. Until then the phone hears the ringback of whatever the core rings for it.
 */
final class CallerLeg extends PhoneLeg {
    private final NewCall call;

    CallerLeg(CallEngine engine, NewCall call) {
        super(engine, Party.station(call.caller.number(), call.caller.name()));
        this.call = call;
    }

    @Override
    public String callId() {
        return call.callId();
    }

    /** The phone's user and owner too, as routing found them. */
    @Override
    public Caller asCaller() {
        return call.caller;
    }

    @Override
    CallLog log() {
        return call.log;
    }

    @Override
    String station() {
        String userId = call.caller.userId();
        return userId != null ? userId : super.station();
    }

    @Override
    public State state() {
        State s = super.state();
        return s != State.CALLING ? s : call.waitingState();
    }

    @Override
    byte[] offered() {
        return call.phoneDescription();
    }

    /** Answer and offer are one for the caller: the first answers its INVITE. */
    @Override
    public CompletionStage<SessionDescription> answer(SessionDescription media) {
        return offer(media);
    }

    @Override
    public CompletionStage<SessionDescription> offer(SessionDescription media) {
        if (side() != null) {
            return super.offer(media);
        }
        Side answered = call.answer(media.bytes());
        if (answered == null) {
            return gone();
        }
        attach(answered);
        expireUnlessRefreshed(call.sessionInterval());
        return CompletableFuture.completedFuture(media().orElseThrow());
    }

    /** A caller nobody answered yet is answered by whoever it is bridged to. */
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
            call.alerting(earlyMedia == null ? null : earlyMedia.bytes());
        }
    }

    /** A caller the core never answered gets the final answer the cause maps to. */
    @Override
    public void hangUp(EndCause cause) {
        if (side() == null && state() != State.ENDED) {
            call.turnAway(cause, null);
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
