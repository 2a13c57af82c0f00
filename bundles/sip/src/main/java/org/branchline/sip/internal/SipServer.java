package org.branchline.sip.internal;

import gov.nist.javax.sip.RequestEventExt;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.AllowHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.callcontrol.LegListener;
import org.branchline.api.callcontrol.LegProvider;
import org.branchline.api.callcontrol.Originate;
import org.branchline.api.calls.CallEventListener;
import org.branchline.api.calls.MessageWaiting;
import org.branchline.api.network.LocalAddress;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.routing.CallRouter;
import org.branchline.sip.internal.call.CallServices;
import org.branchline.sip.internal.call.CallEngine;
import org.branchline.sip.internal.call.StationLegs;
import org.branchline.sip.internal.call.CallEvents;
import org.branchline.sip.internal.call.MediaPolicy;
import org.branchline.sip.internal.relay.MediaRelay;
import org.branchline.sip.internal.event.DialogEvents;
import org.branchline.sip.internal.event.StationDialogs;
import org.branchline.sip.internal.event.Subscriptions;
import org.branchline.sip.internal.handset.AppearanceRecord;
import org.branchline.sip.internal.handset.Appearances;
import org.branchline.sip.internal.handset.DigestHash;
import org.branchline.sip.internal.registrar.AuthFailureThrottle;
import org.branchline.sip.internal.registrar.Authenticator;
import org.branchline.sip.internal.registrar.Location;
import org.branchline.sip.internal.registrar.NatKeepAlive;
import org.branchline.sip.internal.registrar.Registrar;
import org.branchline.sip.internal.registrar.Source;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The one SIP stack of the server: UDP and TCP listening points and the dispatch of requests to the registrar
 * and the call engine. Everything it uses from other bundles is a dynamic reference, so installing, updating
 * or removing them never restarts the listening points or drops a call.
 */
@Component(immediate = true, service = {SipServer.class, MessageWaiting.class, LegProvider.class},
        configurationPid = SipSettings.PID,
        property = {LegProvider.TECHNOLOGIES + "=" + LegAddress.STATION, LegProvider.TECHNOLOGIES + "=" + LegAddress.EXTENSION})
