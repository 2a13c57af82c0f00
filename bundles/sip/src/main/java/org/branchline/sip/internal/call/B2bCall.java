package org.branchline.sip.internal.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.RingAttempt;
import org.branchline.api.routing.RingPlan;
import org.branchline.api.routing.RingTarget;
import org.branchline.sip.internal.registrar.Binding;

/**
 * One call through the B2BUA: the caller's INVITE, the route it follows (connection attempts whose destinations
 * ring in parallel, On-Busy, Finally) and, once answered, the two dialogs it joins.
 */
final class B2bCall {
    private static final Logger LOG = Logger.getLogger(B2bCall.class.getName());
    private static final int MAX_TRANSFERS = 5;

    enum State { ROUTING, ANSWERED, ENDED }

    private final CallEngine engine;
    final ServerTransaction callerTx;
    final Request callerInvite;
    final Dialog callerDialog;
    final Caller caller;
    final String dialed;
    private final String toTag = org.branchline.sip.internal.SipContext.newTag();
    private final Instant started = Instant.now();
    private final List<Leg> legs = new ArrayList<>();
    private final List<ScheduledFuture<?>> ringTimers = new ArrayList<>();
    private State state = State.ROUTING;
    private Dialed.Ring ring;
    private RingPlan plan;
    private boolean onBusyPlan;
    private int attempt;
    private int transfers;
    private boolean ringbackSent;
    private boolean lastAttemptBusy;
    private Leg answered;
    private Instant answeredAt;
    private String route = "";
    private boolean reinviting;

    B2bCall(CallEngine engine, ServerTransaction callerTx, Dialog callerDialog, Caller caller, String dialed) {
        this.engine = engine;
        this.callerTx = callerTx;
        this.callerInvite = callerTx.getRequest();
        this.callerDialog = callerDialog;
        this.caller = caller;
        this.dialed = dialed;
        callerDialog.setApplicationData(new DialogSide(this, null));
    }

    synchronized State state() {
        return state;
    }

    synchronized String ringingExtension() {
        return state == State.ROUTING && ring != null ? ring.extension() : null;
    }

    synchronized Leg answeredLeg() {
        return answered;
    }

    synchronized void start(Dialed.Ring ring) {
        this.ring = ring;
        this.plan = ring.primary();
        this.onBusyPlan = false;
        this.attempt = 0;
        legs.removeIf(l -> l.done);
        route = ring.route();
        runAttempts();
    }

    /** Starts the current attempt, skipping attempts that ring nothing, and ends with Finally. */
    private void runAttempts() {
        while (state == State.ROUTING) {
            if (attempt >= plan.attempts().size()) {
                finish(plan.finalAction());
                return;
            }
            if (startAttempt(plan.attempts().get(attempt))) {
                return;
            }
            attempt++;
        }
    }

    private boolean startAttempt(RingAttempt ringAttempt) {
        boolean started = false;
        for (RingTarget target : ringAttempt.targets()) {
            boolean any = false;
            for (Binding binding : engine.location().contacts(target.userId())) {
                any |= startLeg(target, binding);
            }
            if (any) {
                int thisAttempt = attempt;
                ringTimers.add(engine.timers().schedule(() -> ringTimeout(target.userId(), thisAttempt),
                        target.ringSeconds(), TimeUnit.SECONDS));
                started = true;
            }
        }
        return started;
    }

    private boolean startLeg(RingTarget target, Binding binding) {
        try {
            Request invite = engine.messages().invite(binding, target.userId(), caller.number(), caller.name(),
                    callerInvite.getRawContent());
            ClientTransaction ct = engine.sip().provider().getNewClientTransaction(invite);
            Dialog dialog = engine.sip().provider().getNewDialog(ct);
            Leg leg = new Leg(target.userId(), attempt, ct, dialog);
            ct.setApplicationData(leg);
            dialog.setApplicationData(new DialogSide(this, leg));
            legs.add(leg);
            engine.legStarted(leg, this);
            ct.sendRequest();
            return true;
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not ring " + binding.contact(), e);
            return false;
        }
    }

    synchronized void legResponse(Leg leg, Response response) {
        int status = response.getStatusCode();
        if (status < 200) {
            if (status > 100 && state == State.ROUTING && !leg.done) {
                ringback();
            }
        } else if (status < 300) {
            legAnswered(leg, response);
        } else {
            leg.done = true;
            leg.finalStatus = status;
            attemptMaybeOver();
        }
    }

    private void ringback() {
        if (!ringbackSent) {
            ringbackSent = true;
            respondToCaller(Response.RINGING, null);
        }
    }

    private void legAnswered(Leg leg, Response response) {
        engine.ack(leg.dialog, response);
        if (state != State.ROUTING || leg.done) {
            engine.bye(leg.dialog);
            return;
        }
        leg.done = true;
        leg.finalStatus = response.getStatusCode();
        answered = leg;
        answeredAt = Instant.now();
        state = State.ANSWERED;
        route = route + ": attempt " + (leg.attempt + 1) + (onBusyPlan ? " (on busy)" : "");
        stopRinging(leg);
        respondToCaller(Response.OK, response);
    }

