package org.branchline.routing.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.routing.CallRouteService;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.ExtensionRoutes;
import org.branchline.routing.internal.RouteFields;
import org.branchline.routing.internal.rest.Requests.CallerIdRouteBody;
import org.branchline.routing.internal.rest.Requests.RoutesBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** View Call Routes of an extension (admin guide §18): per presence, for all callers and per caller ID. */
@Tag(name = "Call routes", description = "Phone System > Extensions > View Call Routes (admin guide §18)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Component(service = CallRoutesResource.class, property = "branchline.admin.rest=true")
@Path("v1/extensions/{number}/routes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallRoutesResource {
    private final CallRouteService callRoutes;

    @Activate

    public CallRoutesResource(@Reference CallRouteService callRoutes) {
        this.callRoutes = callRoutes;
    }

    @GET
    @Operation(operationId = "getCallRoutes", summary = "Show an extension's call routes",
            description = "The routes per presence: for all callers (primary and On-Busy) and per caller "
                    + "ID. An extension nobody has routed shows its default routes. Needs a role allowed to "
                    + "view call routes.")
    @ApiResponse(responseCode = "200", description = "The call routes.", useReturnTypeSchema = true)
    public ExtensionRoutes get(
            @PathParam("number") @Parameter(description = Docs.EXTENSION_NUMBER, example = "101") String number) {
        return callRoutes.routes(number);
    }

    @PUT
    @Operation(operationId = "setCallRoutes", summary = "Set the call routes for all callers",
            description = "Sets the primary and On-Busy routes of the given presences.")
    @ApiResponse(responseCode = "200", description = "The call routes after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public ExtensionRoutes set(
            @PathParam("number") @Parameter(description = Docs.EXTENSION_NUMBER, example = "101") String number,
            @RequestBody(description = "The presences and their routes.", required = true) RoutesBody body) {
        RoutesBody b = RequestFields.body(body);
        return callRoutes.setRoutes(number, RequestFields.presences("presences", b.presences()),
                RequestFields.required("routes", b.routes()).routeSet("routes"));
    }

    @PUT
    @Path("caller-id")
    @Operation(operationId = "putCallerIdRoute", summary = "Add or replace a caller-ID route",
            description = "Adds a caller-ID route to each given presence, or replaces the one with the same "
                    + "match. Caller-ID routes are checked, in order, before the route for all callers.")
    @ApiResponse(responseCode = "200", description = "The call routes after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public ExtensionRoutes putCallerId(
            @PathParam("number") @Parameter(description = Docs.EXTENSION_NUMBER, example = "101") String number,
            @RequestBody(description = "The presences, the callers and their routes.", required = true)
            CallerIdRouteBody body) {
        CallerIdRouteBody b = RequestFields.body(body);
        CallerIdMatch match = RequestFields.required("match", b.match());
        CallerIdRoute route = new CallerIdRoute(RouteFields.callerIdMatch(match.internal(), match.pattern()),
                RequestFields.required("routes", b.routes()).routeSet("routes"));
        return callRoutes.putCallerIdRoute(number, RequestFields.presences("presences", b.presences()), route);
    }

    @DELETE
    @Path("caller-id")
    @Operation(operationId = "removeCallerIdRoute", summary = "Remove a caller-ID route",
            description = "Removes the caller-ID route with this match from each given presence.")
    @ApiResponse(responseCode = "200", description = "The call routes after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public ExtensionRoutes removeCallerId(
            @PathParam("number") @Parameter(description = Docs.EXTENSION_NUMBER, example = "101") String number,
            @QueryParam("presence") @Parameter(
                    description = "A presence the caller-ID route is removed from, repeated, or all.",
                    required = true, example = "IN_OFFICE") List<String> presences,
            @QueryParam("internal") @Parameter(description = "true: the pattern is the login name of a "
                    + "calling user; false (default): an outside number.") boolean internal,
            @QueryParam("pattern") @Parameter(description = "The pattern of the route's match.", required = true,
                    example = "bob") String pattern) {
        return callRoutes.removeCallerIdRoute(number, RequestFields.presences("presence", presences),
                RouteFields.callerIdMatch(internal, pattern));
    }

    /** Back to the default routes. */
    @DELETE
    @Operation(operationId = "resetCallRoutes", summary = "Back to the default call routes",
            description = "Drops every route set for the extension, caller-ID routes included.")
    @ApiResponse(responseCode = "200", description = "The default call routes.", useReturnTypeSchema = true)
    public ExtensionRoutes reset(
            @PathParam("number") @Parameter(description = Docs.EXTENSION_NUMBER, example = "101") String number) {
        return callRoutes.reset(number);
    }
}