@Designate(ocd = SipSettings.class)
public class SipServer implements SipListener, MessageWaiting, LegProvider {
    static final String ALLOWED =
            "INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER, UPDATE, INFO, REFER, NOTIFY, PRACK, SUBSCRIBE";
    private static final Logger LOG = Logger.getLogger(SipServer.class.getName());
    private final SipStack stack;
    private final SipContext sip;
    private final Registrar registrar;
    private final AuthFailureThrottle throttle;
    private final CallEngine calls;
    private final StationLegs stations;
    private final Location location;
    private final Subscriptions subscriptions;
    private final MediaRelay relay;
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "branchline-sip-timer");
        t.setDaemon(true);
        return t;
    });

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Appearances appearances;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CallRouter router;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DirectoryLookup directory;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CallControl callControl;

    private final CallEvents events = new CallEvents();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCallEventListener(CallEventListener listener) {
        events.add(listener);
    }

    void removeCallEventListener(CallEventListener listener) {
        events.remove(listener);
    }


    @Activate
    public SipServer(SipSettings settings, @Reference Location location) throws Exception {
        this.location = location;
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        stack = factory.createSipStack(stackProperties());
        String host = settings.address().isBlank() ? LocalAddress.firstIpv4() : settings.address().trim();
        ListeningPoint udp = stack.createListeningPoint(host, settings.udpPort(), ListeningPoint.UDP);
        ListeningPoint tcp = stack.createListeningPoint(host, settings.tcpPort(), ListeningPoint.TCP);
        SipProvider provider = stack.createSipProvider(udp);
        provider.addListeningPoint(tcp);
        provider.addSipListener(this);
        sip = new SipContext(provider, factory.createMessageFactory(), factory.createHeaderFactory(),
                factory.createAddressFactory(), host, settings.udpPort(), settings.tcpPort());
        throttle = new AuthFailureThrottle(settings.authFailureLimit(), settings.authFailureWindowSeconds(),
                settings.authBlockSeconds());
        Authenticator authenticator = new Authenticator(sip, settings.realm(),
                DigestHash.list(settings.digestAlgorithms()), this::appearanceByLogin, throttle, timers);
        registrar = new Registrar(sip, settings, location, authenticator);
        DialogEvents dialogs = new DialogEvents();
        events.add(new StationDialogs(dialogs));
        relay = new MediaRelay(host, settings.relayPortMin(), settings.relayPortMax(), settings.relayPriority());
        MediaPolicy media = new MediaPolicy(relay, settings.forceRemoteAudioThroughServer(), settings.relayAllCalls());
        calls = new CallEngine(sip, timers, location, authenticator, media, () -> appearances, events,
                new CallServices(() -> router, () -> callControl));
        stations = new StationLegs(calls);
        subscriptions = new Subscriptions(sip, authenticator, location, dialogs, () -> appearances,
                () -> directory);
        stack.start();
        timers.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
        NatKeepAlive keepAlive = new NatKeepAlive(sip, location);
        timers.scheduleWithFixedDelay(keepAlive::run, NatKeepAlive.PERIOD_SECONDS, NatKeepAlive.PERIOD_SECONDS,
                TimeUnit.SECONDS);
        LOG.info("Started SIP on " + host + " udp " + settings.udpPort() + ", tcp " + settings.tcpPort());
    }

    @Override
    public Leg originate(Originate request, LegListener listener) {
        return stations.originate(request, listener);
    }

    @Deactivate
    void stop() {
        timers.shutdownNow();
        calls.shutdown();
        events.shutdown();
        stack.stop();
        try {
            relay.close();
        } catch (java.io.IOException e) {
            LOG.log(Level.FINE, "closing the media relay", e);
        }
        LOG.info("Stopped SIP");
    }

    private static Properties stackProperties() {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "branchline");
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "8");
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        p.setProperty("gov.nist.javax.sip.CACHE_SERVER_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
        p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", "1048576");
        p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", "1048576");
        return p;
    }

    private Optional<AppearanceRecord> appearanceByLogin(String loginId) {
        Appearances a = appearances;
        return a == null ? Optional.empty() : a.byLoginId(loginId);
    }

    private void sweep() {
        try {
            location.sweep();
            throttle.sweep(System.currentTimeMillis());
            subscriptions.tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sweeping registrations failed", e);
        }
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        Source source = source(event);
        if (throttle.blocked(source.address(), System.currentTimeMillis())) {
            return;
        }
        try {
            Optional<Response> refusal = Request.ACK.equals(request.getMethod()) ? Optional.empty()
                    : RequestChecks.refusal(sip, request);
            if (refusal.isPresent()) {
                sip.sendStateless(refusal.get());
                return;
            }
            dispatch(event, request, source);
        } catch (Exception e) {
            LOG.log(Level.WARNING, request.getMethod() + " from " + source + " failed", e);
            answerQuietly(request, Response.SERVER_INTERNAL_ERROR);
        }
    }

    private void dispatch(RequestEvent event, Request request, Source source) throws Exception {
        switch (request.getMethod()) {
            case Request.REGISTER -> {
                if (appearances == null) {
                    sip.sendStateless(sip.response(Response.SERVICE_UNAVAILABLE, request));
                } else {
                    registrar.register(request, source);
                }
            }
            case Request.OPTIONS -> options(request);
            case Request.SUBSCRIBE -> subscriptions.subscribe(event, source);
            case Request.INVITE, Request.ACK, Request.BYE, Request.CANCEL, Request.UPDATE, Request.INFO,
                    Request.REFER, Request.PRACK, Request.NOTIFY -> calls.request(event, source);
            default -> {
                Response r = sip.response(Response.METHOD_NOT_ALLOWED, request);
                r.addHeader(allow());
                sip.sendStateless(r);
            }
        }
    }

    private void options(Request request) throws Exception {
        Response ok = sip.response(Response.OK, request);
        ok.addHeader(allow());
        ok.addHeader(sip.headers().createAcceptHeader("application", "sdp"));
        sip.sendStateless(ok);
    }

    private AllowHeader allow() throws java.text.ParseException {
        return sip.headers().createAllowHeader(ALLOWED);
    }

    private void answerQuietly(Request request, int status) {
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        try {
            sip.sendStateless(sip.response(status, request));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not answer " + status, e);
        }
    }

    private static Source source(RequestEvent event) {
        ViaHeader via = (ViaHeader) event.getRequest().getHeader(ViaHeader.NAME);
        String transport = via == null ? "udp" : via.getTransport();
        RequestEventExt ext = (RequestEventExt) event;
        return new Source(transport == null ? "udp" : transport.toLowerCase(), ext.getRemoteIpAddress(),
                ext.getRemotePort());
    }

    @Override
    public void processResponse(ResponseEvent event) {
        if (!subscriptions.response(event)) {
            calls.response(event);
        }
    }

    @Override
    public void messages(String extension, int newMessages, int oldMessages) {
        subscriptions.messages(extension, newMessages, oldMessages);
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        calls.timeout(event);
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.fine(() -> "I/O error towards " + event.getHost() + ":" + event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }
}
