package org.branchline.admin.internal.rest;

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
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.rest.Requests.SpeedDialBody;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.SpeedDialService;

@Tag(name = "Speed dial", description = "Phone System > Speed Dial (admin guide §18.6)")
@ApiResponse(responseCode = "401", ref = Docs.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = Docs.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = Docs.TOO_MANY_REQUESTS)
@ApiResponse(responseCode = "503", ref = Docs.FEATURE_NOT_INSTALLED)
@Path("v1/speed-dials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpeedDialsResource {
    private final OptionalService<SpeedDialService> speedDials;

    public SpeedDialsResource(OptionalService<SpeedDialService> speedDials) {
        this.speedDials = speedDials;
    }

    @GET
    @Operation(operationId = "listSpeedDials", summary = "List system speed dials",
            description = "Needs a role allowed to view speed dials (Server, System or Phone Administrator). Call "
                    + "routing (feature branchline-routing) must be installed, else 503.")
    @ApiResponse(responseCode = "200", description = "The speed dials.", useReturnTypeSchema = true)
    public List<SpeedDial> list() {
        return speedDials.get().list();
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getSpeedDial", summary = "Show a speed dial",
            description = "One speed dial. Call routing (feature branchline-routing) must be installed, else 503.")
    @ApiResponse(responseCode = "200", description = "The speed dial.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = Docs.NOT_FOUND)
    public SpeedDial get(
            @PathParam("number") @Parameter(description = Docs.SPEED_DIAL_NUMBER, example = "350") String number) {
        return speedDials.get().get(number);
    }

    /** Adds or changes the speed dial {@code number}. */
    @PUT
    @Path("{number}")
    @Operation(operationId = "putSpeedDial", summary = "Add or change a speed dial",
            description = "The number must be a speed dial number of the internal dial plan. Call routing (feature "
                    + "branchline-routing) must be installed, else 503.")
    @ApiResponse(responseCode = "200", description = "The speed dial.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = Docs.BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = Docs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = Docs.CONFLICT)
    public SpeedDial put(
            @PathParam("number") @Parameter(description = Docs.SPEED_DIAL_NUMBER, example = "350") String number,
            @RequestBody(description = "What the number dials.", required = true) SpeedDialBody body) {
        SpeedDialBody b = Bodies.required(body);
        if (b.number() != null && !b.number().equals(number)) {
            throw new InvalidFieldException("number", "the path names the speed dial");
        }
        return speedDials.get().put(new SpeedDial(number, b.description(), b.dial()));
    }

    @DELETE
    @Path("{number}")
    @Operation(operationId = "deleteSpeedDial", summary = "Delete a speed dial",
            description = "Deletes the speed dial. Call routing (feature branchline-routing) must be installed, else "
                    + "503.")
    @ApiResponse(responseCode = "204", description = "Done; no body.")
    @ApiResponse(responseCode = "404", ref = Docs.NOT_FOUND)
    public Response delete(
            @PathParam("number") @Parameter(description = Docs.SPEED_DIAL_NUMBER, example = "350") String number) {
        speedDials.get().delete(number);
        return Response.noContent().build();
    }
}
