package org.branchline.sip.internal.call;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;
import org.branchline.sip.internal.SipContext;
import org.branchline.sip.internal.handset.AppearanceRecord;
import org.branchline.sip.internal.handset.Appearances;
import org.branchline.sip.internal.registrar.Authenticator;
import org.branchline.sip.internal.registrar.Location;
import org.branchline.sip.internal.registrar.Source;
import org.branchline.sip.internal.relay.RelaySession;

/**
 * Phones' calls: a new INVITE from a phone runs the dialed number through routing; a phone feature is carried out
 * here, a call route or a call application is the call core's, with the phone as a {@link CallerLeg}. Requests
 * inside calls go to {@link InDialog}.
 */
public final class CallEngine {
    private static final Logger LOG = Logger.getLogger(CallEngine.class.getName());
    private final SipContext sip;
    private final Messages messages;
    private final ScheduledExecutorService timers;
    private final Location location;
    private final Authenticator authenticator;
    private final MediaPolicy media;
    private final Supplier<Appearances> appearances;
    private final Supplier<CallRouter> router;
    private final CallEvents events;
    private final Map<String, NewCall> waiting = new ConcurrentHashMap<>();
    private final Map<String, Side> sides = new ConcurrentHashMap<>();
    private final InDialog inDialog;
    private final Supplier<CallControl> callControl;

    /** A re-INVITE the server sends itself to tell a phone where the media went. */
    private record Reoffer(Side side, CompletableFuture<byte[]> answered) {
    }

    public CallEngine(SipContext sip, ScheduledExecutorService timers, Location location,
            Authenticator authenticator, MediaPolicy media, Supplier<Appearances> appearances, CallEvents events,
            CallServices services) {
        this.callControl = services.core();
        this.media = media;
        this.sip = sip;
        this.messages = new Messages(sip);
        this.timers = timers;
        this.location = location;
        this.authenticator = authenticator;
        this.appearances = appearances;
        this.router = services.router();
        this.events = events;
        this.inDialog = new InDialog(this);
    }

