package org.branchline.sip.internal.call;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegEndedException;
import org.branchline.api.callcontrol.LegEvent;
import org.branchline.api.callcontrol.LegListener;
import org.branchline.api.callcontrol.Party;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.media.sdp.SessionDescription;
import org.branchline.api.routing.Caller;
import org.branchline.sip.internal.relay.RelaySession;

/**
 * A phone's dialog as a {@link Leg} of the call core. Once answered, the phone's {@link Side} is the leg's: the
 * phone's BYE ends the leg, its re-INVITEs go to the leg's negotiator, and offers of the core re-INVITE it. A phone
 * anchored at the relay is seen by the core at the relay's other end.
 */
abstract class PhoneLeg implements Leg {
    private static final AtomicLong IDS = new AtomicLong();
    protected final CallEngine engine;
    private final String id = "sip-" + IDS.incrementAndGet();
    private final Party party;
    private final List<LegListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Negotiator negotiator;
    private volatile State state = State.CALLING;
    private volatile Side side;
    private volatile Caller caller;
    private LegEvent.Ended ended;
    private volatile long lastRefresh;
    private volatile boolean transferred;
    static final long TRANSFEROR_GRACE_MS = 1000;

    PhoneLeg(CallEngine engine, Party party) {
        this.engine = engine;
        this.party = party;
    }

    /** The call's story, told by the leg as it goes. */
    abstract CallLog log();

    /** The leg's part of the call is over (the call's end, for the leg that placed the call). */
    abstract void over(EndCause cause);

    @Override
    public String id() {
        return id;
    }

    @Override
    public Party party() {
        return party;
    }

    @Override
    public State state() {
        return state;
    }

    /** The phone as routing knows it (its user and owner) once it is answered, found once; before, its party. */
    @Override
    public Caller asCaller() {
        Side s = side;
        if (s == null) {
            return Leg.super.asCaller();
        }
        Caller known = caller;
        if (known == null) {
            known = engine.callerOf(s);
            caller = known;
        }
        return known;
    }

    Side side() {
        return side;
    }

    /** The phone's station (the call appearance's user id) as call records name who answered. */
    String station() {
        Side s = side;
        return s != null && s.userId != null ? s.userId : party.number();
    }

    @Override
    public Optional<SessionDescription> media() {
        Side s = side;
        byte[] sdp = s == null ? offered() : seenFromCore(s, s.sdp);
        return SessionDescription.read(sdp);
    }

    /** The phone's description before it answered (its INVITE's offer), or null. */
    byte[] offered() {
        return null;
    }

    /** The phone's own description as the core sees it: at the relay's far end when the phone is anchored. */
    private static byte[] seenFromCore(Side s, byte[] sdp) {
        RelaySession.End end = s.anchor;
        return end == null ? sdp : end.opposite().show(sdp);
    }

    /** Where the core's media goes, learned by the relay's far end when the phone is anchored. */
    private static void learnFarEnd(Side s, byte[] media) {
        RelaySession.End end = s.anchor;
        if (end != null) {
            end.opposite().learn(media);
        }
    }

    @Override
    public CompletionStage<SessionDescription> offer(SessionDescription media) {
        Side s = side;
        if (s == null || state == State.ENDED) {
            return CompletableFuture.failedFuture(new LegEndedException(EndCause.FAILED, id + " is not answered"));
        }
        learnFarEnd(s, media.bytes());
        return engine.reoffer(s, media.bytes()).thenApply(answer -> SessionDescription.parse(seenFromCore(s, answer)));
    }

    @Override
    public void listen(LegListener listener) {
        LegEvent.Ended over;
        synchronized (this) {
            over = ended;
            if (over == null) {
                listeners.add(listener);
            }
        }
        if (over != null) {
            listener.changed(this, over);
        }
    }

    @Override
    public void told(CallEvent.Kind kind, String party, String step) {
        switch (kind) {
            case ANSWERED -> log().answered(party, step);
            case BRIDGED -> log().bridged(party);
            case TRANSFERRED -> log().transferred(party);
            case PARKED -> log().parked(party);
            default -> log().route(step);
        }
    }

    @Override
    public void negotiator(Negotiator negotiator) {
        this.negotiator = negotiator;
    }

    /** The phone answered (or was answered): its side is the leg's from now on. */
    void attach(Side answered) {
        side = answered;
        answered.leg = this;
        state = State.ANSWERED;
        engine.remember(answered);
    }

