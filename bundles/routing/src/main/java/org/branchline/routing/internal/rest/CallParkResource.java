package org.branchline.routing.internal.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.routing.internal.CallParkFields;
import org.branchline.routing.internal.rest.Requests.CallParkBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Tag(name = "Call park", description = "Phone System > Call Park (admin guide §29.1)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Component(service = CallParkResource.class, property = "branchline.admin.rest=true")
@Path("v1/call-park")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallParkResource {
    private final CallParkService callPark;

    @Activate

    public CallParkResource(@Reference CallParkService callPark) {
        this.callPark = callPark;
    }

    @GET
    @Operation(operationId = "getCallPark", summary = "Show the call park settings",
            description = "Needs a role allowed to view call park (Server, System or Phone Administrator).")
    @ApiResponse(responseCode = "200", description = "The settings.", useReturnTypeSchema = true)
    public CallParkSettings get() {
        return callPark.get();
    }

    /** Without timeout-seconds the timeout stays; timeout-extension null or absent: back to the parker. */
    @PUT
    @Operation(operationId = "updateCallPark", summary = "Modify the call park settings",
            description = "Sets the timeout (kept when left out) and the timeout extension (left out or "
                    + "null: a call that timed out goes back to the call appearance that parked it).")
    @ApiResponse(responseCode = "200", description = "The settings after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    public CallParkSettings update(
            @RequestBody(description = "The new settings.", required = true) CallParkBody body) {
        CallParkBody b = RequestFields.body(body);
        return CallParkFields.update(callPark, b.timeoutSeconds(), b.timeoutExtension());
    }
}
