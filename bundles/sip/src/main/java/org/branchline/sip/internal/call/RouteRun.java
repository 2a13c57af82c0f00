package org.branchline.sip.internal.call;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.header.RSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.RingAttempt;
import org.branchline.api.routing.RingPlan;
import org.branchline.api.routing.RingTarget;
import org.branchline.sip.internal.registrar.Binding;
import org.branchline.sip.internal.relay.RelaySession;

/**
 * Runs a call route (admin guide §18.1): connection attempts in order, the destinations of one attempt ringing
 * in parallel (every registered contact of each call appearance), each for its number of rings; when every
 * destination of an attempt is busy, the On-Busy route if there is one; after the last attempt, Finally.
 */
final class RouteRun {
    private static final Logger LOG = Logger.getLogger(RouteRun.class.getName());
    private static final int MAX_TRANSFERS = 5;

    private final CallEngine engine;
    private final Caller caller;
    private final byte[] offer;
    private final boolean relayWanted;
    private final CallLog log;
    private final RouteOutcome outcome;
    private final List<Leg> legs = new ArrayList<>();
    private final List<ScheduledFuture<?>> ringTimers = new ArrayList<>();
    private Dialed.Ring ring;
    private RingPlan plan;
    private boolean onBusyPlan;
    private int attempt;
    private int transfers;
    private boolean ringing;
    private boolean over;
    private boolean lastAttemptBusy;
    private boolean autoAnswer;

    RouteRun(CallEngine engine, Caller caller, byte[] offer, boolean relayWanted, CallLog log,
            RouteOutcome outcome) {
        this.engine = engine;
        this.relayWanted = relayWanted;
        this.caller = caller;
        this.offer = offer;
        this.log = log;
        this.outcome = outcome;
    }

    /** Asks the phones to answer by themselves (intercom, paging). */
    synchronized void autoAnswer() {
        autoAnswer = true;
    }

    synchronized void start(Dialed.Ring ring) {
        this.ring = ring;
        this.plan = ring.primary();
        this.onBusyPlan = false;
        this.attempt = 0;
        legs.removeIf(l -> l.done);
        log.route(ring.route());
        runAttempts();
    }

    private void runAttempts() {
        while (!over) {
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
            RelaySession relay = engine.relayFor(relayWanted || binding.behindNat()).orElse(null);
            byte[] shown = offer;
            if (relay != null) {
                relay.caller().learn(offer);
                shown = relay.callee().show(offer);
            }
            Request invite = engine.messages().invite(binding, target.userId(), caller.number(), caller.name(),
                    shown);
            if (autoAnswer) {
                engine.messages().autoAnswer(invite);
            }
            ClientTransaction ct = engine.sip().provider().getNewClientTransaction(invite);
            Dialog dialog = engine.sip().provider().getNewDialog(ct);
            Leg leg = new Leg(this, target.userId(), attempt, ct, dialog, relay);
            ct.setApplicationData(leg);
            legs.add(leg);
            ct.sendRequest();
            log.ringing(leg.userId);
            return true;
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not ring " + binding.contact(), e);
            return false;
        }
    }

    synchronized void response(Leg leg, Response response) {
        int status = response.getStatusCode();
        if (status < 200) {
            if (response.getHeader(RSeqHeader.NAME) != null) {
                engine.prack(leg.dialog, response);
            }
            if (status > 100 && !over && !leg.done && !ringing) {
                ringing = true;
                outcome.ringing(response);
            }
        } else if (status < 300) {
            answered(leg, response);
        } else if (!leg.done) {
            endLeg(leg, status);
            attemptMaybeOver();
        }
    }

    private void answered(Leg leg, Response response) {
        engine.ack(leg.dialog, response);
        if (over || leg.done) {
            engine.bye(leg.dialog);
            closeRelay(leg);
            return;
        }
        leg.done = true;
        over = true;
        stopRinging(leg);
        log.answered(leg.userId, "attempt " + (leg.attempt + 1) + (onBusyPlan ? " of On Busy" : ""));
        Side callee = new Side(leg.dialog, leg.userId, response.getRawContent(), engine.sip().host());
        callee.anchor(leg.relay == null ? null : leg.relay.callee());
        outcome.answered(callee, response);
    }

    private void ringTimeout(String userId, int ringAttempt) {
        synchronized (this) {
            if (over || ringAttempt != attempt) {
                return;
            }
            for (Leg leg : legs) {
                if (!leg.done && leg.userId.equals(userId) && leg.attempt == ringAttempt) {
                    endLeg(leg, Response.REQUEST_TIMEOUT);
                    engine.cancel(leg);
                }
            }
            attemptMaybeOver();
        }
    }

    private void attemptMaybeOver() {
        if (over) {
            return;
        }
        List<Leg> current = legs.stream().filter(l -> l.attempt == attempt).toList();
        if (current.stream().anyMatch(l -> !l.done)) {
            return;
        }
        lastAttemptBusy = !current.isEmpty() && current.stream().allMatch(Leg::busy);
        cancelRingTimers();
        if (lastAttemptBusy && ring.onBusy() != null && !onBusyPlan) {
            plan = ring.onBusy();
            onBusyPlan = true;
            attempt = 0;
            legs.clear();
            log.route("busy, On Busy route");
        } else {
            attempt++;
        }
        runAttempts();
    }

    private void finish(FinalAction action) {
        switch (action.kind()) {
            case TRANSFER -> transferTo(action.extension());
            case VOICEMAIL -> {
                log.route("Finally voicemail " + action.extension());
                toVoicemail(action.extension());
            }
            default -> {
                log.route("Finally hang up");
                fail(lastAttemptBusy ? Response.BUSY_HERE : Response.TEMPORARILY_UNAVAILABLE, null,
                        lastAttemptBusy ? CallDisposition.BUSY : CallDisposition.NO_ANSWER);
            }
        }
    }

    private void transferTo(String extension) {
        log.route("Finally transfer " + extension);
        if (++transfers > MAX_TRANSFERS) {
            fail(Response.LOOP_DETECTED, "too many transfers", CallDisposition.FAILED);
            return;
        }
        Dialed next = engine.router().map(r -> r.transfer(caller, extension))
                .orElse(new Dialed.Unknown("routing is not installed"));
        if (next instanceof Dialed.Ring r) {
            start(r);
        } else {
            fail(Response.NOT_FOUND, "no route to " + extension, CallDisposition.FAILED);
        }
    }

    /** Ends the route without an answer (also when the caller gave up). */
    synchronized void fail(int status, String reason, CallDisposition disposition) {
        if (over) {
            return;
        }
        over = true;
        stopRinging(null);
        outcome.failed(status, reason, disposition);
    }

    /** The Finally action is voicemail: whoever waits for the route takes the caller there. */
    private void toVoicemail(String extension) {
        over = true;
        stopRinging(null);
        outcome.toVoicemail(extension);
    }

    private void stopRinging(Leg keep) {
        cancelRingTimers();
        for (Leg leg : legs) {
            if (leg != keep && !leg.done) {
                endLeg(leg, Response.REQUEST_TERMINATED);
                engine.cancel(leg);
            }
        }
    }

    private void endLeg(Leg leg, int status) {
        leg.done = true;
        leg.finalStatus = status;
        closeRelay(leg);
        log.stoppedRinging(leg.userId);
    }

    private static void closeRelay(Leg leg) {
        if (leg.relay != null) {
            leg.relay.close();
        }
    }

    private void cancelRingTimers() {
        ringTimers.forEach(t -> t.cancel(false));
        ringTimers.clear();
    }
}
