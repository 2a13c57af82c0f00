package org.branchline.sip.internal.call;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
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
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.calls.CallRecord;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;
import org.branchline.sip.internal.SipContext;
import org.branchline.sip.internal.handset.AppearanceRecord;
import org.branchline.sip.internal.handset.Appearances;
import org.branchline.sip.internal.registrar.Authenticator;
import org.branchline.sip.internal.registrar.Location;
import org.branchline.sip.internal.registrar.Source;

/**
 * The B2BUA: new INVITEs from phones become {@link B2bCall}s that run the dialed extension's route; requests
 * inside an answered call are passed to the other side.
 */
public final class CallEngine {
    private static final Logger LOG = Logger.getLogger(CallEngine.class.getName());
    private final SipContext sip;
    private final Messages messages;
    private final ScheduledExecutorService timers;
    private final Location location;
    private final Authenticator authenticator;
    private final Supplier<Appearances> appearances;
    private final Supplier<CallRouter> router;
    private final Supplier<CallRecorder> recorder;
    private final Map<String, B2bCall> byCallId = new ConcurrentHashMap<>();
    private final InDialog inDialog;

    public CallEngine(SipContext sip, ScheduledExecutorService timers, Location location,
            Authenticator authenticator, Supplier<Appearances> appearances, Supplier<CallRouter> router,
            Supplier<CallRecorder> recorder) {
        this.sip = sip;
        this.messages = new Messages(sip);
        this.timers = timers;
        this.location = location;
        this.authenticator = authenticator;
        this.appearances = appearances;
        this.router = router;
        this.recorder = recorder;
        this.inDialog = new InDialog(this);
    }

