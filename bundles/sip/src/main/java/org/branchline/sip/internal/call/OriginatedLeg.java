package org.branchline.sip.internal.call;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.LegEvent;
import org.branchline.api.callcontrol.Party;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.media.sdp.SessionDescription;

/** A leg the core placed to phones: a route ringing them (a station's phones, or an extension's call route). */
final class OriginatedLeg extends PhoneLeg implements RouteOutcome {
    private final String callId;
    private final CallLog log;
    private final boolean ownsCall;
    private RouteRun run;
    private ScheduledFuture<?> ringTimeout;
    private volatile EndCause cancelledAs = EndCause.CANCELLED;

    OriginatedLeg(CallEngine engine, Party party, String callId, CallLog log, boolean ownsCall) {
        super(engine, party);
        this.callId = callId;
        this.log = log;
        this.ownsCall = ownsCall;
    }

    synchronized void ringing(RouteRun run, ScheduledFuture<?> ringTimeout) {
        this.run = run;
        this.ringTimeout = ringTimeout;
    }

    /** The station that answered, once one did; until then the address rung. */
    @Override
    public Party party() {
        Side answered = side();
        return answered == null ? super.party() : Party.station(answered.userId, null);
    }

    @Override
    public String callId() {
        return callId;
    }

    @Override
    CallLog log() {
        return log;
    }

    @Override
    public CompletionStage<SessionDescription> answer(SessionDescription media) {
        return CompletableFuture.failedFuture(new IllegalStateException("the server placed " + id()));
    }

    @Override
    public void ringing(Response provisional) {
        ringing();
        byte[] early = provisional.getRawContent();
        if (early != null && early.length > 0) {
            SessionDescription.read(early).ifPresent(d -> publish(new LegEvent.EarlyMedia(d)));
        }
    }

    @Override
    public void answered(Side callee, Response answer) {
        stopTimer();
        if (state() == State.ENDED) {
            engine.bye(callee.dialog);
            callee.release();
            return;
        }
        attach(callee);
        publish(new LegEvent.Answered(media().orElseThrow()));
    }

    @Override
    public void failed(int status, String reason, CallDisposition disposition) {
        stopTimer();
        end(status == Response.REQUEST_TERMINATED ? cancelledAs : causeOf(status), reason);
    }

    static EndCause causeOf(int status) {
        return switch (status) {
            case Response.BUSY_HERE, Response.BUSY_EVERYWHERE -> EndCause.BUSY;
            case Response.TEMPORARILY_UNAVAILABLE, Response.REQUEST_TIMEOUT -> EndCause.NO_ANSWER;
            case Response.DECLINE, Response.NOT_FOUND, Response.FORBIDDEN -> EndCause.REJECTED;
            default -> EndCause.FAILED;
        };
    }

    /** The core that placed the leg takes its caller to voicemail. */
    @Override
    public void toVoicemail(String extension) {
        stopTimer();
        end(EndCause.VOICEMAIL, "Finally voicemail " + extension, extension);
    }

    @Override
    public void hangUp(EndCause cause) {
        RouteRun ringingRun;
        synchronized (this) {
            ringingRun = side() == null ? run : null;
        }
        if (ringingRun != null) {
            cancelledAs = cause;
            ringingRun.fail(Response.REQUEST_TERMINATED, null, CallDisposition.CANCELLED);
        }
        super.hangUp(cause);
    }

    @Override
    void over(EndCause cause) {
        stopTimer();
        if (ownsCall) {
            log.end(switch (cause) {
                case NORMAL -> CallDisposition.ANSWERED;
                case BUSY -> CallDisposition.BUSY;
                case NO_ANSWER -> CallDisposition.NO_ANSWER;
                case CANCELLED -> CallDisposition.CANCELLED;
                default -> CallDisposition.FAILED;
            });
        }
    }

    private synchronized void stopTimer() {
        if (ringTimeout != null) {
            ringTimeout.cancel(false);
        }
    }
}