    private void ringTimeout(String userId, int ringAttempt) {
        synchronized (this) {
            if (state != State.ROUTING || ringAttempt != attempt) {
                return;
            }
            for (Leg leg : legs) {
                if (!leg.done && leg.userId.equals(userId) && leg.attempt == ringAttempt) {
                    leg.done = true;
                    leg.finalStatus = Response.REQUEST_TIMEOUT;
                    engine.cancel(leg);
                }
            }
            attemptMaybeOver();
        }
    }

    private void attemptMaybeOver() {
        if (state != State.ROUTING) {
            return;
        }
        List<Leg> current = legs.stream().filter(l -> l.attempt == attempt).toList();
        if (current.stream().anyMatch(l -> !l.done)) {
            return;
        }
        boolean allBusy = !current.isEmpty() && current.stream().allMatch(Leg::busy);
        lastAttemptBusy = allBusy;
        cancelRingTimers();
        if (allBusy && ring.onBusy() != null && !onBusyPlan) {
            plan = ring.onBusy();
            onBusyPlan = true;
            attempt = 0;
            legs.removeIf(l -> l.done);
        } else {
            attempt++;
        }
        runAttempts();
    }

    private void finish(FinalAction action) {
        switch (action.kind()) {
            case TRANSFER -> transferTo(action.extension());
            case VOICEMAIL -> {
                route = route + ": Finally voicemail " + action.extension();
                engine.application(this, "voicemail", action.extension());
            }
            default -> {
                route = route + ": Finally hang up";
                reject(lastAttemptBusy ? Response.BUSY_HERE : Response.TEMPORARILY_UNAVAILABLE,
                        lastAttemptBusy ? CallDisposition.BUSY : CallDisposition.NO_ANSWER);
            }
        }
    }

    private void transferTo(String extension) {
        route = route + ": Finally transfer " + extension;
        if (++transfers > MAX_TRANSFERS) {
            reject(Response.LOOP_DETECTED, CallDisposition.FAILED);
            return;
        }
        Dialed next = engine.router().map(r -> r.transfer(caller, extension))
                .orElse(new Dialed.Unknown("routing is not installed"));
        if (next instanceof Dialed.Ring r) {
            String before = route;
            start(r);
            route = before + " -> " + route;
        } else if (next instanceof Dialed.Application a) {
            engine.application(this, a.name(), a.extension());
        } else {
            reject(Response.NOT_FOUND, CallDisposition.FAILED);
        }
    }

    /** Ends an unanswered call with a final error to the caller. */
    synchronized void reject(int status, CallDisposition disposition) {
        reject(status, disposition, null);
    }

    /** As above; {@code reason} becomes the reason phrase and part of the CDR's route. */
    synchronized void reject(int status, CallDisposition disposition, String reason) {
        if (state != State.ROUTING) {
            return;
        }
        stopRinging(null);
        if (reason != null) {
            route = route.isEmpty() ? reason : route + ": " + reason;
        }
        respondToCaller(status, null, reason);
        end(disposition);
    }

    synchronized void cancelledByCaller() {
        if (state != State.ROUTING) {
            return;
        }
        stopRinging(null);
        respondToCaller(Response.REQUEST_TERMINATED, null);
        end(CallDisposition.CANCELLED);
    }

    /** A BYE arrived from one side of an answered call: pass it on and end the call. */
    synchronized void hungUp(DialogSide from) {
        if (state != State.ANSWERED) {
            return;
        }
        engine.bye(from.caller() ? answered.dialog : callerDialog);
        end(CallDisposition.ANSWERED);
    }

    /** False while another re-INVITE of this call waits for its answer (the caller then gets 491). */
    synchronized boolean beginReinvite() {
        if (reinviting) {
            return false;
        }
        reinviting = true;
        return true;
    }

    synchronized void endReinvite() {
        reinviting = false;
    }

    synchronized DialogSide other(DialogSide side) {
        if (answered == null) {
            return null;
        }
        return side.caller() ? new DialogSide(this, answered) : new DialogSide(this, null);
    }

    private void stopRinging(Leg keep) {
        cancelRingTimers();
        for (Leg leg : legs) {
            if (leg != keep && !leg.done) {
                leg.done = true;
                engine.cancel(leg);
            }
        }
    }

    private void cancelRingTimers() {
        ringTimers.forEach(t -> t.cancel(false));
        ringTimers.clear();
    }

    private void respondToCaller(int status, Response from) {
        respondToCaller(status, from, null);
    }

    private void respondToCaller(int status, Response from, String reason) {
        try {
            Response r = engine.sip().messages().createResponse(status, callerInvite);
            if (reason != null) {
                r.setReasonPhrase(reason);
            }
            ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(toTag);
            if (status < 300) {
                r.addHeader(engine.messages().contact(engine.transportOf(callerInvite)));
            }
            if (from != null) {
                Messages.copyBody(from, r);
            }
            callerTx.sendResponse(r);
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not answer " + status + " to the caller", e);
        }
    }

    private void end(CallDisposition disposition) {
        state = State.ENDED;
        engine.ended(this);
        engine.record(new CallRecord(0, callerInvite.getHeader("Call-ID") == null ? ""
                : ((javax.sip.header.CallIdHeader) callerInvite.getHeader("Call-ID")).getCallId(),
                started, answeredAt, Instant.now(), caller.number(), dialed,
                answered == null ? null : answered.userId, disposition, route));
    }

    static long cseq(Response response) {
        return ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
    }

}
