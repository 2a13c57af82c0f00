package org.branchline.callcore.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegEndedException;
import org.branchline.api.callcontrol.LegEvent;
import org.branchline.api.callcontrol.LegListener;
import org.branchline.api.callcontrol.Party;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.media.sdp.SessionDescription;

/**
 * A leg whose party the test plays. The party always receives on its own description ({@code own}, in the
 * direction an answer to what it was told takes) and records what it was told: every offer, every answer.
 */
final class FakeLeg implements Leg {
    /** The call steps the core told any fake leg, as "KIND party step", in order (cleared by each harness). */
    static final List<String> STEPS = Collections.synchronizedList(new ArrayList<>());
    final String id = UUID.randomUUID().toString();
    final String callId;
    final Party party;
    final SessionDescription own;
    /** What the server offered (originate's offer first, for a leg it placed) and answered, in order. */
    final List<SessionDescription> offered = Collections.synchronizedList(new ArrayList<>());
    final List<SessionDescription> answered = Collections.synchronizedList(new ArrayList<>());
    /** Every hangUp the server called, with its cause. */
    final List<EndCause> hangUps = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger endings = new AtomicInteger();
    private final List<LegListener> listeners = new ArrayList<>();
    private volatile State state;
    private volatile SessionDescription media;
    private volatile SessionDescription told;
    private volatile Negotiator negotiator;
    private EndCause cause;

    /** A leg the party placed: it calls in with {@code own}. */
    FakeLeg(String number, SessionDescription own) {
        this(number, own, UUID.randomUUID().toString(), State.CALLING);
        this.media = own;
    }

    /** A leg the server placed, offering {@code offer}; its party will answer with {@code own}. */
    FakeLeg(String number, SessionDescription own, String callId, SessionDescription offer, LegListener listener) {
        this(number, own, callId, State.CALLING);
        offered.add(offer);
        told = offer;
        listeners.add(listener);
    }

    private FakeLeg(String number, SessionDescription own, String callId, State state) {
        this.party = Party.station(number, null);
        this.own = own;
        this.callId = callId;
        this.state = state;
    }

    /** The call steps told to this leg, as "KIND party step". */
    final List<String> steps = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void told(CallEvent.Kind kind, String party, String step) {
        String told = kind + " " + party + (step == null ? "" : " " + step);
        steps.add(told);
        STEPS.add(told);
    }

    // the party's side

    void ring() {
        state = State.RINGING;
        fire(new LegEvent.Ringing());
    }

    void answerByParty() {
        state = State.ANSWERED;
        media = own;
        fire(new LegEvent.Answered(own));
    }

    void endByParty(EndCause why) {
        end(why, null);
    }

    /** Nobody answered and the route rung ends in the voicemail of {@code mailbox}. */
    void endToVoicemailOf(String mailbox) {
        end(EndCause.VOICEMAIL, mailbox);
    }

    void busy() {
        end(EndCause.BUSY);
    }

    void reject() {
        end(EndCause.REJECTED);
    }

    void hangUpByParty() {
        end(EndCause.NORMAL);
    }

    /** The party offers {@code offer} (hold, resume) and is answered as the negotiator says. */
    SessionDescription partyOffers(SessionDescription offer) {
        media = offer;
        Negotiator n = negotiator;
        return n == null ? told : n.offered(this, offer).toCompletableFuture().join();
    }

    /** Where the party sends its media now: what it was last offered or answered. */
    SessionDescription told() {
        return told;
    }

    Negotiator negotiator() {
        return negotiator;
    }

    // the server's side

    @Override
    public String id() {
        return id;
    }

    @Override
    public String callId() {
        return callId;
    }

    @Override
    public Party party() {
        return party;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public Optional<SessionDescription> media() {
        return Optional.ofNullable(media);
    }

    @Override
    public CompletionStage<SessionDescription> answer(SessionDescription description) {
        if (state == State.ENDED) {
            return CompletableFuture.failedFuture(new LegEndedException(cause, "gone"));
        }
        if (state == State.ANSWERED) {
            return CompletableFuture.failedFuture(new IllegalStateException("answered already"));
        }
        answered.add(description);
        state = State.ANSWERED;
        return CompletableFuture.completedFuture(takes(description));
    }

    @Override
    public CompletionStage<SessionDescription> offer(SessionDescription description) {
        if (state != State.ANSWERED) {
            return CompletableFuture.failedFuture(new IllegalStateException("offer to a leg in state " + state));
        }
        offered.add(description);
        return CompletableFuture.completedFuture(takes(description));
    }

    private SessionDescription takes(SessionDescription description) {
        told = description;
        media = own.withDirection(description.direction().answer());
        return media;
    }

    @Override
    public void listen(LegListener listener) {
        LegEvent.Ended ended;
        synchronized (this) {
            if (state != State.ENDED) {
                listeners.add(listener);
                return;
            }
            ended = new LegEvent.Ended(cause, "ended");
        }
        listener.changed(this, ended);
    }

    @Override
    public void negotiator(Negotiator negotiator) {
        this.negotiator = negotiator;
    }

    @Override
    public void hangUp(EndCause cause) {
        hangUps.add(cause);
        end(cause);
    }

    private void end(EndCause why) {
        end(why, null);
    }

    private void end(EndCause why, String mailbox) {
        synchronized (this) {
            if (state == State.ENDED) {
                return;
            }
            state = State.ENDED;
            cause = why;
        }
        endings.incrementAndGet();
        fire(new LegEvent.Ended(why, "ended", mailbox));
    }

    /** What the far end's alerting told this leg: "ringing", or "early <port>". */
    final List<String> alerts = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void farEndAlerting(SessionDescription earlyMedia) {
        alerts.add(earlyMedia == null ? "ringing" : "early " + Sdp.port(earlyMedia));
    }

    /** The party sends a digit out of band. */
    void sendsDigit(char digit) {
        fire(new LegEvent.Digit(digit));
    }

    /** The digits the core sent the party out of band. */
    final List<Character> digitsSent = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sendDigit(char digit) {
        digitsSent.add(digit);
    }

    private void fire(LegEvent event) {
        List<LegListener> now;
        synchronized (this) {
            now = List.copyOf(listeners);
        }
        now.forEach(l -> l.changed(this, event));
    }

    synchronized EndCause cause() {
        return cause;
    }

    @Override
    public String toString() {
        return "leg " + party.number();
    }
}