    public void request(RequestEvent event, Source source) throws Exception {
        Request request = event.getRequest();
        String method = request.getMethod();
        if (Request.CANCEL.equals(method)) {
            cancel(event);
        } else if (event.getDialog() != null || Request.ACK.equals(method)) {
            inDialog.request(event);
        } else if (Request.INVITE.equals(method) && ((ToHeader) request.getHeader(ToHeader.NAME)).getTag() == null) {
            invite(event, source);
        } else {
            sip.sendStateless(sip.response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
        }
    }

    private void invite(RequestEvent event, Source source) throws Exception {
        Request request = event.getRequest();
        Optional<AppearanceRecord> from = caller(request, source);
        if (from.isEmpty()) {
            return;
        }
        ServerTransaction st = sip.serverTransaction(event);
        if (st == null) {
            return;
        }
        st.sendResponse(sip.messages().createResponse(Response.TRYING, request));
        if (SessionTimer.tooSmall(request)) {
            st.sendResponse(SessionTimer.intervalTooSmall(request, sip));
            return;
        }
        CallRouter r = router.get();
        if (r == null) {
            st.sendResponse(sip.response(Response.SERVICE_UNAVAILABLE, request));
            return;
        }
        Caller caller = callerOf(from.get(), displayName(request), r);
        String digits = Optional.ofNullable(SipContext.user(request.getRequestURI())).orElse("");
        CallLog log = new CallLog(events, callId(request), caller, digits);
        NewCall call = new NewCall(this, st, sip.provider().getNewDialog(st), caller, log,
                media.behindNat(request.getRawContent(), source.address()));
        waiting.put(callId(request), call);
        dispatch(call, r.dial(caller, digits), r);
    }

    private void dispatch(NewCall call, Dialed dialed, CallRouter r) {
        if (dialed instanceof Dialed.Feature f) {
            call.refuse(Response.TEMPORARILY_UNAVAILABLE, r.apply(call.caller, f));
        } else if (dialed instanceof Dialed.Unknown unknown) {
            call.refuse(Response.NOT_FOUND, unknown.reason());
        } else {
            toCore(call, dialed);
        }
    }

    /** A call route or an application: the call core takes the caller there (without asking routing again). */
    private void toCore(NewCall call, Dialed dialed) {
        CallControl core = callControl.get();
        if (core == null) {
            call.turnAway(dialed instanceof Dialed.Application a ? EndCause.whileAbsent(a.whileAbsent())
                    : EndCause.FAILED, "the call core is not installed");
            return;
        }
        core.route(call.leg(), dialed);
    }

    /** The phone placing the call: trusted when the INVITE comes from where it registered, else challenged. */
    private Optional<AppearanceRecord> caller(Request request, Source source) throws ParseException {
        Appearances all = appearances.get();
        if (all == null) {
            sip.sendStateless(sip.response(Response.SERVICE_UNAVAILABLE, request));
            return Optional.empty();
        }
        String user = SipContext.user(((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI());
        Optional<AppearanceRecord> claimed = all.byUserId(user).or(() -> all.byLoginId(user));
        if (claimed.isPresent() && location.registeredFrom(claimed.get().userId(), source)) {
            return claimed;
        }
        return authenticator.authenticate(request, source, ProxyAuthorizationHeader.NAME,
                Response.PROXY_AUTHENTICATION_REQUIRED);
    }

    private static String displayName(Request request) {
        return ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getDisplayName();
    }

    private static Caller callerOf(AppearanceRecord a, String name, CallRouter r) {
        String number = a.owner() == null ? a.userId() : r.extensionOf(a.owner()).orElse(a.userId());
        return new Caller(a.userId(), a.owner(), number, name, true);
    }

    /** The phone of {@code side} as a caller (the transferee of a transfer, a parked call sent on). */
    Caller callerOf(Side side) {
        Appearances all = appearances.get();
        CallRouter r = router.get();
        Optional<AppearanceRecord> a = all == null ? Optional.empty() : all.byUserId(side.userId);
        if (a.isEmpty() || r == null) {
            return new Caller(side.userId, null, side.userId == null ? "" : side.userId, null, side.userId != null);
        }
        return callerOf(a.get(), null, r);
    }

    private void cancel(RequestEvent event) throws Exception {
        Request cancel = event.getRequest();
        ServerTransaction st = sip.serverTransaction(event);
        if (st == null) {
            return;
        }
        NewCall call = waiting.get(callId(cancel));
        st.sendResponse(sip.messages().createResponse(call == null
                ? Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST : Response.OK, cancel));
        if (call != null) {
            call.cancelled();
        }
    }

    public void response(ResponseEvent event) {
        ClientTransaction ct = event.getClientTransaction();
        Object data = ct == null ? null : ct.getApplicationData();
        if (data instanceof Leg leg) {
            leg.run.response(leg, event.getResponse());
        } else if (data instanceof Reoffer reoffer) {
            reoffered(reoffer, event.getResponse(), event.getDialog());
        }
    }

    public void timeout(TimeoutEvent event) {
        ClientTransaction ct = event.isServerTransaction() ? null : event.getClientTransaction();
        if (ct != null && ct.getApplicationData() instanceof Reoffer reoffer) {
            reoffer.answered().completeExceptionally(new IllegalStateException(reoffer.side().userId
                    + " did not answer a re-INVITE"));
        } else if (ct != null && ct.getApplicationData() instanceof Leg leg) {
            try {
                leg.run.response(leg, sip.messages().createResponse(Response.REQUEST_TIMEOUT, ct.getRequest()));
            } catch (ParseException e) {
                LOG.log(Level.FINE, "timeout", e);
            }
        }
    }

    void forget(NewCall call) {
        waiting.remove(callId(call.request()));
    }

    /** Every side that joins a call is known by its Call-ID, for Replaces. */
    void remember(Side side) {
        sides.put(side.dialog.getCallId().getCallId(), side);
    }

    void forgetSide(Side side) {
        sides.remove(side.dialog.getCallId().getCallId());
    }

    Side sideOfCall(String callId) {
        return sides.get(callId);
    }

    /** The story of a call the SIP core knows (a caller waiting, or a phone in it), to tell a new leg's steps in. */
    Optional<CallLog> logOf(String callId) {
        NewCall call = waiting.get(callId);
        if (call != null) {
            return Optional.of(call.log);
        }
        Side side = sides.get(callId);
        PhoneLeg leg = side == null ? null : side.leg;
        return Optional.ofNullable(leg == null ? null : leg.log());
    }

    /** A relay session for a phone about to be rung, if the media policy wants one. */
    Optional<RelaySession> relayFor(boolean remotePhone) {
        return media.relayFor(remotePhone);
    }

    /**
     * Where a remote phone answered with {@code media} is anchored: at the caller end of a new relay session that
     * learned {@code media} as its far end, or nowhere when {@code media} is at the relay already (null).
     */
    RelaySession.End anchorFor(byte[] media) {
        if (this.media.relayed(media)) {
            return null;
        }
        RelaySession.End end = relayFor(true).map(RelaySession::caller).orElse(null);
        if (end != null) {
            end.opposite().learn(media);
        }
        return end;
    }

    /** True when the caller of {@code callId}, still waiting, wants its media relayed. */
    boolean relayWanted(String callId) {
        NewCall call = waiting.get(callId);
        return call != null && call.relayWanted;
    }

    /**
     * Tells {@code side}'s phone, by re-INVITE, the description of the phone it now talks to; completes with the
     * phone's answer (its description), or fails when it refused.
     */
    CompletableFuture<byte[]> reoffer(Side side, byte[] sdp) {
        CompletableFuture<byte[]> answered = new CompletableFuture<>();
        try {
            Request reinvite = side.dialog.createRequest(Request.INVITE);
            reinvite.setHeader(messages.contact(transportOf(reinvite)));
            if (sdp != null && sdp.length > 0) {
                reinvite.setContent(side.show(sdp), messages.sdpType());
            }
            ClientTransaction ct = sip.provider().getNewClientTransaction(reinvite);
            ct.setApplicationData(new Reoffer(side, answered));
            side.dialog.sendRequest(ct);
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not re-INVITE " + side.userId, e);
            answered.completeExceptionally(e);
        }
        return answered;
    }

    private void reoffered(Reoffer reoffer, Response answer, Dialog dialog) {
        int status = answer.getStatusCode();
        Side side = reoffer.side();
        if (status >= 200 && status < 300 && dialog != null) {
            ack(dialog, answer);
            side.own(answer.getRawContent());
            reoffer.answered().complete(side.sdp);
        } else if (status >= 300) {
            reoffer.answered().completeExceptionally(new IllegalStateException(side.userId + " answered "
                    + status + " to a re-INVITE"));
        }
    }

    /** A phone waiting alone (parked, being transferred) refreshes its session: it keeps what it has. */
    void answerAlone(ServerTransaction st, Side side, boolean invite) throws Exception {
        Response ok = sip.messages().createResponse(Response.OK, st.getRequest());
        if (invite) {
            ok.addHeader(messages.contact(transportOf(st.getRequest())));
            byte[] last = side.presented.last();
            if (last != null) {
                ok.setContent(last, messages.sdpType());
            }
        }
        st.sendResponse(ok);
    }

    /** Answers a phone's own offer with {@code sdp} (the media it now talks to). */
    void answerOffer(ServerTransaction st, Side side, byte[] sdp) {
        try {
            Response ok = sip.messages().createResponse(Response.OK, st.getRequest());
            ok.addHeader(messages.contact(transportOf(st.getRequest())));
            ok.setContent(side.show(sdp), messages.sdpType());
            st.sendResponse(ok);
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not answer the offer of " + side.userId, e);
        }
    }

    void refuse(ServerTransaction st, int status) {
        try {
            st.sendResponse(sip.response(status, st.getRequest()));
        } catch (Exception e) {
            LOG.log(Level.FINE, "could not refuse " + st.getRequest().getMethod(), e);
        }
    }

    CallLog callLog(String callId, Caller caller, String to, boolean starts) {
        return new CallLog(events, callId, caller, to, starts);
    }

    void ack(Dialog dialog, Response response) {
        try {
            long cseq = ((javax.sip.header.CSeqHeader) response.getHeader(javax.sip.header.CSeqHeader.NAME))
                    .getSeqNumber();
            dialog.sendAck(dialog.createAck(cseq));
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not ACK", e);
        }
    }

    /** Acknowledges a reliable provisional response (RFC 3262). */
    void prack(Dialog dialog, Response provisional) {
        try {
            ClientTransaction ct = sip.provider().getNewClientTransaction(dialog.createPrack(provisional));
            dialog.sendRequest(ct);
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not PRACK", e);
        }
    }

    /** Sends a digit to the phone of {@code dialog} as SIP INFO (application/dtmf-relay). */
    void info(Dialog dialog, char digit) {
        try {
            Request info = dialog.createRequest(Request.INFO);
            info.setContent("Signal=" + digit + "\r\nDuration=160\r\n",
                    sip.headers().createContentTypeHeader("application", "dtmf-relay"));
            dialog.sendRequest(sip.provider().getNewClientTransaction(info));
        } catch (Exception e) {
            LOG.log(Level.FINE, "could not send INFO", e);
        }
    }

    void bye(Dialog dialog) {
        try {
            ClientTransaction ct = sip.provider().getNewClientTransaction(dialog.createRequest(Request.BYE));
            dialog.sendRequest(ct);
        } catch (Exception e) {
            LOG.log(Level.FINE, "could not send BYE", e);
        }
    }

    void cancel(Leg leg) {
        try {
            sip.provider().getNewClientTransaction(leg.invite.createCancel()).sendRequest();
        } catch (Exception e) {
            LOG.log(Level.FINE, "could not CANCEL", e);
        }
    }

    String transportOf(Request request) {
        String t = ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport();
        return t == null ? "udp" : t.toLowerCase();
    }

    static String callId(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }

    /** The call core, which holds the calls of phones it joined (retrieved, connected by an application). */
    Optional<CallControl> callControl() {
        return Optional.ofNullable(callControl.get());
    }

    Optional<CallRouter> router() {
        return Optional.ofNullable(router.get());
    }

    SipContext sip() {
        return sip;
    }

    Messages messages() {
        return messages;
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    Location location() {
        return location;
    }

    /** The SIP core stops: every phone's call ends, on the call core too. */
    public void shutdown() {
        List.copyOf(waiting.values()).forEach(c -> c.refuse(Response.SERVICE_UNAVAILABLE, "the SIP core stops"));
        List.copyOf(sides.values()).stream().map(s -> s.leg).filter(Objects::nonNull)
                .forEach(leg -> leg.hangUp(EndCause.FAILED));
        waiting.clear();
        sides.clear();
    }
}
