package org.branchline.routing.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.ApplicationNumber.Argument;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.Dialed;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.PhoneFeature;
import org.branchline.api.routing.PresenceRoutes;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.WhileAbsent;
import org.branchline.routing.internal.rules.Classified;
import org.branchline.routing.internal.rules.DigitKind;
import org.branchline.routing.internal.rules.InternalDialPlan;
import org.branchline.routing.internal.rules.RingPlanner;
import org.branchline.routing.internal.rules.RingSources;
import org.branchline.routing.internal.rules.RouteBook;
import org.branchline.routing.internal.rules.RouteResolver;

/** The routing decisions of call set-up, from the dial plan, the directory, the routes and the phone features. */
public final class CallRouting implements CallRouter {
    static final String OUTSIDE_LINES = "outside lines are not available yet";

    private final DirectoryLookup directory;
    private final RoutingData data;
    private final Function<String, List<String>> ownedBy;

    /**
     * @param ownedBy the station numbers of the call appearances a user owns
     */
    public CallRouting(DirectoryLookup directory, RoutingData data, Function<String, List<String>> ownedBy) {
        this.directory = directory;
        this.data = data;
        this.ownedBy = ownedBy;
    }

    @Override
    public Dialed dial(Caller caller, String digits) {
        InternalDialPlan plan = new InternalDialPlan(directory.dialPlan(), data.applicationNumbers());
        Classified c = plan.classify(digits);
        return c.kind() == DigitKind.SPEED_DIAL ? speedDial(caller, plan, c.argument()) : dialed(caller, c);
    }

    @Override
    public CallParkSettings callPark() {
        return data.park();
    }

    @Override
    public List<String> parkingOrbits() {
        return new InternalDialPlan(directory.dialPlan()).parkingOrbits();
    }

    /** Where a Finally voicemail goes when no number leaves a voicemail for an extension. */
    static final String VOICEMAIL = "voicemail";

    /**
     * A call route's Finally voicemail (admin guide §18.1) is what "leave a voicemail for extension" (3 + extension)
     * reaches: the application of that number, as data.
     */
    @Override
    public Dialed.Application voicemail(String extension) {
        return data.applicationNumbers().stream()
                .filter(n -> n.function() == DialPlanFunction.LEAVE_VOICEMAIL && n.argument() == Argument.EXTENSION)
                .findFirst().map(n -> reach(n, extension))
                .orElseGet(() -> new Dialed.Application(VOICEMAIL, null, extension, WhileAbsent.BUSY));
    }

    @Override
    public Dialed transfer(Caller caller, String extension) {
        return ring(caller, extension);
    }

    @Override
    public String apply(Caller caller, Dialed.Feature feature) {
        if (caller == null || caller.userId() == null) {
            return "phone features need a call appearance";
        }
        String userId = caller.userId();
        if (feature.feature() == PhoneFeature.DO_NOT_DISTURB) {
            boolean on = "1".equals(feature.argument());
            data.updatePhone(userId, s -> s.withDoNotDisturb(on));
            return "do not disturb " + (on ? "on" : "off") + " for " + userId;
        }
        if (feature.feature() == PhoneFeature.FORWARD) {
            return forward(caller, feature.argument());
        }
        return feature.feature() + " is carried out by the call engine; nothing recorded";
    }

    @Override
    public Optional<String> extensionOf(String owner) {
        if (owner == null) {
            return Optional.empty();
        }
        return directory.extensionsOf(owner).stream().filter(e -> e.kind() == ExtensionKind.USER)
                .map(Extension::number).findFirst();
    }

    private Dialed dialed(Caller caller, Classified c) {
        String arg = c.argument();
        return switch (c.kind()) {
            case EXTENSION -> ring(caller, arg);
            case STATION -> station(caller, arg);
            case APPLICATION -> application(caller, c.application(), arg);
            case FORWARD -> existing(arg, ext -> new Dialed.Feature(PhoneFeature.FORWARD, ext));
            case DO_NOT_DISTURB -> new Dialed.Feature(PhoneFeature.DO_NOT_DISTURB, arg);
            case OPERATOR -> new Dialed.Unknown("no operator extension is set");
            case OUTSIDE_LINE -> new Dialed.Unknown(OUTSIDE_LINES);
            case UNAVAILABLE -> new Dialed.Unknown(arg + ": not available yet");
            case SPEED_DIAL, UNKNOWN -> new Dialed.Unknown("nothing in the internal dial plan answers to " + arg);
        };
    }

