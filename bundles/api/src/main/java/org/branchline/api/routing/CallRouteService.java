package org.branchline.api.routing;

import java.util.Set;
import org.branchline.api.directory.Presence;

/**
 * Phone System &gt; Extensions &gt; View Call Routes (admin guide §18). An extension nobody has routed yet
 * shows its default route: a user extension rings the call appearances its user owns for
 * {@link Destination#DEFAULT_RINGS} rings, then goes to voicemail.
 */
public interface CallRouteService {
    ExtensionRoutes routes(String extension);

    /** Sets the routes for all callers of each given presence. */
    ExtensionRoutes setRoutes(String extension, Set<Presence> presences, RouteSet routes);

    /** Adds, or replaces the one with the same match, a caller-ID route to each given presence. */
    ExtensionRoutes putCallerIdRoute(String extension, Set<Presence> presences, CallerIdRoute route);

    ExtensionRoutes removeCallerIdRoute(String extension, Set<Presence> presences, CallerIdMatch match);

    /** Back to the default routes. */
    ExtensionRoutes reset(String extension);
}
