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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.SpeedDialService;
import org.branchline.routing.internal.rest.Requests.SpeedDialBody;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Tag(name = "Speed dial", description = "Phone System > Speed Dial (admin guide §18.6)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Component(service = SpeedDialsResource.class, property = "branchline.admin.rest=true")
@Path("v1/speed-dials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpeedDialsResource {
    private final SpeedDialService speedDials;

    @Activate

    public SpeedDialsResource(@Reference SpeedDialService speedDials) {
        this.speedDials = speedDials;
    }

    @GET
    @Operation(operationId = "listSpeedDials", summary = "List system speed dials",
            description = "Needs a role allowed to view speed dials (Server, System or Phone Administrator).")
    @ApiResponse(responseCode = "200", description = "The speed dials.", useReturnTypeSchema = true)
    public List<SpeedDial> list() {
        return speedDials.list();
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getSpeedDial", summary = "Show a speed dial",
            description = "One speed dial.")
    @ApiResponse(responseCode = "200", description = "The speed dial.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public SpeedDial get(
            @PathParam("number") @Parameter(description = Docs.SPEED_DIAL_NUMBER, example = "350") String number) {
        return speedDials.get(number);
    }

    /** Adds or changes the speed dial {@code number}. */
    @PUT
    @Path("{number}")
    @Operation(operationId = "putSpeedDial", summary = "Add or change a speed dial",
            description = "The number must be a speed dial number of the internal dial plan.")
    @ApiResponse(responseCode = "200", description = "The speed dial.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public SpeedDial put(
            @PathParam("number") @Parameter(description = Docs.SPEED_DIAL_NUMBER, example = "350") String number,
            @RequestBody(description = "What the number dials.", required = true) SpeedDialBody body) {
        SpeedDialBody b = RequestFields.body(body);
        if (b.number() != null && !b.number().equals(number)) {
            throw new InvalidFieldException("number", "the path names the speed dial");
        }
        return speedDials.put(new SpeedDial(number, b.description(), b.dial()));
    }

    @DELETE
    @Path("{number}")
    @Operation(operationId = "deleteSpeedDial", summary = "Delete a speed dial",
            description = "Deletes the speed dial.")
    @ApiResponse(responseCode = "204", description = "Done; no body.")
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public Response delete(
            @PathParam("number") @Parameter(description = Docs.SPEED_DIAL_NUMBER, example = "350") String number) {
        speedDials.delete(number);
        return Response.noContent().build();
    }
}