    public void request(RequestEvent event, Source source) throws Exception {
        Request request = event.getRequest();
        String method = request.getMethod();
        if (event.getDialog() != null || (Request.ACK.equals(method))) {
            inDialog.request(event);
        } else if (Request.CANCEL.equals(method)) {
            cancel(event);
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
        ServerTransaction st;
        try {
            st = event.getServerTransaction() != null ? event.getServerTransaction()
                    : sip.provider().getNewServerTransaction(request);
        } catch (TransactionAlreadyExistsException e) {
            return;
        }
        st.sendResponse(sip.messages().createResponse(Response.TRYING, request));
        CallRouter r = router.get();
        if (r == null) {
            st.sendResponse(sip.response(Response.SERVICE_UNAVAILABLE, request));
            return;
        }
        Caller caller = callerOf(from.get(), request, r);
        String digits = Messages.user(request.getRequestURI());
        B2bCall call = new B2bCall(this, st, sip.provider().getNewDialog(st), caller, digits == null ? "" : digits);
        byCallId.put(callId(request), call);
        dispatch(call, r.dial(caller, call.dialed), r);
    }

    private void dispatch(B2bCall call, Dialed dialed, CallRouter r) {
        if (dialed instanceof Dialed.Ring ring) {
            call.start(ring);
        } else if (dialed instanceof Dialed.Application a) {
            application(call, a.name(), a.extension());
        } else if (dialed instanceof Dialed.Feature f) {
            new PhoneFeatures(this).handle(call, f, r);
        } else {
            call.reject(Response.NOT_FOUND, CallDisposition.FAILED);
        }
    }

    /** The phone placing the call: trusted when the INVITE comes from where it registered, else challenged. */
    private Optional<AppearanceRecord> caller(Request request, Source source) throws ParseException {
        Appearances all = appearances.get();
        if (all == null) {
            sip.sendStateless(sip.response(Response.SERVICE_UNAVAILABLE, request));
            return Optional.empty();
        }
        String user = Messages.user(((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI());
        Optional<AppearanceRecord> claimed = all.byUserId(user).or(() -> all.byLoginId(user));
        String seenAt = source.toString();
        if (claimed.isPresent() && location.contacts(claimed.get().userId()).stream()
                .anyMatch(b -> b.source().equals(seenAt))) {
            return claimed;
        }
        return authenticator.authenticate(request, source, ProxyAuthorizationHeader.NAME,
                Response.PROXY_AUTHENTICATION_REQUIRED);
    }

    private Caller callerOf(AppearanceRecord a, Request request, CallRouter r) {
        String name = ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getDisplayName();
        String number = a.owner() == null ? a.userId() : r.extensionOf(a.owner()).orElse(a.userId());
        return new Caller(a.userId(), a.owner(), number, name, true);
    }

    private void cancel(RequestEvent event) throws Exception {
        Request cancel = event.getRequest();
        ServerTransaction st = event.getServerTransaction() != null ? event.getServerTransaction()
                : sip.provider().getNewServerTransaction(cancel);
        B2bCall call = byCallId.get(callId(cancel));
        st.sendResponse(sip.messages().createResponse(call == null
                ? Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST : Response.OK, cancel));
        if (call != null) {
            call.cancelledByCaller();
        }
    }

    public void response(ResponseEvent event) {
        ClientTransaction ct = event.getClientTransaction();
        Object data = ct == null ? null : ct.getApplicationData();
        if (data instanceof Leg leg && Request.INVITE.equals(ct.getRequest().getMethod())) {
            B2bCall call = legs.get(leg);
            if (call != null) {
                call.legResponse(leg, event.getResponse());
            }
        } else if (data instanceof Relay relay) {
            inDialog.relayed(relay, event.getResponse(), event.getDialog());
        }
    }

    public void timeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        ClientTransaction ct = event.getClientTransaction();
        if (ct != null && ct.getApplicationData() instanceof Leg leg) {
            B2bCall call = legs.get(leg);
            if (call != null) {
                call.legResponse(leg, timeoutResponse(ct.getRequest()));
            }
        }
    }

    private Response timeoutResponse(Request request) {
        try {
            return sip.messages().createResponse(Response.REQUEST_TIMEOUT, request);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Map<Leg, B2bCall> legs = new ConcurrentHashMap<>();

    void legStarted(Leg leg, B2bCall call) {
        legs.put(leg, call);
    }

    void ended(B2bCall call) {
        byCallId.remove(callId(call.callerInvite));
        legs.values().removeIf(c -> c == call);
    }

    /** A call application (voicemail, attendant...): none is installed yet, so voicemail answers busy. */
    void application(B2bCall call, String name, String extension) {
        call.reject("voicemail".equals(name) ? Response.BUSY_HERE : Response.TEMPORARILY_UNAVAILABLE,
                "voicemail".equals(name) ? CallDisposition.BUSY : CallDisposition.FAILED);
    }

    B2bCall ringingAt(String extension) {
        return byCallId.values().stream().filter(c -> extension.equals(c.ringingExtension())).findFirst()
                .orElse(null);
    }

    void ack(Dialog dialog, Response response) {
        try {
            dialog.sendAck(dialog.createAck(B2bCall.cseq(response)));
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not ACK", e);
        }
    }

    void bye(Dialog dialog) {
        try {
            ClientTransaction ct = sip.provider().getNewClientTransaction(dialog.createRequest(Request.BYE));
            dialog.sendRequest(ct);
        } catch (Exception e) {
            LOG.log(Level.INFO, "could not send BYE", e);
        }
    }

    void cancel(Leg leg) {
        try {
            sip.provider().getNewClientTransaction(leg.invite.createCancel()).sendRequest();
        } catch (Exception e) {
            LOG.log(Level.FINE, "could not CANCEL", e);
        }
    }

    void record(CallRecord record) {
        CallRecorder r = recorder.get();
        if (r != null) {
            r.record(record);
        }
    }

    String transportOf(Request request) {
        String t = ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport();
        return t == null ? "udp" : t.toLowerCase();
    }

    static String callId(Request request) {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
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

    public void shutdown() {
        byCallId.clear();
        legs.clear();
    }
}
