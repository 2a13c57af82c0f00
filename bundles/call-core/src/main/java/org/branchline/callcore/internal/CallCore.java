package org.branchline.callcore.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.branchline.api.callcontrol.Bridge;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.callcontrol.CallApplications;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.Connection;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.callcontrol.LegListener;
import org.branchline.api.callcontrol.LegProvider;
import org.branchline.api.callcontrol.Originate;
import org.branchline.api.callcontrol.Parked;
import org.branchline.api.callcontrol.Party;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.media.sdp.SessionDescription;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The call core: legs placed by the {@link LegProvider} of their technology, joined in bridges, held with the
 * media engine's music, parked and transferred.
 *
 * <p>Locks, each held only for its own state and never while a leg, a provider or a leg is told a call step:
 * {@link Bridges} (the bridge of each leg), each {@link LegBridge} (whether it is still up), each
 * {@link Ringing} (where a connection stands), each {@link ParkedLeg} (whether it waits), {@link Providers}.
 * Legs report from their providers' threads; a leg's end is handled by whichever of these it belongs to.
 */
@Component(service = CallControl.class)
public class CallCore implements CallControl {
    private static final Logger LOG = Logger.getLogger(CallCore.class.getName());
    private final Providers providers = new Providers();
    private final AtomicReference<MediaEngine> engine = new AtomicReference<>();
    private final Music music = new Music(engine::get);
    private final ApplicationLegs inApplications = new ApplicationLegs();
    private final Bridges bridges = new Bridges(music, inApplications);
    private final Mixing mixing = new Mixing(engine::get, bridges, music);
    private final AtomicReference<Used<CallRouter>> router = new AtomicReference<>();
    private final AtomicReference<Used<CallApplications>> applications = new AtomicReference<>();
    private final Routes routes = new Routes(this, () -> got(router), () -> got(applications), engine::get,
            inApplications, music);
    private final Transfers transfers = new Transfers(this, routes);
    private final Set<Ringing> ringing = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "branchline-call-core-timers");
        t.setDaemon(true);
        return t;
    });

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeLegProvider")
    void addLegProvider(ServiceReference<LegProvider> reference, ComponentServiceObjects<LegProvider> provider) {
        useLegProvider(new Used<>(reference, provider), reference.getProperty(LegProvider.TECHNOLOGIES));
    }

    /** @param technologies the provider's {@link LegProvider#TECHNOLOGIES} */
    void useLegProvider(Used<LegProvider> provider, Object technologies) {
        List<String> reached = CallApplication.values(technologies);
        providers.add(provider, reached);
        LOG.info("Leg provider for " + reached + " added");
    }

    void removeLegProvider(ServiceReference<LegProvider> reference) {
        forgetLegProvider(reference);
    }

    /** @param key the provider's service reference (the provider itself in tests) */
    void forgetLegProvider(Object key) {
        providers.remove(key);
        LOG.info("Leg provider removed");
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetMediaEngine")
    void setMediaEngine(MediaEngine media) {
        engine.set(media);
    }

    void unsetMediaEngine(MediaEngine media) {
        engine.compareAndSet(media, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetRouter")
    void setRouter(ServiceReference<CallRouter> reference, ComponentServiceObjects<CallRouter> router) {
        this.router.set(new Used<>(reference, router));
    }

    void unsetRouter(ServiceReference<CallRouter> gone) {
        router.updateAndGet(r -> r != null && r.is(gone) ? null : r);
    }

    /** Routing at hand (tests). */
    void useRouter(CallRouter router) {
        this.router.set(Used.of(router));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetApplications")
    void setApplications(ServiceReference<CallApplications> reference,
            ComponentServiceObjects<CallApplications> applications) {
        this.applications.set(new Used<>(reference, applications));
    }

    void unsetApplications(ServiceReference<CallApplications> gone) {
        applications.updateAndGet(a -> a != null && a.is(gone) ? null : a);
    }

    /** The application whiteboard at hand (tests). */
    void useApplications(CallApplications whiteboard) {
        applications.set(Used.of(whiteboard));
    }

    private static <T> T got(AtomicReference<Used<T>> bound) {
        Used<T> used = bound.get();
        return used == null ? null : used.get();
    }

    @Deactivate
    void deactivate() {
        timers.shutdownNow();
    }

    @Override
    public Leg originate(Originate request, LegListener listener) {
        return providers.reaching(request.to().technology()).map(p -> p.originate(request, listener))
                .orElseGet(() -> UnreachableLeg.placed(request, listener));
    }

    @Override
    public Connection connect(Leg from, LegAddress to, Party callerShown, Duration ringTimeout, boolean autoAnswer) {
        return connect(from, to, callerShown, ringTimeout, autoAnswer, null);
    }

    /** {@link #connect}; {@code route}: the call route routing chose for an extension already, or null. */
    Connection connect(Leg from, LegAddress to, Party callerShown, Duration ringTimeout, boolean autoAnswer,
            Dialed.Ring route) {
        SessionDescription offer = Exchange.media(from);
        Ringing connection = new Ringing(from, to, offer, bridges, ringing::remove);
        ringing.add(connection);
        Originate request = new Originate(to, callerShown, from.callId(), ringTimeout, autoAnswer, offer, route);
        try {
            connection.placed(originate(request, connection::changed));
        } catch (RuntimeException e) {
            connection.cancel();
            throw e;
        }
        from.listen(connection::fromChanged);
        return connection;
    }

    @Override
    public void route(Leg caller, String dialed) {
        routes.route(caller, dialed);
    }

    @Override
    public void route(Leg caller, Dialed dialed) {
        routes.route(caller, dialed, null);
    }

    @Override
    public void runApplication(Leg leg, Dialed.Application application, boolean fromCallRoute,
            Caller transferredBy) {
        routes.run(leg, application, fromCallRoute, transferredBy);
    }

    @Override
    public List<Connection> ringing() {
        Stream<Connection> own = ringing.stream().map(Connection.class::cast);
        Stream<Connection> theirs = providers.all().stream().flatMap(p -> p.ringing().stream());
        return Stream.concat(own, theirs).filter(Connection::ringing).toList();
    }

    @Override
    public Bridge bridge(Leg a, Leg b) {
        return bridges.bridge(a, b, null);
    }

    @Override
    public Optional<Bridge> bridgeOf(Leg leg) {
        return bridges.of(leg);
    }

    @Override
    public void unbridge(Bridge bridge) {
        bridges.unbridge(bridge);
    }

    @Override
    public void hold(Leg leg) {
        music.hold(leg);
    }

    @Override
    public void resume(Leg leg) {
        music.stop(leg);
        bridges.of(leg).ifPresent(b -> Exchange.tell(leg, Exchange.media(b.other(leg))).exceptionally(e -> {
            LOG.log(Level.FINE, "leg " + leg.id() + " did not take its other leg back", e);
            return null;
        }));
    }

    @Override
    public Parked park(Leg leg, String orbit, Duration timeout, Consumer<Parked> timedOut) {
        bridges.leave(leg);
        music.hold(leg);
        ParkedLeg parked = new ParkedLeg(leg, orbit);
        CallSteps.parked(leg, orbit);
        parked.timer(timers.schedule(() -> timedOut(parked, timedOut), timeout.toNanos(), TimeUnit.NANOSECONDS));
        LegEnds.then(leg, parked::end);
        return parked;
    }

    private static void timedOut(ParkedLeg parked, Consumer<Parked> timedOut) {
        if (parked.end()) {
            try {
                timedOut.accept(parked);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the park timeout of " + parked + " failed", e);
            }
        }
    }

    @Override
    public Optional<Bridge> retrieve(Parked parked, Leg by) {
        if (!(parked instanceof ParkedLeg ours) || !ours.end()) {
            return Optional.empty();
        }
        return Optional.of(bridges.bridge(by, ours.leg(), null));
    }

    @Override
    public Optional<Connection> transfer(Leg transferor, LegAddress to, Duration ringTimeout) {
        return transfers.blind(transferor, to, ringTimeout);
    }

    @Override
    public boolean transfer(Leg transferor, String dialed) {
        return transfers.toDialed(transferor, dialed);
    }

    @Override
    public boolean transfer(Leg transferor, Leg consulted) {
        return transfers.attended(transferor, consulted);
    }

    @Override
    public CompletionStage<Void> join(Leg leg, ConferenceBridge bridge, JoinMode mode) {
        return mixing.join(leg, bridge, mode);
    }

    @Override
    public CompletionStage<Void> whisper(Leg leg, ConferenceBridge bridge, Leg to) {
        return mixing.whisper(leg, bridge, to);
    }
}
