package org.branchline.api.routing;

import java.util.List;
import org.branchline.api.directory.Presence;

/** The routes of one presence: for all callers, and per caller ID (checked first, in order). */
public record PresenceRoutes(Presence presence, RouteSet routes, List<CallerIdRoute> callerIdRoutes) {
    public PresenceRoutes {
        callerIdRoutes = callerIdRoutes == null ? List.of() : List.copyOf(callerIdRoutes);
    }
}
