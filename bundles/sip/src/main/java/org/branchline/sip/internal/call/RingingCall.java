package org.branchline.sip.internal.call;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.Connection;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.callcontrol.LegEndedException;
import org.branchline.api.calls.CallDisposition;

/**
 * A phone's call the SIP core rings at an extension itself, offered to the call core for pickup: another leg may
 * take it over; the ringing then stops and the core answers the caller and bridges it to that leg.
 */
final class RingingCall implements Connection {
    private final CallEngine engine;
    private final NewCall call;
    private final LegAddress to;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CompletableFuture<Bridge> bridged = new CompletableFuture<>();

    RingingCall(CallEngine engine, NewCall call, LegAddress to) {
        this.engine = engine;
        this.call = call;
        this.to = to;
    }

    @Override
    public Leg from() {
        return call.leg();
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
    public boolean ringing() {
        return !taken.get() && to.target().equals(call.ringingAt());
    }

    @Override
    public boolean takeOver(Leg other) {
        Optional<CallControl> core = engine.callControl();
        if (core.isEmpty() || !taken.compareAndSet(false, true)) {
            return false;
        }
        if (!call.takeOver()) {
            bridged.completeExceptionally(new LegEndedException(EndCause.NORMAL, "it no longer rings"));
            return false;
        }
        String by = other instanceof PhoneLeg phone ? phone.station() : other.party().number();
        call.log.answered(by, "picked up by " + by);
        try {
            bridged.complete(core.get().bridge(call.leg(), other));
        } catch (RuntimeException e) {
            call.failed(Response.TEMPORARILY_UNAVAILABLE, "the pickup failed: " + e.getMessage(),
                    CallDisposition.FAILED);
            call.leg().hangUp(EndCause.FAILED);
            bridged.completeExceptionally(e);
            throw e;
        }
        return true;
    }

    /** The SIP core has nowhere to leave a caller whose ringing someone else stops: it is turned away (480). */
    @Override
    public void cancel() {
        if (call.takeOver()) {
            call.failed(Response.TEMPORARILY_UNAVAILABLE, "cancelled by the call core", CallDisposition.FAILED);
        }
    }

    /** The call was answered, or ended, without being taken over. */
    void over(String why) {
        if (!taken.get()) {
            bridged.completeExceptionally(new LegEndedException(EndCause.NORMAL, why));
        }
    }
}
