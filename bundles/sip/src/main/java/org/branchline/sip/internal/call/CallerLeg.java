package org.branchline.sip.internal.call;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.LegEndedException;
import org.branchline.api.callcontrol.Party;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * The caller of a call application as a leg: the first offer or answer of the core takes the caller out of the
 * application (its media session closes) and the phone's dialog becomes the leg's.
 */
final class CallerLeg extends PhoneLeg {
    private final AppCall application;

    CallerLeg(CallEngine engine, AppCall application) {
        super(engine, Party.station(application.caller().number(), application.caller().name()));
        this.application = application;
    }

    @Override
    public String callId() {
        return application.callId();
    }

    @Override
    CallLog log() {
        return application.log();
    }

    @Override
    public State state() {
        State s = super.state();
        if (s != State.CALLING) {
            return s;
        }
        return !application.active() ? State.ENDED : application.answered() ? State.ANSWERED : s;
    }

    @Override
    byte[] offered() {
        return application.phoneDescription();
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
        AppCall.HandOver taken = application.handOver(media.bytes());
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
    void over(EndCause cause) {
        log().end(cause == EndCause.NORMAL ? CallDisposition.ANSWERED : CallDisposition.FAILED);
    }

    private CompletionStage<SessionDescription> gone() {
        end(EndCause.CANCELLED, "the caller hung up");
        return CompletableFuture.failedFuture(new LegEndedException(EndCause.CANCELLED, "the caller hung up"));
    }
}
