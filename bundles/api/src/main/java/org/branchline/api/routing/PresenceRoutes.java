package org.branchline.api.routing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.branchline.api.directory.Presence;

/** The routes of one presence: for all callers, and per caller ID (checked first, in order). */
@Schema(name = "PresenceRoutes",
        description = "The routes of one presence: for all callers, and per caller ID (checked first, in order).",
        requiredProperties = {"presence", "routes", "caller-id-routes"})
public record PresenceRoutes(
        Presence presence,
        RouteSet routes,
        @Schema(description = "Routes for particular callers, tried before the routes for all callers.")
        List<CallerIdRoute> callerIdRoutes) {
    public PresenceRoutes {
        callerIdRoutes = callerIdRoutes == null ? List.of() : List.copyOf(callerIdRoutes);
    }
}
