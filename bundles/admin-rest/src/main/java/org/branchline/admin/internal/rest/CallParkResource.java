package org.branchline.admin.internal.rest;

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
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.PhoneSystemFields;
import org.branchline.admin.internal.rest.Requests.CallParkBody;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallParkSettings;

@Tag(name = "Call park", description = "Phone System > Call Park (admin guide §29.1)")
@ApiResponse(responseCode = "401", ref = Docs.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = Docs.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = Docs.TOO_MANY_REQUESTS)
@ApiResponse(responseCode = "503", ref = Docs.FEATURE_NOT_INSTALLED)
@Path("v1/call-park")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallParkResource {
    private final OptionalService<CallParkService> callPark;

    public CallParkResource(OptionalService<CallParkService> callPark) {
        this.callPark = callPark;
    }

    @GET
    @Operation(operationId = "getCallPark", summary = "Show the call park settings",
            description = "Needs a role allowed to view call park (Server, System or Phone Administrator). Call "
                    + "routing (feature branchline-routing) must be installed, else 503.")
    @ApiResponse(responseCode = "200", description = "The settings.", useReturnTypeSchema = true)
    public CallParkSettings get() {
        return callPark.get().get();
    }

    /** Without timeout-seconds the timeout stays; timeout-extension null or absent: back to the parker. */
    @PUT
    @Operation(operationId = "updateCallPark", summary = "Modify the call park settings",
            description = "Sets the timeout (kept when left out) and the timeout extension (left out or null: a call "
                    + "that timed out goes back to the call appearance that parked it). Call routing (feature "
                    + "branchline-routing) must be installed, else 503.")
    @ApiResponse(responseCode = "200", description = "The settings after the change.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = Docs.BAD_REQUEST)
    public CallParkSettings update(
            @RequestBody(description = "The new settings.", required = true) CallParkBody body) {
        CallParkBody b = Bodies.required(body);
        return PhoneSystemFields.updateCallPark(callPark.get(), b.timeoutSeconds(), b.timeoutExtension());
    }
}