    void ringing() {
        if (state == State.CALLING) {
            state = State.RINGING;
            publish(new LegEvent.Ringing());
        }
    }

    void publish(LegEvent event) {
        for (LegListener l : listeners) {
            l.changed(this, event);
        }
    }

    /** Ends the leg once: listeners hear {@link LegEvent.Ended}; false when it had ended already. */
    boolean end(EndCause cause, String reason) {
        return end(cause, reason, null);
    }

    /** {@link #end(EndCause, String)}, naming the extension whose voicemail takes the caller (VOICEMAIL). */
    boolean end(EndCause cause, String reason, String mailbox) {
        LegEvent.Ended event;
        synchronized (this) {
            if (ended != null) {
                return false;
            }
            ended = new LegEvent.Ended(cause, reason, mailbox);
            event = ended;
            state = State.ENDED;
        }
        Side s = side;
        if (s != null) {
            s.leg = null;
            engine.forgetSide(s);
            log().left(s.userId);
            s.release();
        }
        over(cause);
        publish(event);
        return true;
    }

    @Override
    public void hangUp(EndCause cause) {
        Side s = side;
        if (!end(cause, "hung up by the server") || s == null) {
            return;
        }
        if (transferred) {
            engine.timers().schedule(() -> byeUnlessGone(s.dialog), TRANSFEROR_GRACE_MS, TimeUnit.MILLISECONDS);
        } else {
            engine.bye(s.dialog);
        }
    }

    /**
     * The phone asked for a transfer the core is carrying out: once it heard the outcome, the phone hangs up itself
     * (RFC 5589 §6); the server's BYE follows only if it did not within {@link #TRANSFEROR_GRACE_MS}.
     */
    void transferring() {
        transferred = true;
    }

    private void byeUnlessGone(Dialog dialog) {
        if (dialog.getState() != DialogState.TERMINATED) {
            engine.bye(dialog);
        }
    }

    /** Sends the digit to the phone as SIP INFO (application/dtmf-relay). */
    @Override
    public void sendDigit(char digit) {
        Side s = side;
        if (s != null && state == State.ANSWERED) {
            engine.info(s.dialog, digit);
        }
    }

    /**
     * Session timer (RFC 4028, the phone refreshes): the leg is hung up when the phone sent no re-INVITE or UPDATE
     * within {@code seconds} (0: never).
     */
    void expireUnlessRefreshed(int seconds) {
        if (seconds > 0) {
            refreshed();
            long period = Math.max(1, seconds / 3);
            ScheduledFuture<?>[] check = new ScheduledFuture<?>[1];
            check[0] = engine.timers().scheduleAtFixedRate(() -> {
                if (state == State.ENDED) {
                    check[0].cancel(false);
                } else if (System.currentTimeMillis() - lastRefresh > seconds * 1000L) {
                    check[0].cancel(false);
                    log().route("session timer expired");
                    hangUp(EndCause.NORMAL);
                }
            }, period, period, TimeUnit.SECONDS);
        }
    }

    /** The phone refreshed its session (a re-INVITE or an UPDATE). */
    void refreshed() {
        lastRefresh = System.currentTimeMillis();
    }

    /** The phone sent BYE. */
    void phoneHungUp() {
        end(EndCause.NORMAL, "the phone hung up");
    }

    /** The phone offers new media (hold, resume): the negotiator answers, else the phone keeps what it has. */
    void phoneOffered(ServerTransaction st, Side s) throws Exception {
        Request request = st.getRequest();
        Optional<SessionDescription> offer = SessionDescription.read(request.getRawContent());
        Negotiator n = negotiator;
        if (offer.isEmpty() || n == null) {
            engine.answerAlone(st, s, Request.INVITE.equals(request.getMethod()));
            return;
        }
        s.own(request.getRawContent());
        boolean held = offer.get().holds();
        n.offered(this, SessionDescription.parse(seenFromCore(s, s.sdp))).whenComplete((answer, failure) -> {
            if (failure != null) {
                engine.refuse(st, Response.NOT_ACCEPTABLE_HERE);
            } else {
                learnFarEnd(s, answer.bytes());
                engine.answerOffer(st, s, answer.bytes());
                publish(new LegEvent.Held(held));
            }
        });
    }
}