    private Dialed application(Caller caller, ApplicationNumber number, String extension) {
        return switch (number.argument()) {
            case NONE -> reach(number, null);
            case OWN_EXTENSION -> reach(number, extensionOf(ownerOf(caller)).orElse(null));
            case EXTENSION -> existing(extension, ext -> reach(number, ext));
            case PARKING_ORBIT -> reach(number, extension);
        };
    }

    private static Dialed.Application reach(ApplicationNumber number, String extension) {
        return new Dialed.Application(number.application(), number.instance(), extension, number.whileAbsent());
    }

    /** A speed dial dials its number again: an internal number as if dialed, anything else needs outside lines. */
    private Dialed speedDial(Caller caller, InternalDialPlan plan, String number) {
        Optional<SpeedDial> speedDial = data.speedDial(number);
        if (speedDial.isEmpty()) {
            return new Dialed.Unknown("speed dial " + number + " is not set");
        }
        Classified target = plan.classify(speedDial.get().dial());
        return switch (target.kind()) {
            case SPEED_DIAL, UNKNOWN, OUTSIDE_LINE -> new Dialed.Unknown(
                    "speed dial " + number + " dials " + speedDial.get().dial() + ": " + OUTSIDE_LINES);
            default -> dialed(caller, target);
        };
    }

    private Dialed existing(String number, Function<String, Dialed> dialed) {
        return directory.extension(number).map(e -> dialed.apply(e.number()))
                .orElseGet(() -> new Dialed.Unknown("no extension " + number));
    }

    private Dialed ring(Caller caller, String number) {
        return directory.extension(number).map(e -> ring(caller, e))
                .orElseGet(() -> new Dialed.Unknown("no extension " + number));
    }

    private Dialed ring(Caller caller, Extension extension) {
        RouteResolver.Chosen chosen = route(caller, extension);
        RingSources sources = new Sources(caller);
        return new Dialed.Ring(extension.number(), chosen.name(),
                RingPlanner.plan(chosen.routes().primary(), sources),
                RingPlanner.plan(chosen.routes().onBusy(), sources));
    }

    private RouteResolver.Chosen route(Caller caller, Extension extension) {
        Presence presence = extension.kind() == ExtensionKind.USER
                ? directory.presence(extension.owner()).orElse(Presence.IN_OFFICE) : Presence.IN_OFFICE;
        PresenceRoutes routes = RouteBook.of(extension, data.routes(extension.number()),
                ownedBy(extension.owner()), presence);
        return RouteResolver.choose(extension.number(), routes, caller);
    }

    /** A station rings for the default number of rings, then the call ends. */
    private Dialed station(Caller caller, String userId) {
        CallRoute route = new CallRoute(List.of(new ConnectionAttempt(List.of(
                new Destination(DestinationKind.CALL_APPEARANCE, userId, Destination.DEFAULT_RINGS)))),
                FinalAction.hangUp());
        return new Dialed.Ring(userId, "station " + userId, RingPlanner.plan(route, new Sources(caller)), null);
    }

    private String forward(Caller caller, String extension) {
        Optional<Extension> target = directory.extension(extension);
        if (target.isEmpty()) {
            return "no extension " + extension + "; forwarding unchanged";
        }
        String userId = caller.userId();
        boolean own = target.get().owner() != null && (target.get().owner().equals(caller.owner())
                || ownedBy(target.get().owner()).contains(userId));
        data.updatePhone(userId, s -> s.withForwardTo(own ? null : extension));
        return own ? "forwarding of " + userId + " cancelled" : userId + " forwarded to " + extension;
    }

    private static String ownerOf(Caller caller) {
        return caller == null ? null : caller.owner();
    }

    private List<String> ownedBy(String owner) {
        return owner == null ? List.of() : ownedBy.apply(owner);
    }

    /** Phones as the routes of a call from {@code caller} ring them. */
    private final class Sources implements RingSources {
        private final Caller caller;

        Sources(Caller caller) {
            this.caller = caller;
        }

        @Override
        public List<String> appearancesOf(String extension) {
            return directory.extension(extension).map(e -> ownedBy(e.owner())).orElse(List.of());
        }

        @Override
        public boolean doNotDisturb(String userId) {
            return data.phone(userId).doNotDisturb();
        }

        @Override
        public Optional<String> forwardOf(String userId) {
            return Optional.ofNullable(data.phone(userId).forwardTo());
        }

        @Override
        public List<String> forwardedTo(String extension) {
            return directory.extension(extension)
                    .map(e -> RingPlanner.firstTargets(route(caller, e).routes().primary(), this))
                    .orElse(List.of());
        }
    }
}
