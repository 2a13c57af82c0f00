package org.branchline.routing.internal.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;
import org.branchline.api.routing.RouteSet;

/**
 * The rules a call route must follow; a broken rule names the field by its path in the request, e.g.
 * "routes.primary.attempts[0].destinations[1].rings: must be 1-20".
 */
public final class RouteRules {
    public static final int MAX_ATTEMPTS = 10;
    public static final int MAX_DESTINATIONS = 24;
    public static final int MAX_CALLER_ID_ROUTES = 50;
    private static final String STATION = "5\\d{3}";
    private static final String OUTSIDE_NUMBER = "\\d{1,32}";
    private static final String CALLER_NUMBER = "[0-9*]{1,32}";

    private final Function<String, Optional<Extension>> extensions;
    private final Predicate<String> users;

    /**
     * @param extensions the directory's extensions by number
     * @param users true for the login name of an existing user
     */
    public RouteRules(Function<String, Optional<Extension>> extensions, Predicate<String> users) {
        this.extensions = extensions;
        this.users = users;
    }

    /**
     * A user extension takes any presences; a system extension only IN_OFFICE, which is also what "all
     * presences" means for it.
     */
    public static Set<Presence> presences(Extension extension, Set<Presence> presences) {
        if (presences == null || presences.isEmpty()) {
            throw new InvalidFieldException("presences", "name at least one presence");
        }
        if (extension.kind() == ExtensionKind.SYSTEM && presences.containsAll(EnumSet.allOf(Presence.class))) {
            return Set.of(Presence.IN_OFFICE);
        }
        if (extension.kind() == ExtensionKind.SYSTEM && !presences.equals(Set.of(Presence.IN_OFFICE))) {
            throw new InvalidFieldException("presences", "a system extension has only the IN_OFFICE routes");
        }
        return Set.copyOf(presences);
    }

    public RouteSet routeSet(String field, String extension, RouteSet set) {
        if (set == null || set.primary() == null) {
            throw new InvalidFieldException(field + ".primary", "is required");
        }
        return new RouteSet(route(field + ".primary", extension, set.primary()),
                set.onBusy() == null ? null : route(field + ".on-busy", extension, set.onBusy()));
    }

    public CallRoute route(String field, String extension, CallRoute route) {
        if (route.attempts().size() > MAX_ATTEMPTS) {
            throw new InvalidFieldException(field + ".attempts", "at most " + MAX_ATTEMPTS + " connection attempts");
        }
        List<ConnectionAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < route.attempts().size(); i++) {
            attempts.add(attempt(field + ".attempts[" + i + "]", route.attempts().get(i)));
        }
        return new CallRoute(attempts, finalAction(field + ".final-action", extension, route.finalAction()));
    }

    /** An internal match names an existing user; an external one digits and '*'. */
    public CallerIdMatch match(CallerIdMatch match) {
        if (match == null || match.pattern() == null || match.pattern().isEmpty()) {
            throw new InvalidFieldException("match.pattern", "is required");
        }
        if (match.internal() && !users.test(match.pattern())) {
            throw new InvalidFieldException("match.pattern", "no user named '" + match.pattern() + "'");
        }
        if (!match.internal() && !match.pattern().matches(CALLER_NUMBER)) {
            throw new InvalidFieldException("match.pattern",
                    "must be up to 32 digits, '*' standing for any digits (e.g. 585*)");
        }
        return match;
    }

    private ConnectionAttempt attempt(String field, ConnectionAttempt attempt) {
        List<Destination> destinations = attempt == null ? List.of() : attempt.destinations();
        if (destinations.isEmpty()) {
            throw new InvalidFieldException(field + ".destinations", "name at least one destination");
        }
        if (destinations.size() > MAX_DESTINATIONS) {
            throw new InvalidFieldException(field + ".destinations", "at most " + MAX_DESTINATIONS + " destinations");
        }
        for (int i = 0; i < destinations.size(); i++) {
            destination(field + ".destinations[" + i + "]", destinations.get(i));
        }
        return attempt;
    }

    private void destination(String field, Destination d) {
        if (d == null || d.kind() == null) {
            throw new InvalidFieldException(field + ".kind", "must be CALL_APPEARANCE, USER_EXTENSION or FOLLOW_ME");
        }
        if (d.rings() < 1 || d.rings() > Destination.MAX_RINGS) {
            throw new InvalidFieldException(field + ".rings", "must be 1-" + Destination.MAX_RINGS);
        }
        String target = d.target() == null ? "" : d.target();
        String targetField = field + ".target";
        switch (d.kind()) {
            case CALL_APPEARANCE -> require(target.matches(STATION), targetField,
                    "must be a station number 5000-5999");
            case USER_EXTENSION -> require(extensions.apply(target).filter(e -> e.kind() == ExtensionKind.USER)
                    .isPresent(), targetField, "no user extension '" + target + "'");
            case FOLLOW_ME -> require(target.matches(OUTSIDE_NUMBER), targetField,
                    "must be the number to dial, up to 32 digits (e.g. 915855551234)");
        }
    }

    private FinalAction finalAction(String field, String extension, FinalAction f) {
        if (f == null || f.kind() == null) {
            throw new InvalidFieldException(field + ".kind", "must be HANG_UP, TRANSFER or VOICEMAIL");
        }
        if (f.kind() == FinalActionKind.HANG_UP) {
            return FinalAction.hangUp();
        }
        String target = f.extension();
        String targetField = field + ".extension";
        require(target != null && extensions.apply(target).isPresent(), targetField, "no extension '" + target + "'");
        require(f.kind() != FinalActionKind.TRANSFER || !target.equals(extension), targetField,
                "a call cannot be transferred to the extension it is routed from");
        return f;
    }

    private static void require(boolean ok, String field, String rule) {
        if (!ok) {
            throw new InvalidFieldException(field, rule);
        }
    }
}
