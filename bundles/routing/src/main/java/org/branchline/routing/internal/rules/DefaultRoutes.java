package org.branchline.routing.internal.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.branchline.api.directory.Presence;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.FinalActionKind;
import org.branchline.api.routing.RouteSet;

/** The routes of an extension nobody has routed yet. */
public final class DefaultRoutes {
    /** Presences in which the default route rings the owner's phones before voicemail. */
    private static final Set<Presence> RINGING = EnumSet.of(Presence.IN_OFFICE, Presence.AT_A_MEETING,
            Presence.AWAY, Presence.BUSY);

    private DefaultRoutes() {
    }

    /**
     * Every call appearance the owner owns for the default number of rings (in the presences that ring, and
     * when the owner has any), then voicemail.
     */
    public static RouteSet forUser(String extension, Presence presence, List<String> appearances) {
        List<ConnectionAttempt> attempts = RINGING.contains(presence) && !appearances.isEmpty()
                ? List.of(new ConnectionAttempt(appearances.stream()
                        .map(a -> new Destination(DestinationKind.CALL_APPEARANCE, a, Destination.DEFAULT_RINGS))
                        .toList()))
                : List.of();
        return new RouteSet(new CallRoute(attempts, new FinalAction(FinalActionKind.VOICEMAIL, extension)), null);
    }

    public static RouteSet forSystem() {
        return new RouteSet(new CallRoute(List.of(), FinalAction.hangUp()), null);
    }
}
