package org.branchline.admin.internal.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.PhoneSystemFields;
import org.branchline.admin.internal.rest.Requests.CallerIdRouteBody;
import org.branchline.admin.internal.rest.Requests.RoutesBody;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.routing.CallRouteService;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.ExtensionRoutes;

/** View Call Routes of an extension (admin guide §18): per presence, for all callers and per caller ID. */
@Path("v1/extensions/{number}/routes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallRoutesResource {
    private final OptionalService<CallRouteService> callRoutes;

    public CallRoutesResource(OptionalService<CallRouteService> callRoutes) {
        this.callRoutes = callRoutes;
    }

    @GET
    public ExtensionRoutes get(@PathParam("number") String number) {
        return callRoutes.get().routes(number);
    }

    @PUT
    public ExtensionRoutes set(@PathParam("number") String number, RoutesBody body) {
        RoutesBody b = Bodies.required(body);
        return callRoutes.get().setRoutes(number, RequestFields.presences("presences", b.presences()),
                PhoneSystemFields.required("routes", b.routes()).routeSet("routes"));
    }

    @PUT
    @Path("caller-id")
    public ExtensionRoutes putCallerId(@PathParam("number") String number, CallerIdRouteBody body) {
        CallerIdRouteBody b = Bodies.required(body);
        CallerIdMatch match = PhoneSystemFields.required("match", b.match());
        CallerIdRoute route = new CallerIdRoute(PhoneSystemFields.callerIdMatch(match.internal(), match.pattern()),
                PhoneSystemFields.required("routes", b.routes()).routeSet("routes"));
        return callRoutes.get().putCallerIdRoute(number, RequestFields.presences("presences", b.presences()), route);
    }

    @DELETE
    @Path("caller-id")
    public ExtensionRoutes removeCallerId(@PathParam("number") String number,
            @QueryParam("presence") List<String> presences, @QueryParam("internal") boolean internal,
            @QueryParam("pattern") String pattern) {
        return callRoutes.get().removeCallerIdRoute(number, RequestFields.presences("presence", presences),
                PhoneSystemFields.callerIdMatch(internal, pattern));
    }

    /** Back to the default routes. */
    @DELETE
    public ExtensionRoutes reset(@PathParam("number") String number) {
        return callRoutes.get().reset(number);
    }
}
