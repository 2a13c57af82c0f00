package org.branchline.callcore.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.CallApplications;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;

/**
 * Where a leg goes by the digits it dialed ({@link CallControl#route}): an extension's call route, rung through
 * the provider of {@code extension:} addresses, or a call application run on the leg ({@link LegApplicationCall})
 * by the application whiteboard. No state of its own.
 */
final class Routes {
    /** The longest a call route may ring before the core gives up; the route's own Finally comes first. */
    static final Duration ROUTE_LIMIT = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(Routes.class.getName());
    private final CallCore calls;
    private final Supplier<CallRouter> router;
    private final Supplier<CallApplications> applications;
    private final Supplier<MediaEngine> engine;
    private final ApplicationLegs inside;
    private final Music music;

    Routes(CallCore calls, Supplier<CallRouter> router, Supplier<CallApplications> applications,
            Supplier<MediaEngine> engine, ApplicationLegs inside, Music music) {
        this.calls = calls;
        this.router = router;
        this.applications = applications;
        this.engine = engine;
        this.inside = inside;
        this.music = music;
    }

    /** The music a leg hears while it waits (a parked call sent on) stops: an application answers it now. */
    void stopMusic(Leg leg) {
        music.stop(leg);
    }

    void route(Leg leg, String dialed) {
        route(leg, dialed, null);
    }

    /** Takes {@code leg} where {@code dialed} leads; {@code transferredBy}: who sent it there, or null. */
    void route(Leg leg, String dialed, Caller transferredBy) {
        CallRouter r = router.get();
        if (r == null) {
            leg.hangUp(EndCause.UNREACHABLE);
            return;
        }
        route(leg, r.dial(leg.asCaller(), dialed), transferredBy);
    }

    /** Takes {@code leg} where routing's answer {@code dialed} leads. */
    void route(Leg leg, Dialed dialed, Caller transferredBy) {
        if (dialed instanceof Dialed.Ring ring) {
            ring(leg, ring.extension(), ring);
        } else if (dialed instanceof Dialed.Application application) {
            run(leg, application, false, transferredBy);
        } else {
            LOG.info(() -> "leg " + leg.id() + " reaches nothing: " + dialed);
            leg.hangUp(EndCause.REJECTED);
        }
    }

    /** The extension whose call route {@code digits} rings, if they ring one. */
    Optional<Dialed.Ring> rings(Leg leg, String digits) {
        CallRouter r = router.get();
        return Optional.ofNullable(r == null ? null : r.dial(leg.asCaller(), digits))
                .filter(Dialed.Ring.class::isInstance).map(Dialed.Ring.class::cast);
    }

    /**
     * Rings the extension's call route for {@code leg} ({@code route}: as routing chose it already, or null); a
     * route ending in voicemail takes it to voicemail.
     */
    void ring(Leg leg, String extension, Dialed.Ring route) {
        LOG.fine(() -> "leg " + leg.id() + " of " + leg.callId() + " rings extension " + extension);
        calls.connect(leg, LegAddress.extension(extension), leg.party(), ROUTE_LIMIT, false, route).bridged()
                .whenComplete((bridge, failure) -> {
                    if (failure != null) {
                        unanswered(leg, extension, failure);
                    }
                });
    }

    private void unanswered(Leg leg, String extension, Throwable failure) {
        EndCause cause = LegEnds.causeOf(failure);
        if (cause == EndCause.VOICEMAIL) {
            voicemail(leg, LegEnds.mailboxOf(failure).orElse(extension));
        } else if (cause != EndCause.CANCELLED) {
            LOG.info(() -> "leg " + leg.id() + " of " + leg.callId() + " not answered at " + extension + ": "
                    + cause);
            leg.hangUp(cause);
        }
    }

    private void voicemail(Leg leg, String extension) {
        CallRouter r = router.get();
        if (r == null) {
            leg.hangUp(EndCause.NO_ANSWER);
            return;
        }
        run(leg, r.voicemail(extension), true, null);
    }

    /** Runs the application {@code dialed} names with {@code leg} as its caller; the leg ends when it cannot. */
    void run(Leg leg, Dialed.Application dialed, boolean fromCallRoute, Caller transferredBy) {
        CallApplications whiteboard = applications.get();
        if (whiteboard == null) {
            leg.hangUp(EndCause.whileAbsent(dialed.whileAbsent()));
            return;
        }
        LegApplicationCall call = new LegApplicationCall(leg, dialed, fromCallRoute, transferredBy, engine, this);
        String step = dialed.extension() == null ? dialed.name() : dialed.name() + " " + dialed.extension();
        whiteboard.start(call, () -> {
            inside.entered(leg, call);
            leg.told(CallEvent.Kind.ROUTED, null, step);
            LOG.info(() -> "leg " + leg.id() + " of " + leg.callId() + " taken by " + step + " on the call core");
        }, () -> {
            inside.left(leg, call);
            call.leaveApplication();
        }).ifPresent(refusal -> {
            LOG.info(() -> "leg " + leg.id() + " not taken by " + dialed.name() + ": " + refusal.reason());
            leg.hangUp(refusal.absent() ? EndCause.whileAbsent(dialed.whileAbsent()) : EndCause.BUSY);
        });
    }
}
